using System.Text;
using FsCheck.Xunit;
using PerformanceTargets.Rendering;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// A text rendering is written into one pooled buffer (<see cref="PageBuffer"/>), which grows by doubling: the string,
/// the writer's text and the stream's bytes must be the text written, whatever the pieces, the growth and the place
/// where the stream's 16 KB encoding buffer cuts the text (even between the two halves of a surrogate pair).
/// </summary>
public class PageBufferTests
{
    [Property(MaxTest = 300)]
    public bool A_page_is_the_text_written_as_a_string_to_a_writer_and_to_a_stream(string[] pieces, bool astral, byte skip)
    {
        var expected = new StringBuilder();
        using var page = new PageBuffer(1); // grows many times
        foreach (var piece in pieces ?? [])
        {
            var text = (piece ?? string.Empty) + (astral ? "𠀀指标😀" : string.Empty);
            var offset = text.Length == 0 ? 0 : skip % text.Length;
            page.Write(text, offset, text.Length - offset);
            expected.Append(text, offset, text.Length - offset);
        }

        using var stream = new MemoryStream();
        page.WriteTo(stream);
        using var writer = new StringWriter();
        page.WriteTo(writer);
        return page.ToString() == expected.ToString()
            && page.Length == expected.Length
            && writer.ToString() == expected.ToString()
            && stream.ToArray().AsSpan().SequenceEqual(new UTF8Encoding(false).GetBytes(expected.ToString()));
    }

    [Fact]
    public void A_pair_across_the_end_of_the_encoding_buffer_is_encoded_as_one_character()
    {
        // The stream is written 16,384 bytes at a time: put a four-byte character across that boundary at every offset.
        for (var before = 16_378; before <= 16_386; before++)
        {
            var text = new string('a', before) + "\uD840\uDC00" + new string('b', 20_000);
            using var page = new PageBuffer(16);
            page.Write(text, 0, text.Length);
            using var stream = new MemoryStream();
            page.WriteTo(stream);
            Assert.Equal(new UTF8Encoding(false).GetBytes(text), stream.ToArray());
        }
    }

    [Fact]
    public void A_lone_surrogate_is_written_as_the_encoding_writes_it()
    {
        const string text = "指标\uD800值\uDC00";
        using var page = new PageBuffer(4);
        page.Write(text, 0, text.Length);
        using var stream = new MemoryStream();
        page.WriteTo(stream);
        Assert.Equal(new UTF8Encoding(false).GetBytes(text), stream.ToArray());
        Assert.Equal(text, page.ToString());
    }

    [Fact]
    public void A_disposed_page_is_empty()
    {
        var page = new PageBuffer(8);
        page.Write("绩效目标", 0, 4);
        page.Dispose();
        Assert.Equal(0, page.Length);
        Assert.Equal(string.Empty, page.ToString());
    }

    [Fact]
    public void The_seed_review_is_the_same_text_as_a_string_a_writer_and_a_stream()
    {
        var document = RenderingFixtures.Seed;
        var report = PerformanceTargets.Validation.TargetValidator.Default.Validate(document);
        var options = new RenderOptions { Review = true };
        var text = TargetRenderer.Default.Render(document, options, report).GetTextOrThrow();
        Assert.True(text.Length > 100_000); // beyond the first guess: the buffer grew

        using var writer = new StringWriter();
        Assert.True(TargetRenderer.Default.Render(document, writer, options, report).Success);
        Assert.Equal(text, writer.ToString());

        using var stream = new MemoryStream();
        Assert.True(TargetRenderer.Default.Render(document, stream, options, report).Success);
        Assert.Equal(new UTF8Encoding(false).GetBytes(text), stream.ToArray());

        using var table = new MemoryStream();
        Assert.True(TargetRenderer.Default.RenderTable(document, 5, table, options, report).Success);
        Assert.Equal(TargetRenderer.Default.RenderTable(document, 5, options, report).GetTextOrThrow(), new UTF8Encoding(false).GetString(table.ToArray()));

        // Rendered again, from a buffer the pool gives back: the same text.
        Assert.Equal(text, TargetRenderer.Default.Render(document, options, report).GetTextOrThrow());
    }
}
