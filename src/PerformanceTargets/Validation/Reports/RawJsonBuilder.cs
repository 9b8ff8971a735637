using System.Buffers;
using System.Buffers.Text;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;
#endif
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerformanceTargets.Validation.Reports;

/// <summary>
/// Lays out a JSON value as UTF-8 from fragments the caller gives already laid out (names, punctuation, line feeds and
/// indentation), and values it encodes exactly as <see cref="Utf8JsonWriter"/> with the reports' encoder
/// (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>) would; the JSON writer then copies the value in with
/// <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>.
/// </summary>
/// <remarks>
/// A SARIF report of the seed is 216 results of about 1.2 KB each, most of it indentation: laid out by the JSON writer token
/// by token, writing them cost as much as the validation. Here the fixed parts are copied, and only the values are
/// encoded. Not thread-safe: one instance per report being written.
/// </remarks>
internal sealed class RawJsonBuilder : IDisposable
{
#if NET8_0_OR_GREATER
    /// <summary>
    /// A bit per UTF-16 code unit, set when the encoder writes it as it is: asked of the encoder once per process
    /// (<see cref="TextEncoder.WillEncode(int)"/>, 63,488 questions). Surrogates are never set: their text is escaped by
    /// the JSON writer itself.
    /// </summary>
    private static readonly ulong[] s_verbatim = Verbatim(Encoder);
#endif

    /// <summary>The encoder of every report (text as it is but for quotes, back slashes and what JSON cannot hold).</summary>
    private static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private readonly Dictionary<string, byte[]> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _tails = new(StringComparer.Ordinal);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(4096);
    private int _length;
    private MemoryStream? _scratch;
    private Utf8JsonWriter? _scratchWriter;

    /// <summary>Gets what was laid out since <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => new(_bytes, 0, _length);

    public void Clear() => _length = 0;

