using PerformanceTargets.Cli;
using PerformanceTargets.Cli.Batch;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

public class InputExpanderTests
{
    private static List<InputItem> Expand(string stdin, params string[] arguments) =>
        InputExpander.Expand(arguments, new StringReader(stdin), CliText.English).ToList();

    [Fact]
    public void Files_folders_and_patterns_expand_to_documents_in_a_stable_order()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("b/c"));
        Directory.CreateDirectory(temp.File("empty"));
        foreach (var name in new[] { "b/2.json", "b/1.json", "b/c/3.txt", "b/skip.png", "top.csv" })
        {
            File.WriteAllText(temp.File(name), "{}");
        }

        var items = Expand(string.Empty, temp.File("top.csv"), temp.File("b"), temp.Path + "/**/*.txt", temp.File("missing.json"), temp.File("empty"), temp.Path + "/*.nothing");
        Assert.Equal(
            [temp.File("top.csv"), temp.File("b/1.json"), temp.File("b/2.json"), temp.File("b/c/3.txt"), temp.File("b/c/3.txt"), temp.File("missing.json"), temp.File("empty"), temp.Path + "/*.nothing"],
            items.Select(i => i.Name));
        Assert.All(items.Take(5), i => Assert.Null(i.Problem));
        Assert.Equal("'" + temp.File("missing.json") + "' does not exist.", items[5].Problem);
        Assert.Contains("folder with no documents", items[6].Problem, StringComparison.Ordinal);
        Assert.Contains("no file matches", items[7].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_reads_one_document_per_line_from_stdin()
    {
        var items = Expand("{\"a\":1}\n\n  \n{\"b\":2}\n", "-");
        Assert.Equal(["stdin:1", "stdin:4"], items.Select(i => i.Name));
        Assert.All(items, i => Assert.True(i.IsStdin));
        Assert.Equal("{\"b\":2}", System.Text.Encoding.UTF8.GetString(items[1].Content!));
    }

    [Fact]
    public void Expansion_is_lazy()
    {
        using var reader = new LinesReader(Enumerable.Range(0, 1_000_000).Select(i => "{}"));
        using var enumerator = InputExpander.Expand(["-"], reader, CliText.English).GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.True(reader.LinesRead <= 2);
    }
}
