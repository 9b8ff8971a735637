using System.Text;
using FsCheck.Xunit;
using PerformanceTargets.Internal;
using PerformanceTargets.Rendering;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// A rendering written to a writer or a stream goes out chunk by chunk from the template's output: the text must be
/// the string's, and the bytes its UTF-8, wherever the chunks split it (even between the two halves of a surrogate pair).
/// </summary>
public class BuilderOutputTests
{
    [Property(MaxTest = 300)]
    public bool Chunks_written_to_a_stream_are_the_utf8_of_the_text_and_to_a_writer_the_text(string[] pieces, bool astral)
    {
        // A small first chunk and one character at a time: chunk boundaries fall anywhere, also inside a pair.
        var builder = new StringBuilder(3);
        foreach (var piece in pieces ?? [])
        {
            foreach (var c in (piece ?? string.Empty) + (astral ? "𠀀指标😀" : string.Empty))
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString();
        using var stream = new MemoryStream();
        BuilderOutput.WriteTo(builder, stream);
        using var writer = new StringWriter();
        BuilderOutput.WriteTo(builder, writer);
        return stream.ToArray().AsSpan().SequenceEqual(new UTF8Encoding(false).GetBytes(text)) && writer.ToString() == text;
    }

    [Fact]
    public void A_pair_split_between_two_chunks_is_encoded_as_one_character()
    {
        var builder = new StringBuilder(1);
        builder.Append('\uD840'); // fills the first chunk
        builder.Append("\uDC00" + new string('a', 20000)); // a new chunk, starting with the low surrogate
        using var stream = new MemoryStream();
        BuilderOutput.WriteTo(builder, stream);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xF0, 0xA0, 0x80, 0x80 }, bytes[..4]);
        Assert.Equal(4 + 20000, bytes.Length);
    }

    [Fact]
    public void The_seed_review_is_the_same_text_as_a_string_a_writer_and_a_stream()
    {
        var document = RenderingFixtures.Seed;
        var report = PerformanceTargets.Validation.TargetValidator.Default.Validate(document);
        var options = new RenderOptions { Review = true };
        var text = TargetRenderer.Default.Render(document, options, report).GetTextOrThrow();
        Assert.True(text.Length > 100_000); // many chunks

        using var writer = new StringWriter();
        Assert.True(TargetRenderer.Default.Render(document, writer, options, report).Success);
        Assert.Equal(text, writer.ToString());

        using var stream = new MemoryStream();
        Assert.True(TargetRenderer.Default.Render(document, stream, options, report).Success);
        Assert.Equal(new UTF8Encoding(false).GetBytes(text), stream.ToArray());

        using var table = new MemoryStream();
        Assert.True(TargetRenderer.Default.RenderTable(document, 5, table, options, report).Success);
        Assert.Equal(TargetRenderer.Default.RenderTable(document, 5, options, report).GetTextOrThrow(), new UTF8Encoding(false).GetString(table.ToArray()));
    }
}
