using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// The review view against the plain page: the seed validated with the default validator (216 findings), rendered to
/// HTML with every finding beside its cell, against the same document rendered without them (the baseline). The goal is
/// a Ratio of at most 2 (issue 16). Two ways, each with its own baseline: to a string (the <c>Render</c> overload that
/// returns the text), and to a stream (how the tool's <c>report</c> and <c>render</c> and the server deliver pages). The
/// review page is 2.14 times as long as the plain one (175,059 against 81,757 characters): as a string, each page is
/// one large object in fresh memory, which costs in proportion to its length. Judge by Ratio and Alloc Ratio.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RobustRatiosConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
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
    [BenchmarkCategory("string")]
    public int Plain() => TargetRenderer.Default.Render(_document).Text!.Length;

    [Benchmark(Description = "review HTML (default validator's findings)")]
    [BenchmarkCategory("string")]
    public int Review() => TargetRenderer.Default.Render(_document, ReviewOptions, _report).Text!.Length;

    [Benchmark(Baseline = true, Description = "plain HTML to a stream")]
    [BenchmarkCategory("stream")]
    public bool PlainToStream() => TargetRenderer.Default.Render(_document, Stream.Null).Success;

    [Benchmark(Description = "review HTML to a stream")]
    [BenchmarkCategory("stream")]
    public bool ReviewToStream() => TargetRenderer.Default.Render(_document, Stream.Null, ReviewOptions, _report).Success;
}
