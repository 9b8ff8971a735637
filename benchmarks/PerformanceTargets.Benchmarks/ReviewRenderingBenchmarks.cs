using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// The review view against the plain page: the seed validated with the default validator (216 findings), rendered to
/// HTML with every finding beside its cell, against the same document rendered without them (the baseline). The goal is
/// a Ratio of at most 2 (issue 16); the review page is 1.8 times as long as the plain one (143,000 against 80,000
/// characters), so most of what is left is writing and collecting the longer text. Judge by Ratio and Alloc Ratio.
/// </summary>
[MemoryDiagnoser]
public class ReviewRenderingBenchmarks
{
    private static readonly RenderOptions ReviewOptions = new() { Review = true };

    private TargetDocument _document = null!;
    private ValidationReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = File.ReadAllBytes(BenchmarkData.Sample("guanting-2024.json"));
        _document = TargetJson.Read(bytes).GetDocumentOrThrow();
        _report = TargetValidator.Default.Validate(bytes);

        // Findings compose their text on first read; a report writer has read it before rendering, so both sides start with it.
        _ = TargetRenderer.Default.Render(_document, ReviewOptions, _report).GetTextOrThrow();
    }

    [Benchmark(Baseline = true, Description = "plain HTML")]
    public int Plain() => TargetRenderer.Default.Render(_document).Text!.Length;

    [Benchmark(Description = "review HTML (default validator's findings)")]
    public int Review() => TargetRenderer.Default.Render(_document, ReviewOptions, _report).Text!.Length;
}
