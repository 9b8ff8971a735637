namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// Replays every input a fuzz run saved (TestData/Fuzz/regressions/&lt;target&gt;-&lt;hash&gt;.bin) through its target:
/// each once crashed, hung or exhausted memory, and must now end in a result.
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string, string> RegressionFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var file in FuzzHarness.Regressions(target))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        if (data.Count == 0)
        {
            data.Add("(none)", "(none)"); // a theory needs a row; the test below checks the folder is indeed empty
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegressionFiles))]
    public void Saved_crashing_inputs_now_end_in_a_result(string target, string file)
    {
        if (target == "(none)")
        {
            Assert.Empty(FuzzTargets.All.SelectMany(FuzzHarness.Regressions));
            return;
        }

        var bytes = File.ReadAllBytes(Path.Combine(FuzzHarness.RegressionFolder, file));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        FuzzTargets.For(target)(bytes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{file} took {watch.Elapsed}");
    }

    [Fact]
    public void Every_saved_input_belongs_to_a_known_target()
    {
        var files = Directory.Exists(FuzzHarness.RegressionFolder) ? Directory.GetFiles(FuzzHarness.RegressionFolder) : [];
        Assert.All(files, f => Assert.Contains(FuzzTargets.All, t => Path.GetFileName(f).StartsWith(t + "-", StringComparison.Ordinal)));
    }
}
