using PerformanceTargets.Json;
using PerformanceTargets.Scoring;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

/// <summary><c>perftargets merge</c>: the merged document written, every row not merged on standard error with its place.</summary>
public class MergeCommandTests
{
    [Fact]
    public void Merge_on_the_command_line_writes_the_document_and_reports_what_was_not_merged()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = CliTests.Run(["merge", TestPaths.Sample("guanting-2024.json"), TestPaths.TestData("Import", "guanting-2024-monitoring-flat.csv"), "-o", temp.File("monitored.json")]);
        Assert.Equal(0, exit);
        Assert.Contains("已合并 23 行实际值，0 行未合并", error, StringComparison.Ordinal);
        var merged = TargetJson.ReadFile(temp.File("monitored.json")).GetDocumentOrThrow();
        Assert.Equal("1.1", merged.SchemaVersion);
        Assert.Equal(Light.Red, TargetScorer.Default.Score(merged).Projects[7].Monitoring!.Light);

        var actuals = temp.File("actuals.csv");
        File.WriteAllText(actuals, File.ReadAllText(TestPaths.Sample("guanting-2024-evaluation.csv")).Replace("足额发放率", "足额发放比例", StringComparison.Ordinal));
        var partial = CliTests.Run(["merge", TestPaths.Sample("guanting-2024.json"), actuals, "-o", temp.File("evaluated.json"), "--culture", "en"]);
        Assert.Equal(1, partial.Exit);
        Assert.Contains("actuals.csv:4", partial.Error, StringComparison.Ordinal);
        Assert.Contains("PTI302", partial.Error, StringComparison.Ordinal);
        Assert.Contains("merged 22 row(s) of actuals; 1 row(s) not merged", partial.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("evaluated.json")));
    }
}
