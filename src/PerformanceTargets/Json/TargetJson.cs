using System.Text;
using PerformanceTargets.Internal;
using PerformanceTargets.Json.Codec;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json;

/// <summary>
/// Reads and writes the JSON exchange format. One description of the format (every object, property, type, constraint
/// and spelling) drives one reader and one writer, and the published JSON Schema is generated from it.
/// </summary>
/// <remarks>
/// <para>Reading never throws on bad input: it returns the document, or every error found in one pass (JSON Pointer,
/// line and column, a message and a hint in Chinese and English). It rejects what the JSON Schema rejects, input that
/// is not strict UTF-8, duplicate property names, numbers an amount cannot hold exactly, unknown major versions and
/// input beyond <see cref="DocumentLimits"/>. A UTF-8 byte order mark is accepted. The result's
/// <see cref="JsonReadResult.SourceMap"/> locates every value read, without reading the text again.</para>
/// <para>Writing is deterministic: the same document gives the same bytes, UTF-8 without byte order mark, Chinese
/// unescaped, 2-space indentation, LF line endings and a final newline. Decimals keep their scale. What is written
/// is read back under the same limits: a document beyond them is refused, never written.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class TargetJson
{
    /// <summary>Gets the major version of the exchange format this library reads.</summary>
    public const int SupportedMajorVersion = 1;

    /// <summary>Reads a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The bytes; a UTF-8 byte order mark is allowed. They are copied for the source map.</param>
    /// <param name="options">Limits and the file name for messages; null for the defaults.</param>
    /// <returns>The document, or the errors that prevented reading it. Never throws on bad input.</returns>
    public static JsonReadResult Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null) => Read(utf8Json, null, options);

    /// <summary>
    /// Reads a document from UTF-8 JSON held in an array, without copying it: the result's source map reads the array
    /// to find lines and columns when they are first asked for, so do not change it while you use the result.
    /// </summary>
    /// <param name="utf8Json">The bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="options">Limits and the file name for messages; null for the defaults.</param>
    /// <returns>The document, or the errors that prevented reading it. Never throws on bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static JsonReadResult Read(byte[] utf8Json, JsonReadOptions? options = null) => Read(Guard.NotNull(utf8Json), utf8Json, options);

    private static JsonReadResult Read(ReadOnlySpan<byte> utf8Json, byte[]? source, JsonReadOptions? options)
    {
        options ??= JsonReadOptions.Default;
        var limits = options.Limits;
        if (utf8Json.Length > limits.MaxInputBytes)
        {
            return Fail(ReadMessages.TooLarge(utf8Json.Length, limits.MaxInputBytes), JsonReadErrorKind.LimitExceeded, options);
        }

        var origin = 0;
        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
            origin = 3;
        }

        if (LooksLikeUtf16(utf8Json))
        {
            return Fail(ReadMessages.Utf16, JsonReadErrorKind.Encoding, options, line: 1);
        }

        if (IsBlank(utf8Json))
        {
            return Fail(ReadMessages.EmptyInput, JsonReadErrorKind.Syntax, options, line: 1);
        }

        var outcome = DocumentReader.Read(utf8Json, source, source is null ? 0 : origin, options);
        var map = SourceMap.From(outcome.Locations);
        return outcome.Document is { } document ? JsonReadResult.Ok(document, map) : JsonReadResult.Fail(outcome.Errors, map);
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

    /// <summary>Writes a document as UTF-8 JSON, within <see cref="DocumentLimits.Default"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The bytes: deterministic, without byte order mark, LF line endings, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A string of the document holds a lone UTF-16 surrogate, which JSON cannot carry.</exception>
    /// <exception cref="TargetJsonException">The document is beyond the limits (a string, the projects, the indicators or the size of the JSON): the reader would refuse it, so it is not written. The exception's errors say where.</exception>
    public static byte[] Write(TargetDocument document) => Write(document, DocumentLimits.Default);

    /// <summary>Writes a document as UTF-8 JSON within the given limits.</summary>
    /// <param name="document">The document.</param>
    /// <param name="limits">The limits the reader will apply to the result.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A string of the document holds a lone UTF-16 surrogate.</exception>
    /// <exception cref="TargetJsonException">The document is beyond <paramref name="limits"/>; nothing is written.</exception>
    public static byte[] Write(TargetDocument document, DocumentLimits limits)
    {
        Guard.NotNull(document);
        Guard.NotNull(limits);
        return DocumentWriter.Write(document, limits);
    }

    /// <summary>Writes a document as UTF-8 JSON to a stream, within <see cref="DocumentLimits.Default"/>; nothing is written when it is refused.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A string of the document holds a lone UTF-16 surrogate.</exception>
    /// <exception cref="TargetJsonException">The document is beyond the limits.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public static void Write(TargetDocument document, Stream utf8Json)
    {
        Guard.NotNull(document);
        Guard.NotNull(utf8Json);
        var bytes = DocumentWriter.Write(document, DocumentLimits.Default);
        utf8Json.Write(bytes, 0, bytes.Length);
        utf8Json.Flush();
    }

    /// <summary>Writes a document as a JSON string (the same text as <see cref="Write(TargetDocument)"/>).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="TargetJsonException">The document is beyond the limits.</exception>
    public static string WriteToString(TargetDocument document) => Encoding.UTF8.GetString(Write(document));

    /// <summary>Writes a document to a file, replacing it; nothing is written when the document is refused.</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The file path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TargetJsonException">The document is beyond the limits.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteFile(TargetDocument document, string path)
    {
        Guard.NotNull(document);
        Guard.NotNullOrEmpty(path);
        var bytes = Write(document);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The error for a stream over the size limit, whose true size may be unknown.</summary>
    internal static JsonReadResult TooLarge(JsonReadOptions options) =>
        Fail(ReadMessages.LargerThan(options.Limits.MaxInputBytes), JsonReadErrorKind.LimitExceeded, options);

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

    private static JsonReadResult Fail(ReadMessage message, JsonReadErrorKind kind, JsonReadOptions options, int line = 0) =>
        JsonReadResult.Fail(
        [
            new JsonReadError
            {
                Kind = kind,
                Pointer = string.Empty,
                Location = line > 0 ? new SourceLocation { File = options.FileName, Line = line, Column = 1 } : null,
                Text = message.Text,
                HintText = message.Hint,
            },
        ]);
}
