using System.Text.RegularExpressions;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Cli;

/// <summary>--parallel: several workers, the same bytes in the same order as one worker.</summary>
public partial class ParallelBatchTests
{
    [GeneratedRegex(@" [0-9.]+ (s|秒)|\(([0-9.]+) documents/s\)|（每秒 [0-9.]+ 份）")]
    private static partial Regex Timing();

    private static TempDirectory Inputs()
    {
        var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("in/nested"));
        for (var i = 0; i < 7; i++)
        {
            File.Copy(i % 2 == 0 ? TestPaths.Excerpt : TestPaths.Sample("guanting-2024.json"), temp.File($"in/{(i % 3 == 0 ? "nested/" : string.Empty)}doc-{i}.json"));
        }

        File.WriteAllText(temp.File("in/broken.json"), "{\"schemaVersion\": ");
        File.Copy(TestPaths.Seed, temp.File("in/seed.txt"));
        return temp;
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Validate_writes_the_same_output_in_the_same_order_with_one_or_several_workers(string format)
    {
        using var temp = Inputs();
        string[] args = ["validate", temp.File("in"), temp.File("missing.json"), "--format", format, "--culture", "en"];
        var one = CliTests.Run([.. args, "--parallel", "1"]);
        var four = CliTests.Run([.. args, "--parallel", "4"]);
        Assert.Equal(2, one.Exit);
        Assert.Equal(one.Exit, four.Exit);
        Assert.Equal(one.Out, four.Out);
        Assert.Equal(Timing().Replace(one.Error, string.Empty), Timing().Replace(four.Error, string.Empty));
    }

    [Fact]
    public void Report_writes_the_same_files_and_index_with_one_or_several_workers()
    {
        using var temp = Inputs();
        var one = CliTests.Run("report", temp.File("in"), temp.File("in/nested"), "-o", temp.File("one"), "--parallel", "1");
        var three = CliTests.Run("report", temp.File("in"), temp.File("in/nested"), "-o", temp.File("three"), "--parallel", "3");
        Assert.Equal(2, one.Exit);
        Assert.Equal(one.Exit, three.Exit);
        Assert.Equal(Timing().Replace(one.Error, string.Empty), Timing().Replace(three.Error, string.Empty));
        var files = Directory.GetFiles(temp.File("one")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(temp.File("three")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("doc-0-2.json", files);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.File("one"), file!)), File.ReadAllBytes(Path.Combine(temp.File("three"), file!)));
        }
    }
}
