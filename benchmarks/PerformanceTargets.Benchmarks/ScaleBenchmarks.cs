using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Cost against size: documents of 10 to 10,000 projects built from the seed (<see cref="ScaleData"/>). Time and allocation
/// should grow linearly in the number of projects; benchmarks/README.md states the fitted slope per project and the worst
/// ratio to linear. The baseline, a bare <see cref="Utf8JsonReader"/> pass over the same bytes, is linear by construction:
/// a Ratio that stays the same from 10 to 10,000 projects is a linear cost.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private byte[] _bytes = [];
    private TargetDocument _document = null!;
    private ValidationReport _report = null!;

    [Params(10, 100, 1000, 10000)]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = ScaleData.Document(Projects);
        _bytes = TargetJson.Write(_document);
        _report = TargetValidator.Default.Validate(_bytes);
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader pass")]
    public int ReaderPass()
    {
        var reader = new Utf8JsonReader(_bytes);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "read")]
    public TargetDocument Read() => TargetJson.Read(_bytes).GetDocumentOrThrow();

    [Benchmark(Description = "write")]
    public byte[] Write() => TargetJson.Write(_document);

    /// <summary>Stage 1 and every rule, the cross-table ones (PT206, PT402, PT404) included; findings recorded, not composed.</summary>
    [Benchmark(Description = "validate")]
    public int Validate() => TargetValidator.Default.Validate(_bytes).WarningCount;

    /// <summary>The same, then every finding's message, hint and source line (located in the JSON text), as a report writer does.</summary>
    [Benchmark(Description = "validate + findings' text and lines")]
    public int ValidateAndCompose()
    {
        var total = 0;
        foreach (var finding in TargetValidator.Default.Validate(_bytes).Findings)
        {
            total += finding.Message.Length + (finding.Hint?.Length ?? 0) + (finding.Location?.Line ?? 0);
        }

        return total;
    }

    [Benchmark(Description = "render HTML")]
    public int RenderHtml() => TargetRenderer.Default.Render(_document).Text!.Length;

    /// <summary>The review view: the findings placed in their cells through the review index.</summary>
    [Benchmark(Description = "render review HTML")]
    public int RenderReview() => TargetRenderer.Default.Render(_document, new RenderOptions { Review = true }, _report).Text!.Length;
}
