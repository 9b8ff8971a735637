using System.Text;
using System.Text.Json;

namespace PerformanceTargets.Json;

/// <summary>
/// One forward pass over UTF-8 JSON with <see cref="Utf8JsonReader"/> that knows where it is: the JSON Pointer,
/// line and column of every value. Used to explain a failed read (encoding, syntax, depth, duplicate names) and
/// to locate the values that errors and findings refer to. Only runs when there is something to explain or locate.
/// </summary>
internal static class JsonScanner
{
    internal readonly record struct Position(int Line, int Column, JsonTokenType Token);

    /// <summary>
    /// The error for input that is not strict UTF-8 (checked before anything reads it, so that no byte is ever replaced:
    /// an invalid byte in a value nobody decodes, such as an <c>x-</c> extension, is an error all the same), or null.
    /// </summary>
    public static JsonReadError? EncodingError(ReadOnlySpan<byte> json)
    {
        var invalid = FindInvalidUtf8(json);
        if (invalid < 0)
        {
            return null;
        }

        var (line, column) = LineColumn(json, invalid);
        return new JsonReadError
        {
            Kind = JsonReadErrorKind.Encoding,
            Pointer = string.Empty,
            Line = line,
            Column = column,
            Message = string.Format(System.Globalization.CultureInfo.InvariantCulture, "The file is not valid UTF-8: byte 0x{0:X2} at offset {1} does not belong to a UTF-8 character. Save the file as UTF-8 (GB18030 and UTF-16 files can be converted with the importer).", json[invalid], invalid),
            MessageZh = string.Format(System.Globalization.CultureInfo.InvariantCulture, "文件不是有效的 UTF-8：偏移 {1} 处的字节 0x{0:X2} 不属于 UTF-8 字符。请以 UTF-8 保存文件（GB18030、UTF-16 文件可先用导入器转换）。", json[invalid], invalid),
        };
    }

    /// <summary>Explains why the serializer could not read <paramref name="json"/>, or returns null when the text itself is sound.</summary>
    public static JsonReadError? Diagnose(ReadOnlySpan<byte> json, int maxDepth, out string? schemaVersion)
    {
        schemaVersion = null;
        if (EncodingError(json) is { } encoding)
        {
            return encoding;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth + 2, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        var path = new PathTracker();
        var names = new Stack<HashSet<string>>();
        var lines = new LineCounter();
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    if (names.Count > 0 && !names.Peek().Add(name))
                    {
                        var (line, column) = lines.At(json, (int)reader.TokenStartIndex);
                        var pointer = JsonPointer.Append(path.ContainerPointer, name);
                        return new JsonReadError
                        {
                            Kind = JsonReadErrorKind.Syntax,
                            Pointer = pointer,
                            Line = line,
                            Column = column,
                            Message = $"The property \"{name}\" appears twice in the same object. Keep one: duplicate names make the value ambiguous.",
                            MessageZh = $"属性 \"{name}\" 在同一对象中出现了两次。请只保留一个：重复的属性名使取值含义不明。",
                        };
                    }

                    path.Property(name);
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (token == JsonTokenType.EndObject)
                    {
                        names.Pop();
                    }

                    path.End();
                    continue;
                }

                path.Value();
                if (token == JsonTokenType.String && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        var (line, column) = lines.At(json, (int)reader.TokenStartIndex);
                        return new JsonReadError
                        {
                            Kind = JsonReadErrorKind.Encoding,
                            Pointer = path.Pointer,
                            Line = line,
                            Column = column,
                            Message = "The string contains an escaped lone surrogate (such as \\ud800) that is not a character. Remove it or complete the surrogate pair.",
                            MessageZh = "字符串中含有单独的代理项转义（如 \\ud800），它不是一个字符。请删除，或补全代理对。",
                        };
                    }
                }

