using PerformanceTargets.Json;
using PerformanceTargets.Scoring;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

/// <summary><c>perftargets merge</c>: actuals merged into a target document, every row not merged reported.</summary>
public class MergeCommandTests
{
    private static string EvaluationCsv => TestPaths.Sample("guanting-2024-evaluation.csv");

    private static string MonitoringCsv => TestPaths.TestData("Import", "guanting-2024-monitoring-flat.csv");

    [Fact]
    public void Merge_on_the_command_line_writes_the_document_and_reports_what_was_not_merged()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = CliTests.Run(["merge", TestPaths.Sample("guanting-2024.json"), MonitoringCsv, "-o", temp.File("monitored.json")]);
        Assert.Equal(0, exit);
        Assert.Contains("已合并 23 行实际值，0 行未合并", error, StringComparison.Ordinal);
        var merged = TargetJson.ReadFile(temp.File("monitored.json")).GetDocumentOrThrow();
        Assert.Equal("1.1", merged.SchemaVersion);
        Assert.Equal(Light.Red, TargetScorer.Default.Score(merged).Projects[7].Monitoring!.Light);

        var actuals = temp.File("actuals.csv");
        File.WriteAllText(actuals, File.ReadAllText(EvaluationCsv).Replace("足额发放率", "足额发放比例", StringComparison.Ordinal));
        var partial = CliTests.Run(["merge", TestPaths.Sample("guanting-2024.json"), actuals, "-o", temp.File("evaluated.json"), "--culture", "en"]);
        Assert.Equal(1, partial.Exit);
        Assert.Contains("actuals.csv:4", partial.Error, StringComparison.Ordinal);
        Assert.Contains("PTI302", partial.Error, StringComparison.Ordinal);
        Assert.Contains("merged 22 row(s) of actuals; 1 row(s) not merged", partial.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("evaluated.json")));
    }
}
