using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerformanceTargets.Internal;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json;

/// <summary>
/// Reads and writes the JSON exchange format (version 1.0) with System.Text.Json source generation.
/// </summary>
/// <remarks>
/// <para>Reading never throws on bad input: it returns the document, or the errors (JSON Pointer, line, column, and a
/// message in English and Chinese) that prevented it. It rejects what the JSON Schema rejects, input that is not UTF-8,
/// duplicate property names, nesting deeper than <see cref="DocumentLimits.MaxDepth"/> and unknown major versions.
/// A UTF-8 byte order mark is accepted.</para>
/// <para>Writing is deterministic: the same document gives the same bytes, UTF-8 without byte order mark, Chinese
/// unescaped, 2-space indentation, LF line endings and a final newline. Decimals keep their scale.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class TargetJson
{
    private static readonly ConcurrentDictionary<int, ExchangeJsonContext> ReadContexts = new();
    private static readonly ExchangeJsonContext WriteContext = new(CreateOptions(DocumentLimits.DefaultMaxDepth));

    /// <summary>Gets the major version of the exchange format this library reads.</summary>
    public const int SupportedMajorVersion = 1;

    /// <summary>Reads a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="options">Limits and the file name for messages; null for the defaults.</param>
    /// <returns>The document, or the errors that prevented reading it. Never throws on bad input.</returns>
    public static JsonReadResult Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null)
    {
        options ??= JsonReadOptions.Default;
        if (utf8Json.Length > options.Limits.MaxInputBytes)
        {
            return Fail(JsonReadErrorKind.LimitExceeded, string.Empty, string.Format(CultureInfo.InvariantCulture, "The input is {0:N0} bytes; the limit is {1:N0} (DocumentLimits.MaxInputBytes). Split the document or raise the limit.", utf8Json.Length, options.Limits.MaxInputBytes), string.Format(CultureInfo.InvariantCulture, "输入为 {0:N0} 字节，超过上限 {1:N0}（DocumentLimits.MaxInputBytes）。请拆分文档或调高上限。", utf8Json.Length, options.Limits.MaxInputBytes));
        }

        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        if (LooksLikeUtf16(utf8Json))
        {
            return Fail(JsonReadErrorKind.Encoding, string.Empty, "The file is UTF-16, not UTF-8. Save it as UTF-8 (the exchange format is UTF-8 only).", "文件是 UTF-16 编码而不是 UTF-8。请另存为 UTF-8（交换格式只用 UTF-8）。", 1, 1);
        }

        if (IsBlank(utf8Json))
        {
            return Fail(JsonReadErrorKind.Syntax, string.Empty, "The input is empty: expected a JSON object such as {\"schemaVersion\": \"1.0\", …}.", "输入为空：应为一个 JSON 对象，如 {\"schemaVersion\": \"1.0\", …}。", 1, 1);
        }

        // The fast path reads sound documents straight into the model. Anything it does not accept is read again by
        // the plain source-generated context, the structure check and the mapper: their result and their errors are
        // the reference, so behaviour is unchanged.
        return ModelReader.TryRead(utf8Json, options) is { } document ? JsonReadResult.Ok(document) : ReadReference(utf8Json, options);
    }

    /// <summary>
    /// The reference read: the plain source-generated context, the version and structure checks and the mapper. It
    /// decides every document the fast path (<see cref="ModelReader"/>) leaves to it, and explains what is wrong.
    /// </summary>
    /// <param name="utf8Json">The bytes, without byte order mark, not UTF-16 and not blank.</param>
    /// <param name="options">The limits.</param>
    internal static JsonReadResult ReadReference(ReadOnlySpan<byte> utf8Json, JsonReadOptions options)
    {
        // Strict UTF-8 first, wherever the bad byte is: also in an extension value that nothing decodes, which would
        // otherwise be replaced on writing.
        if (JsonScanner.EncodingError(utf8Json) is { } encoding)
        {
            return JsonReadResult.Fail([encoding]);
        }

        DocumentDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, GetReadContext(options.Limits.MaxDepth).DocumentDto);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return Explain(utf8Json, options, ex);
        }

        if (dto is null)
        {
            return Fail(JsonReadErrorKind.Schema, string.Empty, "The document is null: expected a JSON object.", "文档为 null：应为一个 JSON 对象。", 1, 1, "type");
        }

        if (UnsupportedVersion(dto.SchemaVersion) is { } versionError)
        {
            return JsonReadResult.Fail([Locate(utf8Json, versionError)]);
        }

        var errors = StructureChecker.Check(dto, options);
        if (errors.Count > 0)
        {
            return JsonReadResult.Fail(LocateAll(utf8Json, errors));
        }

        return JsonReadResult.Ok(DtoMapper.ToModel(dto));
    }

    /// <summary>Reads a document from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and the file name for messages; null for the defaults.</param>
    /// <returns>The document, or the errors that prevented reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static JsonReadResult Read(string json, JsonReadOptions? options = null)
    {
        Guard.NotNull(json);
        return Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON, up to <see cref="DocumentLimits.MaxInputBytes"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="options">Limits and the file name for messages; null for the defaults.</param>
    /// <returns>The document, or the errors that prevented reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static JsonReadResult Read(Stream utf8Json, JsonReadOptions? options = null)
    {
        Guard.NotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        return BoundedStream.ReadAll(utf8Json, options.Limits.MaxInputBytes) is { } bytes ? Read(bytes, options) : TooLarge(options);
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON asynchronously, up to <see cref="DocumentLimits.MaxInputBytes"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="options">Limits and the file name for messages; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, or the errors that prevented reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async ValueTask<JsonReadResult> ReadAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        var bytes = await BoundedStream.ReadAllAsync(utf8Json, options.Limits.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null ? TooLarge(options) : Read(bytes, options);
    }

    /// <summary>Reads a document from a file of UTF-8 JSON.</summary>
    /// <param name="path">The file path; it becomes <see cref="JsonReadOptions.FileName"/> unless the options name another.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <returns>The document, or the errors that prevented reading it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file does not exist or could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static JsonReadResult ReadFile(string path, JsonReadOptions? options = null)
    {
        Guard.NotNullOrEmpty(path);
        options ??= JsonReadOptions.Default;
        if (options.FileName is null)
        {
            options = options with { FileName = path };
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Read(stream, options);
    }

    /// <summary>Writes a document as UTF-8 JSON.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The bytes: deterministic, without byte order mark, LF line endings, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A string of the document holds a lone UTF-16 surrogate, which JSON cannot carry.</exception>
    public static byte[] Write(TargetDocument document)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes a document as UTF-8 JSON to a stream.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A string of the document holds a lone UTF-16 surrogate.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(TargetDocument document, Stream utf8Json)
    {
        Guard.NotNull(document);
        Guard.NotNull(utf8Json);
        var dto = DtoMapper.ToDto(document);
        try
        {
            JsonSerializer.Serialize(utf8Json, dto, WriteContext.DocumentDto);
        }
        catch (InvalidOperationException ex)
        {
            throw new ArgumentException("The document cannot be written as JSON: " + ex.Message, nameof(document), ex);
        }

        utf8Json.WriteByte((byte)'\n');
        utf8Json.Flush();
    }

    /// <summary>Writes a document as a JSON string (the same text as <see cref="Write(TargetDocument)"/>).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string WriteToString(TargetDocument document) => Encoding.UTF8.GetString(Write(document));

    /// <summary>Writes a document to a file, replacing it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteFile(TargetDocument document, string path)
    {
        Guard.NotNull(document);
        Guard.NotNullOrEmpty(path);
        var bytes = Write(document);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Finds the line and column of JSON Pointers in UTF-8 JSON, for pointing findings at the text.</summary>
    /// <param name="utf8Json">The JSON the pointers refer to.</param>
    /// <param name="pointers">The pointers. A pointer that does not exist is located at its nearest existing ancestor.</param>
    /// <param name="fileName">The file name to put in the locations, or null.</param>
    /// <returns>The location of each pointer that could be placed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pointers"/> is null.</exception>
    public static IReadOnlyDictionary<string, SourceLocation> Locate(ReadOnlySpan<byte> utf8Json, IEnumerable<string> pointers, string? fileName = null)
    {
        Guard.NotNull(pointers);
        var offset = utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF ? 3 : 0;
        utf8Json = utf8Json.Slice(offset);
        var wanted = pointers.Distinct(StringComparer.Ordinal).ToList();
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pointer in wanted)
        {
            foreach (var ancestor in SelfAndAncestors(pointer))
            {
                all.Add(ancestor);
            }
        }

        var found = JsonScanner.Locate(utf8Json, all);
        var result = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var pointer in wanted)
        {
            foreach (var candidate in SelfAndAncestors(pointer))
            {
                if (found.TryGetValue(candidate, out var position))
                {
                    result[pointer] = new SourceLocation { File = fileName, Line = position.Line, Column = position.Column };
                    break;
                }
            }
        }

        return result;
    }

    internal static ExchangeJsonContext GetReadContext(int maxDepth) =>
        ReadContexts.GetOrAdd(maxDepth, depth => new ExchangeJsonContext(CreateOptions(depth)));

    private static bool IsReadFailure(Exception ex) =>
        ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException;

    /// <summary>The options of <see cref="ExchangeJsonContext"/>'s attribute (one place for them), with a depth and the encoder that keeps Chinese unescaped.</summary>
    private static JsonSerializerOptions CreateOptions(int maxDepth) => new(ExchangeJsonContext.Default.Options)
    {
        MaxDepth = maxDepth,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static IEnumerable<string> SelfAndAncestors(string pointer)
    {
        var current = pointer ?? string.Empty;
        while (true)
        {
            yield return current;
            if (current.Length == 0)
            {
                yield break;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current.Substring(0, slash);
        }
    }

    /// <summary>Gets whether this library reads a schemaVersion (one of major version <see cref="SupportedMajorVersion"/>, or unparsable).</summary>
    internal static bool IsSupportedVersion(string version) => UnsupportedVersion(version) is null;

    private static JsonReadError? UnsupportedVersion(string? version)
    {
        if (version is null)
        {
            return null;
        }

        var dot = version.IndexOf('.');
        if (dot <= 0 || !int.TryParse(version.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) || major == SupportedMajorVersion)
        {
            return null;
        }

        return new JsonReadError
        {
            Kind = JsonReadErrorKind.UnsupportedVersion,
            Pointer = "/schemaVersion",
            Message = $"schemaVersion \"{version}\" has major version {major}; this library reads major version {SupportedMajorVersion} (\"1.x\"). Update the library, or export the document as version 1.",
            MessageZh = $"schemaVersion \"{version}\" 的主版本为 {major}，本库只能读取主版本 {SupportedMajorVersion}（\"1.x\"）。请升级本库，或将文档导出为 1 版。",
        };
    }

    private static JsonReadResult Explain(ReadOnlySpan<byte> json, JsonReadOptions options, Exception ex)
    {
        var diagnosis = JsonScanner.Diagnose(json, options.Limits.MaxDepth, out var version);
        if (diagnosis is not null)
        {
            return JsonReadResult.Fail([diagnosis]);
        }

        if (UnsupportedVersion(version) is { } versionError)
        {
            return JsonReadResult.Fail([Locate(json, versionError)]);
        }

        // The text is sound JSON, so the serializer met a value of the wrong type.
        var pointer = JsonPointer.FromJsonPath((ex as JsonException)?.Path);
        var located = JsonScanner.Locate(json, [pointer]);
        located.TryGetValue(pointer, out var position);
        var expected = ExpectedType(pointer);
        var found = position.Token switch
        {
            JsonTokenType.String => ("a string", "字符串"),
            JsonTokenType.Number => ("a number", "数值"),
            JsonTokenType.True or JsonTokenType.False => ("a boolean", "布尔值"),
            JsonTokenType.Null => ("null", "null"),
            JsonTokenType.StartObject => ("an object", "对象"),
            JsonTokenType.StartArray => ("an array", "数组"),
            _ => ("a value", "值"),
        };
        string message;
        string messageZh;
        if (position.Token == JsonTokenType.Number && expected.En is "a number" or "an integer")
        {
            message = expected.En == "an integer"
                ? "The number is not an integer, or is too large: expected an integer."
                : "The number is out of range for an amount: amounts are decimals with at most 28 significant digits.";
            messageZh = expected.En == "an integer"
                ? "该数值不是整数或过大：应为整数。"
                : "该数值超出金额可表示的范围：金额为最多 28 位有效数字的十进制数。";
        }
        else
        {
            message = $"Expected {expected.En} but found {found.Item1}.";
            messageZh = $"应为{expected.Zh}，实际为{found.Item2}。";
        }

        return JsonReadResult.Fail(
        [
            new JsonReadError
            {
                Kind = JsonReadErrorKind.Schema,
                Keyword = "type",
                Pointer = pointer,
                Line = position.Line,
                Column = position.Column,
                Message = message,
                MessageZh = messageZh,
            },
        ]);
    }

    private static (string En, string Zh) ExpectedType(string pointer)
    {
        var tokens = JsonPointer.Split(pointer);
        if (tokens.Count == 0)
        {
            return ("an object", "对象");
        }

        var last = tokens[tokens.Count - 1];
        var parent = tokens.Count > 1 ? tokens[tokens.Count - 2] : string.Empty;
        if (int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return parent is "projects" or "spendingPlan" or "indicators" or "periodIndicators" ? ("an object", "对象") : ("a string", "字符串");
        }

        return last switch
        {
            "total" or "fiscal" or "other" or "cumulativePercent" or "weight" or "value" => ("a number", "数值"),
            "fiscalYear" or "sequence" or "month" => ("an integer", "整数"),
            "projects" or "internalUnits" or "overall" or "itemized" or "safeguards" or "spendingPlan" or "goals" or "indicators" or "periodGoals" or "periodIndicators" => ("an array", "数组"),
            "department" or "departmentBudget" or "overallTargets" or "budget" or "implementationPeriod" or "targetValue" => ("an object", "对象"),
            "unit" when tokens.Count >= 3 && tokens[tokens.Count - 3] == "projects" => ("an object", "对象"),
            _ => ("a string", "字符串"),
        };
    }

    private static JsonReadError Locate(ReadOnlySpan<byte> json, JsonReadError error)
    {
        var located = Locate(json, [error.Pointer]);
        return located.TryGetValue(error.Pointer, out var location) ? error with { Line = location.Line, Column = location.Column } : error;
    }

    private static ImmutableArray<JsonReadError> LocateAll(ReadOnlySpan<byte> json, List<JsonReadError> errors)
    {
        var located = Locate(json, errors.Select(e => e.Pointer));
        var builder = ImmutableArray.CreateBuilder<JsonReadError>(errors.Count);
        foreach (var error in errors)
        {
            builder.Add(located.TryGetValue(error.Pointer, out var location) ? error with { Line = location.Line, Column = location.Column } : error);
        }

        return builder.MoveToImmutable();
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0 && bytes[1] != 0) || (bytes[0] != 0 && bytes[1] == 0));

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    internal static JsonReadResult TooLarge(JsonReadOptions options) => Fail(
        JsonReadErrorKind.LimitExceeded,
        string.Empty,
        string.Format(CultureInfo.InvariantCulture, "The input is larger than {0:N0} bytes (DocumentLimits.MaxInputBytes). Split the document or raise the limit.", options.Limits.MaxInputBytes),
        string.Format(CultureInfo.InvariantCulture, "输入超过 {0:N0} 字节（DocumentLimits.MaxInputBytes）。请拆分文档或调高上限。", options.Limits.MaxInputBytes));

    private static JsonReadResult Fail(JsonReadErrorKind kind, string pointer, string message, string messageZh, int line = 0, int column = 0, string? keyword = null) =>
        JsonReadResult.Fail([new JsonReadError { Kind = kind, Pointer = pointer, Line = line, Column = column, Message = message, MessageZh = messageZh, Keyword = keyword }]);
}
