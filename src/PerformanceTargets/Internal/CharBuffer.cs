using System.Buffers;
using System.Globalization;

namespace PerformanceTargets.Internal;

/// <summary>
/// A growable run of characters from the shared pool, reused from text to text: report writers compose a finding's
/// message, hint and pointer into it and write the characters, so that no string is made for text that is only written.
/// Not thread-safe; return it with <see cref="Dispose"/>.
/// </summary>
internal sealed class CharBuffer : IDisposable
{
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
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        Array.Copy(_chars, larger, _length);
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = larger;
    }
}
