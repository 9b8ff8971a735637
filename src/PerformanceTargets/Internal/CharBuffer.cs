using System.Buffers;
using System.Globalization;
using System.Text;

namespace PerformanceTargets.Internal;

/// <summary>
/// A growable run of characters from the shared pool, doubled when full: report writers compose a finding's message,
/// hint and pointer into it and write the characters, so that no string is made for text that is only written; a text
/// rendering is written into one (<c>Rendering/PageBuffer.cs</c>) and goes from it to a string, a writer or a stream.
/// Not thread-safe; return it with <see cref="Dispose"/>.
/// </summary>
internal sealed class CharBuffer : IDisposable
{
    /// <summary>The longest array of characters .NET allocates (<c>Array.MaxLength</c>, which .NET Standard 2.0 lacks).</summary>
    private const int MaxLength = 0x7FFFFFC7;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private char[] _chars;
    private int _length;

    public CharBuffer(int capacity = 512) => _chars = ArrayPool<char>.Shared.Rent(capacity);

    public int Length => _length;

    public ReadOnlySpan<char> Span => new(_chars, 0, _length);

    public void Clear() => _length = 0;

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(string? text)
    {
        if (text is not null)
        {
            Append(text.AsSpan());
        }
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Append(int value)
    {
#if NET8_0_OR_GREATER
        if (_chars.Length - _length < 11)
        {
            Grow(11);
        }

        value.TryFormat(_chars.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
#else
        Append(value.ToString(CultureInfo.InvariantCulture));
#endif
    }

    /// <summary>Gets the free space at the end, at least <paramref name="size"/> characters, for a caller that fills it and calls <see cref="Advance"/>.</summary>
    public Span<char> Free(int size)
    {
        if (_chars.Length - _length < size)
        {
            Grow(size);
        }

        return _chars.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    public override string ToString() => new(_chars, 0, _length);

    /// <summary>Writes the characters to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer) => writer.Write(_chars, 0, _length);

    /// <summary>Writes the characters to <paramref name="stream"/> as UTF-8 without a byte order mark, through a pooled buffer of 16 KB.</summary>
    public void WriteUtf8To(Stream stream)
    {
        var encoder = Utf8.GetEncoder();
        var bytes = ArrayPool<byte>.Shared.Rent(16384);
        try
        {
            var index = 0;
            var completed = false;
            while (!completed)
            {
                encoder.Convert(_chars, index, _length - index, bytes, 0, bytes.Length, flush: true, out var used, out var written, out completed);
                stream.Write(bytes, 0, written);
                index += used;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Dispose()
    {
        var chars = _chars;
        _chars = [];
        _length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Grow(int more)
    {
        var needed = (long)_length + more;
        if (needed > MaxLength)
        {
            throw new InvalidOperationException("The text is longer than the longest possible string (2,147,483,591 characters).");
        }

        var larger = ArrayPool<char>.Shared.Rent((int)Math.Min(Math.Max(needed, 2L * _chars.Length), MaxLength));
        Array.Copy(_chars, larger, _length);
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = larger;
    }
}
