using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// The validator over mutations of the seed JSON, with every finding's text and location read, the reports written and
/// what was read rendered (<see cref="FuzzTargets.Validate"/>).
/// </summary>
[Trait("Category", "Fuzz")]
public class ValidatorFuzzTests
{
    private readonly ITestOutputHelper _output;

    public ValidatorFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_validator_and_renderer_survive_mutations_of_the_seed_json()
    {
        var (seed, kind) = FuzzTargets.Seed(FuzzTargets.ValidateJson);
        var outcome = FuzzHarness.Run(FuzzTargets.ValidateJson, seed, kind, randomSeed: 7, FuzzTargets.Validate, minInputs: 50);
        outcome.WriteTo(_output, FuzzTargets.ValidateJson);
        Assert.True(outcome.Accepted > 0 && outcome.Accepted < outcome.Inputs, "the mutations should give both documents and errors");
    }
}
