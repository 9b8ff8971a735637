using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation;
using Perfolizer.Horology;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// The bar of issue 17: scoring adds at most 1 reader pass to a full validation of the seed as a 1.1 document (the 23
/// projects with a self-evaluation, or with a monitoring). The cases are a bare <see cref="Utf8JsonReader"/> pass over
/// the same bytes (the baseline), the full validation with the lifecycle rules (PT601–PT613, PT701–PT705 and the
/// scoring they read), the same validation without them, the full validation followed by a second scoring (what
/// <c>perftargets report</c> does for its index and its sheets), and the scorer alone on a read document. The column
/// "Added passes" states the bar directly: (with − without) / reader pass, on the row of the validation with the rules.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
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

    /// <summary>The 1.1 sample: <c>samples/guanting-2024-evaluation.json</c> or <c>samples/guanting-2024-monitoring.json</c>.</summary>
    [Params("evaluation", "monitoring")]
    public string Sample { get; set; } = "evaluation";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchmarkData.Sample("guanting-2024-" + Sample + ".json"));
        _document = TargetJson.Read(_bytes).GetDocumentOrThrow();
        var builder = TargetValidator.CreateBuilder();
        foreach (var id in LifecycleRules)
        {
            builder.DisableRule(id);
        }

        _withoutLifecycle = builder.Build();
    }

    [Benchmark(Baseline = true, Description = ReaderPass)]
    public int Reader()
    {
        var reader = new Utf8JsonReader(_bytes);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = WithLifecycle)]
    public int Validate()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        return report.ErrorCount + report.WarningCount + report.InfoCount;
    }

    [Benchmark(Description = WithoutLifecycle)]
    public int ValidateWithoutLifecycle()
    {
        var report = _withoutLifecycle.Validate(_bytes);
        return report.ErrorCount + report.WarningCount + report.InfoCount;
    }

    [Benchmark(Description = "Validation, then the scores once more (perftargets report)")]
    public int ValidateThenScore()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        return report.ErrorCount + TargetScorer.Default.Score(report.Document!).Projects.Length;
    }

    [Benchmark(Description = "TargetScorer.Score alone (read document)")]
    public int Score() => TargetScorer.Default.Score(_document).Projects.Length;

    private const string ReaderPass = "Utf8JsonReader pass";
    private const string WithLifecycle = "Validation with lifecycle rules";
    private const string WithoutLifecycle = "Validation without lifecycle rules";

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new AddedPassesColumn());

            // On a shared machine, PERFTARGETS_BENCH_CPU_CLOCK=1 times the benchmark thread's CPU time instead of the
            // wall clock (20 iterations, in process, as a custom clock cannot be handed to a generated project), so that
            // time spent waiting for a core is not counted.
            if (Environment.GetEnvironmentVariable("PERFTARGETS_BENCH_CPU_CLOCK") == "1")
            {
                AddJob(Job.Default.WithClock(new ThreadCpuClock()).WithToolchain(InProcessEmitToolchain.Instance)
                    .WithWarmupCount(3).WithIterationCount(20).WithId("CpuClock"));
            }
        }
    }

    /// <summary>The CPU time of the calling thread (Linux, <c>CLOCK_THREAD_CPUTIME_ID</c>), in nanoseconds.</summary>
    private sealed class ThreadCpuClock : IClock
    {
        public string Title => "Thread CPU time";

        public bool IsAvailable => OperatingSystem.IsLinux();

        public Frequency Frequency => Frequency.GHz;

        public long GetTimestamp()
        {
            _ = NativeMethods.clock_gettime(3, out var now);
            return (now.Seconds * 1_000_000_000) + now.Nanoseconds;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int clock_gettime(int clock, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        internal struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }

    /// <summary>(validation with the lifecycle rules − validation without them) / reader pass, by the means of the same run and sample.</summary>
    private sealed class AddedPassesColumn : IColumn
    {
        public string Id => nameof(AddedPassesColumn);

        public string ColumnName => "Added passes";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "What the lifecycle rules and their scoring add to the validation, in reader passes: (with − without) / reader pass (goal ≤ 1)";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'') != WithLifecycle)
            {
                return "-";
            }

            double? Mean(string description) => summary.Reports
                .Where(r => r.BenchmarkCase.Parameters.Items.Select(p => p.Value).SequenceEqual(benchmarkCase.Parameters.Items.Select(p => p.Value)) &&
                            r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'') == description)
                .Select(r => r.ResultStatistics?.Mean)
                .FirstOrDefault();

            return Mean(WithLifecycle) is { } with && Mean(WithoutLifecycle) is { } without && Mean(ReaderPass) is { } pass && pass > 0
                ? ((with - without) / pass).ToString("+0.00;-0.00", CultureInfo.InvariantCulture)
                : "?";
        }
    }
}
