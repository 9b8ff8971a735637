using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Rendering a document to HTML with the built-in Scriban templates (views over the model, templates parsed once),
/// against the hand-written <see cref="HandWrittenHtmlRenderer"/> that writes the same bytes (the baseline; the test
/// Rendering/BaselineRendererTests proves the outputs identical). The goal is a Ratio of at most 3 on the seed. Judge by
/// Ratio and Alloc Ratio. The seed's output (80,000 characters) ends in a string on the large object heap, whose
/// collections both sides pay; the excerpt (3 tables) shows the cost of interpreting the templates without that.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private TargetDocument _document = null!;

    [Params("guanting-2024.json", "guanting-2024-excerpt.json")]
    public string Sample { get; set; } = "guanting-2024.json";

    [GlobalSetup]
    public void Setup()
    {
        _document = TargetJson.ReadFile(BenchmarkData.Sample(Sample)).GetDocumentOrThrow();
        if (!string.Equals(HandWrittenHtmlRenderer.Render(_document), TargetRenderer.Default.Render(_document).Text, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The baseline and the templates do not write the same HTML: the comparison would not be fair.");
        }
    }

    [Benchmark(Baseline = true, Description = "Hand-written StringBuilder")]
    public string HandWritten() => HandWrittenHtmlRenderer.Render(_document);

    [Benchmark(Description = "Scriban templates (TargetRenderer.Default)")]
    public string Templates() => TargetRenderer.Default.Render(_document).Text!;
}