    /// <summary>Copies bytes that are already JSON (a fragment of the layout).</summary>
    public void Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Free(utf8.Length));
        _length += utf8.Length;
    }

    /// <summary>Writes an integer as the JSON writer does.</summary>
    public void Number(long value)
    {
        Utf8Formatter.TryFormat(value, Free(20), out var written);
        _length += written;
    }

    /// <summary>Writes a JSON string (quoted, escaped as the JSON writer escapes it with the encoder).</summary>
    public void String(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        // Most text needs no escaping: look each unit up, then transcode the text straight in.
        if (IsVerbatim(text))
        {
            var free = Free((text.Length * 3) + 2);
            free[0] = (byte)'"';
            Utf8.FromUtf16(text, free.Slice(1), out _, out var written);
            free[written + 1] = (byte)'"';
            _length += written + 2;
            return;
        }
#endif
        Escaped(text);
    }

    /// <summary>
    /// Writes one JSON string of a text, a space and a fixed text (a rule's hint, the same for many findings): the fixed
    /// part is encoded once per builder, then copied after the text. The same bytes as <see cref="String(ReadOnlySpan{char})"/>
    /// of the whole, since JSON escapes a text unit by unit; without a fixed text, that.
    /// </summary>
    public void String(ReadOnlySpan<char> text, string? fixedTail)
    {
        String(text);
        if (fixedTail is null)
        {
            return;
        }

        if (!_tails.TryGetValue(fixedTail, out var tail))
        {
            // The space and the tail as a string of their own, kept without its opening quote.
            var start = _length;
            String((" " + fixedTail).AsSpan());
            tail = Written.Slice(start + 1).ToArray();
            _length = start;
            _tails[fixedTail] = tail;
        }

        // Over the text's closing quote: the tail ends with its own.
        _length--;
        Raw(tail);
    }

    /// <summary>Writes a JSON string of a text that recurs (a rule id, a file's URI): encoded once, then copied.</summary>
    public void Recurring(string text)
    {
        if (!_strings.TryGetValue(text, out var encoded))
        {
            var start = _length;
            String(text.AsSpan());
            encoded = Written.Slice(start).ToArray();
            _length = start;
            _strings[text] = encoded;
        }

        Raw(encoded);
    }

    public void Dispose()
    {
        _scratchWriter?.Dispose();
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Ranges of units that the table says are written as they are, checked sixteen units at a time before any lookup:
    /// printable ASCII (but for the quote and the back slash, tested apart), general punctuation (quotes, dashes, the
    /// ellipsis), mathematical operators (≥, ≤), CJK symbols and punctuation (、。《》), the CJK ideographs and the full-width
    /// forms (，：（）％). Each is kept only when the table agrees on every unit of it (<see cref="s_ranges"/>), so a
    /// change of the encoder's data can cost speed, never correctness.
    /// </summary>
    private static readonly (ushort First, ushort Length)[] Candidates =
    [
        (0x0020, 0x5F), (0x2010, 0x18), (0x2200, 0x100), (0x3001, 0x3F), (0x4E00, 0x5200), (0xFF01, 0x5E),
    ];

    /// <summary>The candidate ranges the table agrees on, as (first, length) vectors; empty when none is.</summary>
    private static readonly (Vector256<ushort> First, Vector256<ushort> Length)[] s_ranges = Ranges(s_verbatim);

    /// <summary>Gets whether the encoder writes every unit of a text as it is (the table's answer).</summary>
    /// <remarks>
    /// Sixteen units at a time when the hardware has 256-bit vectors: a block whose units all fall in the ranges the
    /// table agrees on (<see cref="Candidates"/>) and holds no quote or back slash is verbatim; any other block is looked
    /// up unit by unit, as is the rest of the text.
    /// </remarks>
    internal static bool IsVerbatim(ReadOnlySpan<char> text)
    {
        var table = s_verbatim;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            var ranges = s_ranges;
            var quote = Vector256.Create((ushort)'"');
            var backSlash = Vector256.Create((ushort)'\\');
            ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var units = Vector256.LoadUnsafe(ref first, (nuint)i);
                var inside = Vector256<ushort>.Zero;
                foreach (var (start, length) in ranges)
                {
                    inside |= Vector256.LessThan(units - start, length);
                }

                inside &= ~(Vector256.Equals(units, quote) | Vector256.Equals(units, backSlash));
                if (inside != Vector256<ushort>.AllBitsSet && !Looked(table, text.Slice(i, Vector256<ushort>.Count)))
                {
                    return false;
                }
            }
        }

        return Looked(table, text.Slice(i));
    }

    /// <summary>The table's answer, one lookup per unit.</summary>
    private static bool Looked(ulong[] table, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ((table[c >> 6] & (1UL << (c & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static (Vector256<ushort> First, Vector256<ushort> Length)[] Ranges(ulong[] table)
    {
        var ranges = new List<(Vector256<ushort>, Vector256<ushort>)>();
        foreach (var (start, length) in Candidates)
        {
            var all = true;
            for (int c = start; c < start + length && all; c++)
            {
                all = c == '"' || c == '\\' || (table[c >> 6] & (1UL << (c & 63))) != 0;
            }

            if (all)
            {
                ranges.Add((Vector256.Create(start), Vector256.Create(length)));
            }
        }

        return [.. ranges];
    }

    private static ulong[] Verbatim(JavaScriptEncoder encoder)
    {
        var table = new ulong[1024];
        for (var c = 0; c < 0x10000; c++)
        {
            if (c is < 0xD800 or > 0xDFFF && !encoder.WillEncode(c))
            {
                table[c >> 6] |= 1UL << (c & 63);
            }
        }

        return table;
    }
#endif

    /// <summary>The JSON writer's own escaping (text that must be escaped, or that is not valid UTF-16), through a writer of one value.</summary>
    private void Escaped(ReadOnlySpan<char> text)
    {
        _scratch ??= new MemoryStream(256);
        _scratch.SetLength(0);
        if (_scratchWriter is null)
        {
            _scratchWriter = new Utf8JsonWriter(_scratch, new JsonWriterOptions { Encoder = Encoder, SkipValidation = true });
        }
        else
        {
            _scratchWriter.Reset(_scratch);
        }

        _scratchWriter.WriteStringValue(text);
        _scratchWriter.Flush();
        Raw(new ReadOnlySpan<byte>(_scratch.GetBuffer(), 0, (int)_scratch.Length));
    }

    private Span<byte> Free(int size)
    {
        if (_length + size > _bytes.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + size));
            _bytes.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = bigger;
        }

        return _bytes.AsSpan(_length);
    }
}
