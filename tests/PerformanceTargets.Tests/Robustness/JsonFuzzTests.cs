using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Robustness;

[Trait("Category", "Fuzz")]
public class JsonFuzzTests
{
    private readonly ITestOutputHelper _output;

    public JsonFuzzTests(ITestOutputHelper output) => _output = output;

    /// <summary>Reads a mutated input; when it reads, writing and reading again must give the same document.</summary>
    internal static void ReadTarget(byte[] bytes)
    {
        var result = TargetJson.Read(bytes);
        if (result.Success)
        {
            Assert.Empty(result.Errors);
            var again = TargetJson.Read(TargetJson.Write(result.Document));
            Assert.True(again.Success, string.Join("\n", again.Errors));
            Assert.Equal(result.Document, again.Document);
        }
        else
        {
            Assert.NotEmpty(result.Errors);
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message) || string.IsNullOrWhiteSpace(e.MessageZh)));
        }
    }

    [Fact]
    public void The_reader_survives_mutations_of_the_seed_json()
    {
        var seed = File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"));
        var outcome = FuzzHarness.Run("json-read", seed, json: true, randomSeed: 20241128, ReadTarget);
        _output.WriteLine($"{outcome.Inputs} inputs; slowest {outcome.Slowest.TotalMilliseconds:F0} ms; most allocated {outcome.MostAllocated / 1024} KiB");
        foreach (var (strategy, count) in outcome.ByStrategy.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"  {strategy}: {count}");
        }

        Assert.True(outcome.Inputs >= 100, $"only {outcome.Inputs} inputs were tried");
    }

    public static TheoryData<string> RegressionFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in FuzzHarness.Regressions("json-read"))
        {
            data.Add(Path.GetFileName(file));
        }

        if (data.Count == 0)
        {
            data.Add("(none)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegressionFiles))]
    public void Saved_crashing_inputs_now_end_in_a_result(string file)
    {
        if (file == "(none)")
        {
            Assert.Empty(FuzzHarness.Regressions("json-read"));
            return;
        }

        ReadTarget(File.ReadAllBytes(Path.Combine(FuzzHarness.RegressionFolder, file)));
    }
}
