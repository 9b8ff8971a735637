using BenchmarkDotNet.Attributes;
using PerformanceTargets.Import;
using PerformanceTargets.Model;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Importing the seed as a Word document (<c>samples/guanting-2024.docx</c>: 23 project tables with merged cells)
/// against importing its text extraction (the baseline: the same tables through the same layouts and builder). The
/// ratio is what reading WordprocessingML costs on top. Judge by Ratio and Alloc Ratio.
/// </summary>
[MemoryDiagnoser]
public class DocxImportBenchmarks
{
    private static readonly ImportOptions Options = ImportOptions.Default;

    private byte[] _text = [];
    private byte[] _docx = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllBytes(BenchmarkData.Sample("guanting-2024.txt"));
        _docx = File.ReadAllBytes(BenchmarkData.Sample("guanting-2024.docx"));
    }

    [Benchmark(Baseline = true, Description = "text import of the seed")]
    public TargetDocument? ImportText() => TargetImporter.Import(_text, Options).Document;

    [Benchmark(Description = "DOCX import of the seed")]
    public TargetDocument? ImportDocx() => TargetImporter.Import(_docx, Options).Document;
}
