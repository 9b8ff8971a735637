using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Reading and writing the exchange format, against a bare <see cref="Utf8JsonReader"/> pass over the same bytes
/// (the baseline: the least any reader can do). Judge by Ratio and Alloc Ratio.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RobustRatiosConfig))]
public class ReadWriteBenchmarks
{
    private byte[] _bytes = [];
    private TargetDocument _document = null!;

    [Params("guanting-2024-excerpt.json")]
    public string Sample { get; set; } = "guanting-2024-excerpt.json";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchmarkData.Sample(Sample));
        _document = TargetJson.Read(_bytes).GetDocumentOrThrow();
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

    [Benchmark(Description = "TargetJson.Read")]
    public TargetDocument Read() => TargetJson.Read(_bytes).GetDocumentOrThrow();


    [Benchmark(Description = "TargetJson.Write")]
    public byte[] Write() => TargetJson.Write(_document);
}
