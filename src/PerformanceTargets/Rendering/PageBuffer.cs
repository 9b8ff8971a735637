using System.Text;
using PerformanceTargets.Internal;
using Scriban.Runtime;

namespace PerformanceTargets.Rendering;

/// <summary>
/// The output of one text rendering: a <see cref="CharBuffer"/>, whose array is rented from the shared pool and given
/// back when the rendering is done. The page then becomes one string, or goes to a writer or a stream from the array.
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="StringBuilder"/> leaves its chunks behind as garbage: for the seed's review page, 350 KB of them per
/// rendering, on top of the string. The pool's array is reused from one rendering to the next.
/// </para>
/// <para>Not thread-safe: one instance per rendering. Dispose it exactly once; the text is gone after that.</para>
/// </remarks>
internal sealed class PageBuffer : IScriptOutput, IDisposable
{
    private readonly CharBuffer _chars;

    /// <summary>Rents a buffer of at least <paramref name="capacity"/> characters.</summary>
    public PageBuffer(int capacity)
    {
        _chars = new CharBuffer(Math.Max(capacity, 256));
    }

    /// <summary>Gets the number of characters written.</summary>
    public int Length => _chars.Length;

    /// <summary>Appends <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="offset"/>.</summary>
    public void Write(string text, int offset, int count)
    {
        if (count > 0)
        {
            _chars.Append(text.AsSpan(offset, count));
        }
    }

    /// <summary>Appends synchronously: the buffer is memory.</summary>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    /// <summary>Gets the page as one string.</summary>
    public override string ToString() => _chars.ToString();

    /// <summary>Writes the page to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer) => _chars.WriteTo(writer);

    /// <summary>Writes the page to <paramref name="stream"/> as UTF-8 without a byte order mark.</summary>
    public void WriteTo(Stream stream) => _chars.WriteUtf8To(stream);

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose() => _chars.Dispose();
}
