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
/// Shares one string among equal string values during one read on one thread (<see cref="Begin"/> … <see cref="End"/>):
/// indicator tables repeat their category names, bases and targets row after row. Outside a read, or for long or
/// escaped values, strings are decoded as usual. Invalid UTF-8 throws, as the serializer's own decoding does. The
/// table (8 KB) and the arena of keys (32 KB) are kept per thread and cleared of strings after each read.
/// </summary>
internal static class StringPool
{
    private const int Size = 512;
    private const int MaxBytes = 120;
    private const int ArenaBytes = 32 * 1024;

#if !NET8_0_OR_GREATER
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

    // Per thread: the table of shared strings and an arena holding their UTF-8 keys, reused from read to read.
    [ThreadStatic]
    private static Entry[]? t_entries;

    [ThreadStatic]
    private static byte[]? t_arena;

    [ThreadStatic]
    private static int t_used;

    [ThreadStatic]
    private static bool t_active;

    public static void Begin()
    {
        t_entries ??= new Entry[Size];
        t_arena ??= new byte[ArenaBytes];
        t_used = 0;
        t_active = true;
    }

    public static void End()
    {
        t_active = false;
        if (t_entries is { } entries)
        {
            Array.Clear(entries, 0, entries.Length);
        }
    }

    public static string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        var span = reader.ValueSpan;
        if (!t_active || span.Length > MaxBytes)
        {
            return Decode(span);
        }

        var arena = t_arena!;
        ref var entry = ref t_entries![Hash(span) & (Size - 1)];
        if (entry.Value is not null && entry.Length == span.Length && span.SequenceEqual(new ReadOnlySpan<byte>(arena, entry.Offset, entry.Length)))
        {
            return entry.Value;
        }

        var value = Decode(span);
        if (t_used + span.Length <= arena.Length)
        {
            span.CopyTo(new Span<byte>(arena, t_used, span.Length));
            entry.Offset = t_used;
            entry.Length = span.Length;
            entry.Value = value;
            t_used += span.Length;
        }

        return value;
    }

    /// <summary>Decodes strict UTF-8 (invalid bytes throw <see cref="InvalidOperationException"/>, as the reader's GetString does).</summary>
    private static string Decode(ReadOnlySpan<byte> span)
    {
#if NET8_0_OR_GREATER
        // One transcoding pass into a buffer: several times faster on Chinese text than a strict UTF8Encoding instance,
        // which counts the characters first. A UTF-8 string never has more UTF-16 units than bytes.
        char[]? rented = null;
        Span<char> buffer = span.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(span.Length));
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
        // Length, first and last eight bytes: enough to tell table cells apart; equality is checked anyway.
        unchecked
        {
            var hash = (ulong)span.Length * 0x9E3779B97F4A7C15UL;
            if (span.Length >= 8)
            {
                hash ^= BinaryPrimitives.ReadUInt64LittleEndian(span);
                hash *= 0xBF58476D1CE4E5B9UL;
                hash ^= BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(span.Length - 8));
            }
            else
            {
                foreach (var b in span)
                {
                    hash = (hash ^ b) * 0x100000001B3UL;
                }
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
