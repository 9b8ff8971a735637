using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Cost against size: documents of 10 to 10,000 projects built from the seed. Time and allocation should grow
/// linearly; benchmarks/README.md states the fitted slope per project and the worst ratio to linear.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private byte[] _bytes = [];
    private TargetDocument _document = null!;

    [Params(10, 100, 1000, 10000)]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = ScaleData.Document(Projects);
        _bytes = TargetJson.Write(_document);
    }

    [Benchmark(Description = "read")]
    public TargetDocument Read() => TargetJson.Read(_bytes).GetDocumentOrThrow();

    [Benchmark(Description = "write")]
    public byte[] Write() => TargetJson.Write(_document);
}
