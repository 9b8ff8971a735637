using System.Buffers;

namespace PerformanceTargets.Internal;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> that hands what is written to a stream in pieces of about 16 KB, from one pooled
/// buffer. Give it to a <see cref="System.Text.Json.Utf8JsonWriter"/> instead of the stream itself: the JSON writer's own
/// stream buffer grows with what it holds and is cleared on every flush, which made reports twice as slow as they
/// need be; this one never holds more than a piece (or one value larger than a piece) and never clears.
/// </summary>
internal sealed class StreamBufferWriter : IBufferWriter<byte>, IDisposable
{
    /// <summary>The size of a piece handed to the stream.</summary>
    internal const int PieceBytes = 16 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _written;

    public StreamBufferWriter(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(PieceBytes);
    }

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        // Reserve first: it may replace the buffer.
        var start = Reserve(sizeHint);
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _buffer.AsSpan(start);
    }

    /// <summary>Writes what is held to the stream (the stream itself is not flushed).</summary>
    public void Flush()
    {
        if (_written > 0)
        {
            _stream.Write(_buffer, 0, _written);
            _written = 0;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private int Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= sizeHint && _written < PieceBytes)
        {
            return _written;
        }

        Flush();
        if (_buffer.Length < sizeHint)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        }

        return 0;
    }
}
