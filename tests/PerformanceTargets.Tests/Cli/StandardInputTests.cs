using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Cli;

namespace PerformanceTargets.Tests.Cli;

public class StandardInputTests
{
    private static List<(int Number, string? Line)> Lines(string text, long max = StandardInput.MaxChars) =>
        StandardInput.ReadLines(new StringReader(text), max).ToList();

    [Fact]
    public void Lines_end_at_lf_or_crlf_and_a_last_line_needs_no_newline()
    {
        Assert.Equal([(1, "{\"a\":1}"), (2, string.Empty), (3, "{\"b\":2}"), (4, "x")], Lines("{\"a\":1}\r\n\n{\"b\":2}\nx"));
        Assert.Equal([(1, "a")], Lines("a\n"));
        Assert.Empty(Lines(string.Empty));
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_and_the_next_line_is_whole()
    {
        Assert.Equal([(1, "12345"), (2, null), (3, "abc")], Lines("12345\n123456\nabc", max: 5));
        Assert.Equal([(1, null)], Lines("123456", max: 5));
    }

    [Property(MaxTest = 200)]
    public void Lines_are_those_of_a_text_reader_for_lf_text(NonNull<string>[] parts)
    {
        var text = string.Join("\n", parts.Select(p => p.Get.Replace("\r", string.Empty, StringComparison.Ordinal)));
        var expected = new List<string>();
        using (var reader = new StringReader(text))
        {
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                expected.Add(line);
            }
        }

        Assert.Equal(expected, Lines(text).Select(l => l.Line!));
    }

    [Fact]
    public void The_whole_input_at_and_over_the_limit()
    {
        Assert.Equal("12345", StandardInput.ReadAll(new StringReader("12345"), CliText.English, 5));
        var error = Assert.Throws<CliException>(() => StandardInput.ReadAll(new StringReader("123456"), CliText.English, 5));
        Assert.Equal("standard input is longer than 5 characters, the input limit (64 MiB); give the document as a file, or split it.", error.Message);
    }

    [Fact]
    public void An_ndjson_line_over_the_limit_is_one_failed_input_and_the_batch_goes_on()
    {
        var items = PerformanceTargets.Cli.Batch.InputExpander.Expand(["-"], new StringReader("{}\n" + new string('x', 1001) + "\n{}\n"), CliText.English, maxLineChars: 1000).ToList();
        Assert.Equal(["stdin:1", "stdin:2", "stdin:3"], items.Select(i => i.Name));
        Assert.Null(items[0].Problem);
        Assert.Equal("line 2 of standard input is longer than 1,000 characters, the input limit; it was skipped.", items[1].Problem);
        Assert.Null(items[1].Content);
        Assert.Null(items[2].Problem);
    }
}
