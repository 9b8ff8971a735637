#if NET8_0_OR_GREATER
using System.Buffers;
#endif
using System.Buffers.Binary;
#if NET8_0_OR_GREATER
using System.Text.Unicode;
#else
using System.Text;
#endif
using System.Text.Json;

namespace PerformanceTargets.Json.Codec;

/// <summary>
/// Shares one string among equal string values, within a read and from read to read: indicator tables repeat their
/// category names, units, bases and targets row after row, and the files of one batch repeat them file after file. Long
/// or escaped values are decoded as usual. Invalid UTF-8 throws, as the serializer's own decoding does. The table (512
/// strings of at most 120 bytes), the arena of their UTF-8 keys (32 KB) and a buffer of 1,024 characters for decoding
/// belong to one <see cref="DocumentReader"/>, which each thread keeps for its reads; when the arena is full, the table
/// lets go of its strings and starts again, so that what it holds stays bounded.
/// </summary>
/// <remarks>Not thread-safe: one instance per reader. An instance rather than thread statics, so that a string costs no lookup of the thread's storage.</remarks>
internal sealed class StringPool
{
    private const int Size = 512;
    private const int MaxBytes = 120;
    private const int ArenaBytes = 32 * 1024;

#if !NET8_0_OR_GREATER
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

    // The table of shared strings and the arena holding their UTF-8 keys, reused from read to read.
    private readonly Entry[] _entries = new Entry[Size];
    private readonly byte[] _arena = new byte[ArenaBytes];
#if NET8_0_OR_GREATER
    private readonly char[] _chars = new char[1024];
#endif
    private int _used;

    /// <summary>Gets the string the reader is on, shared with an equal one read before when it is short and unescaped.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        var span = reader.ValueSpan;
        if (span.Length > MaxBytes)
        {
            return Decode(span);
        }

        var arena = _arena;
        ref var entry = ref _entries[Hash(span) & (Size - 1)];
        if (entry.Value is not null && entry.Length == span.Length && span.SequenceEqual(new ReadOnlySpan<byte>(arena, entry.Offset, entry.Length)))
        {
            return entry.Value;
        }

        var value = Decode(span);
        if (_used + span.Length > arena.Length)
        {
            // The arena is full: start again with an empty table.
            Array.Clear(_entries, 0, _entries.Length);
            _used = 0;
        }

        span.CopyTo(new Span<byte>(arena, _used, span.Length));
        entry.Offset = _used;
        entry.Length = span.Length;
        entry.Value = value;
        _used += span.Length;
        return value;
    }

    /// <summary>Decodes strict UTF-8 (invalid bytes throw <see cref="InvalidOperationException"/>, as the reader's GetString does).</summary>
#if NET8_0_OR_GREATER
    private string Decode(ReadOnlySpan<byte> span)
#else
    private static string Decode(ReadOnlySpan<byte> span)
#endif
    {
#if NET8_0_OR_GREATER
        // One transcoding pass into a buffer: several times faster on Chinese text than a strict UTF8Encoding instance,
        // which counts the characters first. A UTF-8 string never has more UTF-16 units than bytes. The buffer is the
        // pool's own (a stack buffer would be cleared on every call).
        char[]? rented = null;
        Span<char> buffer = span.Length <= _chars.Length ? _chars : (rented = ArrayPool<char>.Shared.Rent(span.Length));
        try
        {
            if (Utf8.ToUtf16(span, buffer, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw new InvalidOperationException("The string is not valid UTF-8.");
            }

            return new string(buffer.Slice(0, written));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
#else
        try
        {
            return Strict.GetString(span.ToArray());
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidOperationException("The string is not valid UTF-8.", ex);
        }
#endif
    }

    private static int Hash(ReadOnlySpan<byte> span)
    {
        // Length, first and last eight bytes (four of a shorter text, three bytes of one under four): enough to tell
        // table cells apart; equality is checked anyway. No loop: most cells are short (一个汉字 is three bytes).
        unchecked
        {
            var length = span.Length;
            var hash = (ulong)length * 0x9E3779B97F4A7C15UL;
            if (length >= 8)
            {
                hash ^= BinaryPrimitives.ReadUInt64LittleEndian(span);
                hash *= 0xBF58476D1CE4E5B9UL;
                hash ^= BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(length - 8));
            }
            else if (length >= 4)
            {
                hash ^= ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(span) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(length - 4));
            }
            else if (length > 0)
            {
                hash ^= ((ulong)span[0] << 16) | ((ulong)span[length >> 1] << 8) | span[length - 1];
            }

            hash *= 0x94D049BB133111EBUL;
            return (int)(hash >> 40);
        }
    }

    private struct Entry
    {
        public int Offset;
        public int Length;
        public string? Value;
    }
}
