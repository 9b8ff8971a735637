using System.Text.Json;
using PerformanceTargets.Internal;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json.Codec;

/// <summary>What stopped a reading: a syntax error, text that is not UTF-8, nesting beyond the limit. Located when the reading ends.</summary>
internal abstract class ReadError
{
    public static ReadError Syntax(int offset) => new SyntaxStop(offset, null, null);

    public static ReadError FromException(JsonException ex) => new SyntaxStop(-1, ex.LineNumber, ex.BytePositionInLine);

    public static ReadError Decoding(int tokenOffset) => new DecodingStop(tokenOffset);

    public static ReadError Depth(int offset, int node, int key, string? name) => new DepthStop(offset, node, key, name);

    /// <summary>Makes the error, with its pointer (the innermost value started before the place), line and column.</summary>
    /// <param name="source">The whole input, byte order mark included.</param>
    /// <param name="origin">Where the JSON starts in <paramref name="source"/>.</param>
    /// <param name="index">What was read before the stop.</param>
    /// <param name="file">The file name, or null.</param>
    /// <param name="limits">The limits.</param>
    public abstract JsonReadError ToError(byte[] source, int origin, LocationIndex index, string? file, DocumentLimits limits);

    protected static JsonReadError Make(JsonReadErrorKind kind, int offset, ReadMessage message, LocationIndex index, string? file)
    {
        var (line, column) = index.LineColumn(offset);
        return new JsonReadError
        {
            Kind = kind,
            Pointer = index.PointerAt(offset),
            Location = line > 0 ? new Diagnostics.SourceLocation { File = file, Line = line, Column = column } : null,
            Text = message.Text,
            HintText = message.Hint,
        };
    }

    /// <summary>The error for input that is not strict UTF-8, at the first bad byte, or null when the input is UTF-8.</summary>
    protected static JsonReadError? Encoding(byte[] source, int origin, LocationIndex index, string? file)
    {
        var json = source.AsSpan(origin);
        var invalid = Utf8Validation.FirstInvalid(json);
        return invalid < 0 ? null : Make(JsonReadErrorKind.Encoding, invalid, ReadMessages.InvalidUtf8(json[invalid], invalid), index, file);
    }

    private sealed class SyntaxStop(int offset, long? line, long? bytePosition) : ReadError
    {
        public override JsonReadError ToError(byte[] source, int origin, LocationIndex index, string? file, DocumentLimits limits)
        {
            // Strict UTF-8 first, wherever the bad byte is: a byte that is not UTF-8 is what made the text unreadable.
            if (Encoding(source, origin, index, file) is { } encoding)
            {
                return encoding;
            }

            var json = source.AsSpan(origin);
            var at = offset;
            if (at < 0)
            {
                at = line is { } l && bytePosition is { } b ? index.OffsetOf((int)l, (int)b) : json.Length;
            }

            return Make(JsonReadErrorKind.Syntax, at, SyntaxMessages.Describe(json, at), index, file);
        }
    }

    private sealed class DecodingStop(int tokenOffset) : ReadError
    {
        public override JsonReadError ToError(byte[] source, int origin, LocationIndex index, string? file, DocumentLimits limits) =>
            Encoding(source, origin, index, file) ?? Make(JsonReadErrorKind.Encoding, tokenOffset, ReadMessages.LoneSurrogate, index, file);
    }

    private sealed class DepthStop(int offset, int node, int key, string? name) : ReadError
    {
        public override JsonReadError ToError(byte[] source, int origin, LocationIndex index, string? file, DocumentLimits limits)
        {
            if (Encoding(source, origin, index, file) is { } encoding)
            {
                return encoding;
            }

            var error = Make(JsonReadErrorKind.LimitExceeded, offset, ReadMessages.TooDeep(limits.MaxDepth), index, file);
            var pointer = node < 0 ? string.Empty : name is not null ? index.PointerOf(node) + "/" + JsonPointer.Escape(name) : key >= 0 ? index.PointerOf(node, key) : index.PointerOf(node);
            return error with { Pointer = pointer };
        }
    }
}
