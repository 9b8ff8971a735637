using BenchmarkDotNet.Attributes;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Importing a Word document of 100 and of 1,000 project tables (the seed's tables repeated, <see cref="ScaleData"/>,
/// exported by <see cref="TargetRendering.ToDocx"/>), against reading the same document as JSON (the baseline). The
/// growth from 100 to 1,000 tables gives the exponent (log of the time ratio over log 10: 1 is linear). Judge by Ratio
/// and Alloc Ratio.
/// </summary>
[MemoryDiagnoser]
public class DocxScaleBenchmarks
{
    private static readonly ImportOptions Options = ImportOptions.Default;

    private byte[] _json = [];
    private byte[] _docx = [];

    [Params(100, 1000)]
    public int Tables { get; set; } = 100;

    [GlobalSetup]
    public void Setup()
    {
        var document = ScaleData.Document(Tables);
        _json = System.Text.Encoding.UTF8.GetBytes(TargetJson.WriteToString(document));
        _docx = TargetRendering.ToDocx(document);
        var check = TargetImporter.Import(_docx, Options);
        if (check.Document?.Projects.Length != Tables)
        {
            throw new InvalidOperationException("The DOCX of " + Tables + " tables imported as " + (check.Document?.Projects.Length ?? 0) + " projects: " + string.Join("; ", check.Diagnostics.Take(3)));
        }
    }

    [Benchmark(Baseline = true, Description = "JSON read of the document")]
    public TargetDocument? ReadJson() => TargetJson.Read(_json).Document;

    [Benchmark(Description = "DOCX import of the document")]
    public TargetDocument? ImportDocx() => TargetImporter.Import(_docx, Options).Document;
}
