using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>The reader over mutations of the seed JSON (<see cref="FuzzTargets.Read"/>).</summary>
[Trait("Category", "Fuzz")]
public class JsonFuzzTests
{
    private readonly ITestOutputHelper _output;

    public JsonFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_reader_survives_mutations_of_the_seed_json()
    {
        var (seed, kind) = FuzzTargets.Seed(FuzzTargets.JsonRead);
        var outcome = FuzzHarness.Run(FuzzTargets.JsonRead, seed, kind, randomSeed: 20241128, FuzzTargets.Read);
        outcome.WriteTo(_output, FuzzTargets.JsonRead);
        Assert.True(outcome.Accepted > 0 && outcome.Accepted < outcome.Inputs, "the mutations should give both documents and errors");
    }
}
