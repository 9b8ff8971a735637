using System.Text;

namespace PerformanceTargets.Internal;

/// <summary>
/// Writes a finished <see cref="StringBuilder"/> to a writer, or to a stream as UTF-8 without a byte order mark, chunk
/// by chunk, so that a page rendered to a file or a response is never copied into one string and one byte array first
/// (a review page is 350 KB as a string: a large object, paid for in collections and in freshly faulted pages).
/// </summary>
/// <remarks>Stateless and thread-safe. On .NET Standard 2.0, which cannot read a builder's chunks, the text is copied once.</remarks>
internal static class BuilderOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteTo(StringBuilder builder, TextWriter writer)
    {
#if NET
        foreach (var chunk in builder.GetChunks())
        {
            writer.Write(chunk.Span);
        }
#else
        writer.Write(builder.ToString());
#endif
    }

    public static void WriteTo(StringBuilder builder, Stream stream)
    {
#if NET
        // A pair of surrogates may be split between two chunks: the encoder keeps the first half until the next chunk.
        var encoder = Utf8.GetEncoder();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16384);
        try
        {
            var chunks = builder.GetChunks();
            var more = chunks.MoveNext();
            while (more)
            {
                var chars = chunks.Current.Span;
                more = chunks.MoveNext();
                var completed = false;
                while (!completed)
                {
                    encoder.Convert(chars, buffer, flush: !more, out var used, out var written, out completed);
                    stream.Write(buffer, 0, written);
                    chars = chars.Slice(used);
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
#else
        var bytes = Utf8.GetBytes(builder.ToString());
        stream.Write(bytes, 0, bytes.Length);
#endif
    }
}
