namespace PerformanceTargets.Internal;

/// <summary>
/// Reads a stream to its end under a size limit, never buffering more than the limit: a stream that knows its length is
/// refused without being read, any other is read in chunks and refused as soon as more than the limit has arrived.
/// Shared by the JSON reader, the importer and the validator.
/// </summary>
internal static class BoundedStream
{
    private const int ChunkSize = 81920;

    /// <summary>Returns the bytes of <paramref name="stream"/> from its position to its end, or null when they are more than <paramref name="limit"/>.</summary>
    public static byte[]? ReadAll(Stream stream, long limit)
    {
        if (KnownTooLarge(stream, limit))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The same, asynchronously.</summary>
    public static async ValueTask<byte[]?> ReadAllAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        if (KnownTooLarge(stream, limit))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool KnownTooLarge(Stream stream, long limit) => stream.CanSeek && stream.Length - stream.Position > limit;
}