                if (token == JsonTokenType.String && reader.CurrentDepth == 1 && string.Equals(path.CurrentName, "schemaVersion", StringComparison.Ordinal))
                {
                    schemaVersion = reader.GetString();
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (reader.CurrentDepth + 1 > maxDepth)
                    {
                        var (line, column) = lines.At(json, (int)reader.TokenStartIndex);
                        return new JsonReadError
                        {
                            Kind = JsonReadErrorKind.LimitExceeded,
                            Pointer = path.Pointer,
                            Line = line,
                            Column = column,
                            Message = $"The JSON is nested deeper than {maxDepth} levels (DocumentLimits.MaxDepth). A valid document needs 6; flatten the extension data.",
                            MessageZh = $"JSON 嵌套超过 {maxDepth} 层（DocumentLimits.MaxDepth）。有效文档只需 6 层，请减少扩展数据的嵌套。",
                        };
                    }

                    if (token == JsonTokenType.StartObject)
                    {
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                    }

                    path.Start(token == JsonTokenType.StartArray);
                }
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = ColumnFromBytePosition(json, line, (int)(ex.BytePositionInLine ?? 0));
            var detail = CleanMessage(ex.Message);
            return new JsonReadError
            {
                Kind = JsonReadErrorKind.Syntax,
                Pointer = path.Pointer,
                Line = line,
                Column = column,
                Message = $"The text is not well-formed JSON: {detail}",
                MessageZh = $"文本不是格式正确的 JSON：{detail}",
            };
        }

        return null;
    }

    /// <summary>Finds the line, column and token of each requested pointer that exists in <paramref name="json"/>.</summary>
    public static Dictionary<string, Position> Locate(ReadOnlySpan<byte> json, IReadOnlyCollection<string> pointers)
    {
        var found = new Dictionary<string, Position>(StringComparer.Ordinal);
        if (pointers.Count == 0)
        {
            return found;
        }

        var wanted = new HashSet<string>(pointers, StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1024, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new PathTracker();
        var lines = new LineCounter();
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    path.Property(reader.GetString()!);
                    var property = path.PropertyPointer;
                    if (wanted.Contains(property) && !found.ContainsKey(property))
                    {
                        // A missing required property is located at its parent's opening brace; a present one at its name.
                        var (line, column) = lines.At(json, (int)reader.TokenStartIndex);
                        found[property] = new Position(line, column, token);
                    }

                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.End();
                    continue;
                }

                path.Value();
                var pointer = path.Pointer;
                if (wanted.Contains(pointer))
                {
                    var (line, column) = lines.At(json, (int)reader.TokenStartIndex);
                    if (!found.TryGetValue(pointer, out var existing) || existing.Token == JsonTokenType.PropertyName)
                    {
                        found[pointer] = new Position(line, column, token);
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Start(token == JsonTokenType.StartArray);
                }
            }
        }
        catch (JsonException)
        {
            // Locating is best effort: what was found before the damage is still right.
        }
        catch (InvalidOperationException)
        {
        }

        return found;
    }

    /// <summary>Returns the offset of the first byte that is not part of a valid UTF-8 sequence, or -1.</summary>
    public static int FindInvalidUtf8(ReadOnlySpan<byte> bytes) => Internal.Utf8Validation.FirstInvalid(bytes);

    /// <summary>Computes the 1-based line and UTF-16 column of a byte offset.</summary>
    public static (int Line, int Column) LineColumn(ReadOnlySpan<byte> json, int offset) => new LineCounter().At(json, offset);

    private static int ColumnFromBytePosition(ReadOnlySpan<byte> json, int line, int bytePosition)
    {
        var start = 0;
        for (var current = 1; current < line && start < json.Length; start++)
        {
            if (json[start] == (byte)'\n')
            {
                current++;
            }
        }

        return Utf16Length(json.Slice(start, Math.Min(bytePosition, json.Length - start))) + 1;
    }

    private static int Utf16Length(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                count += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }

        return count;
    }

    private static string CleanMessage(string message)
    {
        // "… LineNumber: 3 | BytePositionInLine: 7." is given separately as line and column.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message.Substring(0, cut).TrimEnd(' ', '|', '.') + "." : message;
        var path = text.IndexOf(" Path: ", StringComparison.Ordinal);
        return path > 0 ? text.Substring(0, path).TrimEnd(' ', '|') : text;
    }

    /// <summary>Counts lines incrementally: offsets must not decrease between calls on the same instance.</summary>
    private sealed class LineCounter
    {
        private int _line = 1;
        private int _lineStart;
        private int _scanned;

        public (int Line, int Column) At(ReadOnlySpan<byte> json, int offset)
        {
            if (offset < _scanned)
            {
                _line = 1;
                _lineStart = 0;
                _scanned = 0;
            }

            var end = Math.Min(offset, json.Length);
            for (var i = _scanned; i < end; i++)
            {
                if (json[i] == (byte)'\n')
                {
                    _line++;
                    _lineStart = i + 1;
                }
            }

            _scanned = end;
            return (_line, Utf16Length(json.Slice(_lineStart, end - _lineStart)) + 1);
        }
    }

    /// <summary>Tracks the JSON Pointer of the current value while reading.</summary>
    private sealed class PathTracker
    {
        private readonly List<Frame> _frames = [];
        private string? _pointer = string.Empty;

        public string? CurrentName => _frames.Count > 0 ? _frames[_frames.Count - 1].Name : null;

        public string Pointer => _pointer ??= Build(includeLast: true);

        public string PropertyPointer => Build(includeLast: true);

        public string ContainerPointer => Build(includeLast: false);

        public void Start(bool isArray)
        {
            _frames.Add(new Frame { IsArray = isArray, Index = -1 });
            _pointer = null;
        }

        public void End()
        {
            if (_frames.Count > 0)
            {
                _frames.RemoveAt(_frames.Count - 1);
            }

            _pointer = null;
        }

        public void Property(string name)
        {
            if (_frames.Count > 0)
            {
                _frames[_frames.Count - 1].Name = name;
            }

            _pointer = null;
        }

        public void Value()
        {
            if (_frames.Count > 0 && _frames[_frames.Count - 1].IsArray)
            {
                _frames[_frames.Count - 1].Index++;
            }

            _pointer = null;
        }

        private string Build(bool includeLast)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < _frames.Count; i++)
            {
                var frame = _frames[i];
                if (!includeLast && i == _frames.Count - 1)
                {
                    break;
                }

                if (frame.IsArray)
                {
                    if (frame.Index >= 0)
                    {
                        builder.Append('/').Append(frame.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                else if (frame.Name is not null)
                {
                    builder.Append('/').Append(JsonPointer.Escape(frame.Name));
                }
            }

            return builder.ToString();
        }

        private sealed class Frame
        {
            public bool IsArray { get; init; }

            public int Index { get; set; }

            public string? Name { get; set; }
        }
    }
}
