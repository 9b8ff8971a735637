using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace PerformanceTargets.Rendering;

/// <summary>
/// The output of one text rendering: one character array rented from the shared pool, grown by doubling, given back
/// when the rendering is done. The page then becomes one string, or goes to a writer or a stream from the array.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="StringBuilder"/> leaves its chunks behind as garbage: for the seed's review page, 350 KB of them per
/// rendering, on top of the string. They fill the youngest generation, and while the page's string (a large object) is
/// allocated they are all alive, so that the collection that allocation may start copies them first. The pool's array
/// is reused from one rendering to the next.
/// </para>
/// <para>Not thread-safe: one instance per rendering. Dispose it exactly once; the text is gone after that.</para>
/// </remarks>
internal sealed class PageBuffer : IScriptOutput, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The longest array of characters .NET allocates (<c>MaxLength</c>, which .NET Standard 2.0 lacks).</summary>
    private const int MaxLength = 0x7FFFFFC7;

    private char[] _chars;
    private int _length;

    /// <summary>Rents a buffer of at least <paramref name="capacity"/> characters.</summary>
    public PageBuffer(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 256));
    }

    /// <summary>Gets the number of characters written.</summary>
    public int Length => _length;

    /// <summary>Appends <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="offset"/>.</summary>
    public void Write(string text, int offset, int count)
    {
        if (count <= 0)
        {
            return;
        }

        if (_chars.Length - _length < count)
        {
            Grow(count);
        }

        text.CopyTo(offset, _chars, _length, count);
        _length += count;
    }

#if !SCRIBAN_NO_ASYNC
    /// <summary>Appends synchronously: the buffer is memory.</summary>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }
#endif

    /// <summary>Gets the page as one string.</summary>
    public override string ToString() => new(_chars, 0, _length);

    /// <summary>Writes the page to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer) => writer.Write(_chars, 0, _length);

    /// <summary>Writes the page to <paramref name="stream"/> as UTF-8 without a byte order mark, through a pooled buffer of 16 KB.</summary>
    public void WriteTo(Stream stream)
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

    /// <summary>Gives the array back to the pool.</summary>
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

    private void Grow(int count)
    {
        var needed = (long)_length + count;
        if (needed > MaxLength)
        {
            throw new InvalidOperationException("The rendering is longer than the longest possible string (2,147,483,591 characters).");
        }

        var larger = ArrayPool<char>.Shared.Rent((int)Math.Min(Math.Max(needed, 2L * _chars.Length), MaxLength));
        Array.Copy(_chars, larger, _length);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
