using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// What scoring adds to a full validation of the seed as a 1.1 document (the 23 projects with a self-evaluation, or with
/// a monitoring): a bare <see cref="Utf8JsonReader"/> pass over the same bytes (the baseline), the full validation with
/// every rule, the same without PT601–PT613 and PT701–PT705, the full validation followed by a second scoring (what
/// <c>perftargets report</c> does for its index and its sheets), and the scorer alone on a read document. Judge by
/// Ratio: the difference between the first two is the cost of scoring and its rules; the goal is at most 1 reader pass.
/// </summary>
[MemoryDiagnoser]
public class LifecycleBenchmarks
{
    private static readonly string[] LifecycleRules =
    [
        "PT601", "PT602", "PT603", "PT604", "PT605", "PT606", "PT607", "PT608", "PT609", "PT610", "PT611", "PT612", "PT613",
        "PT701", "PT702", "PT703", "PT704", "PT705",
    ];

    private byte[] _bytes = [];
    private TargetDocument _document = null!;
    private TargetValidator _withoutLifecycle = null!;

    [Params("guanting-2024-evaluation.json", "guanting-2024-monitoring.json")]
    public string Sample { get; set; } = "guanting-2024-evaluation.json";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchmarkData.Sample(Sample));
        _document = TargetJson.Read(_bytes).GetDocumentOrThrow();
        var builder = TargetValidator.CreateBuilder();
        foreach (var id in LifecycleRules)
        {
            builder.DisableRule(id);
        }

        _withoutLifecycle = builder.Build();
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

    [Benchmark(Description = "Full validation (all rules, scoring included)")]
    public int Validate()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        return report.ErrorCount + report.WarningCount + report.InfoCount;
    }

    [Benchmark(Description = "Full validation without PT6xx/PT7xx")]
    public int ValidateWithoutLifecycle()
    {
        var report = _withoutLifecycle.Validate(_bytes);
        return report.ErrorCount + report.WarningCount + report.InfoCount;
    }

    [Benchmark(Description = "Full validation, then the scores once more (perftargets report: index summary and sheets)")]
    public int ValidateThenScore()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        return report.ErrorCount + TargetScorer.Default.Score(report.Document!).Projects.Length;
    }

    [Benchmark(Description = "TargetScorer.Score alone (read document)")]
    public int Score() => TargetScorer.Default.Score(_document).Projects.Length;
}
