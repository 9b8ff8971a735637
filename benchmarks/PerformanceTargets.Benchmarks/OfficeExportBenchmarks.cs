using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// The Word export of the official layout and the Excel export of the flat layout, against the HTML render of the same
/// document with the built-in templates (the baseline). Judge by Ratio and Alloc Ratio. The Word export writes its XML
/// as it goes (an <c>XmlWriter</c> per part, straight into the zip entry); the Excel export builds the Open XML SDK's
/// element tree and writes it into the zip. Both write the zip once, in memory, with fixed entry times.
/// </summary>
[MemoryDiagnoser]
public class OfficeExportBenchmarks
{
    private static readonly RenderOptions Docx = new() { Format = RenderFormat.Docx };
    private static readonly RenderOptions Xlsx = new() { Format = RenderFormat.Xlsx };

    private TargetDocument _document = null!;

    [Params("guanting-2024.json", "guanting-2024-excerpt.json")]
    public string Sample { get; set; } = "guanting-2024.json";

    [GlobalSetup]
    public void Setup() => _document = TargetJson.ReadFile(BenchmarkData.Sample(Sample)).GetDocumentOrThrow();

    [Benchmark(Baseline = true, Description = "HTML (templates)")]
    public string Html() => TargetRenderer.Default.Render(_document).Text!;

    [Benchmark(Description = "DOCX export")]
    public long Word() => Export(Docx);

    [Benchmark(Description = "XLSX export")]
    public long Excel() => Export(Xlsx);

    private long Export(RenderOptions options)
    {
        using var stream = new MemoryStream();
        TargetRenderer.Default.Render(_document, stream, options);
        return stream.Length;
    }
}
