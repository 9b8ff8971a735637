using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Cost against size on one-line (minified) exchange files, as machines write them, beside the same documents
/// indented: 1,000 and 10,000 projects built from the seed (<see cref="ScaleData"/>). Locating a finding used to count
/// its column from the start of its line, which made validation quadratic on one long line (4,000 projects: 2 s
/// indented, 260 s minified). Cases: the validation, the validation with its SARIF report, the review render (the
/// validation and the HTML with every finding beside its cell), and the report (what <c>perftargets report</c> makes
/// of one document: the JSON, the HTML, the review HTML, the Markdown, the Word file and the Word review, and the SARIF
/// log). A Ratio to the bare reader pass that stays the same from 1,000 to 10,000 projects is a linear cost;
/// benchmarks/README.md states the fitted exponents and the minified validation against the indented one (goal ≤ 1.2).
/// </summary>
[MemoryDiagnoser]
public class MinifiedScaleBenchmarks
{
    private static readonly RenderOptions Html = new() { Format = RenderFormat.Html };
    private static readonly RenderOptions Review = Html with { Review = true };
    private static readonly RenderOptions Markdown = Html with { Format = RenderFormat.Markdown };
    private static readonly RenderOptions Docx = Html with { Format = RenderFormat.Docx };

    private byte[] _bytes = [];

    [Params(1000, 10000)]
    public int Projects { get; set; }

    /// <summary>Gets or sets whether the document is on one line (true) or indented as the library writes it (false).</summary>
    [Params(true, false)]
    public bool Minified { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var indented = TargetJson.Write(ScaleData.Document(Projects));
        if (!Minified)
        {
            _bytes = indented;
            return;
        }

        using var parsed = JsonDocument.Parse(indented);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            parsed.WriteTo(writer);
        }

        _bytes = buffer.ToArray();
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

    [Benchmark(Description = "validate")]
    public int Validate() => TargetValidator.Default.Validate(_bytes).WarningCount;

    /// <summary>The validation and its SARIF report: every finding's text, pointer, line and column.</summary>
    [Benchmark(Description = "validate + SARIF report")]
    public long ValidateAndSarif()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        var sink = new CountingStream();
        ValidationReportWriter.WriteSarif([report], sink);
        return sink.Length;
    }

    /// <summary>The validation and the review page: every table with its findings beside their cells.</summary>
    [Benchmark(Description = "validate + review HTML")]
    public int ValidateAndReview()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        return TargetRenderer.Default.Render(report.Document!, Review, report).GetTextOrThrow().Length;
    }

    /// <summary>What <c>perftargets report</c> writes for one document, to memory.</summary>
    [Benchmark(Description = "report (JSON, HTML, review, Markdown, DOCX, DOCX review, SARIF)")]
    public long Report()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        var document = report.Document!;
        var sink = new CountingStream();
        sink.Write(TargetJson.Write(document));
        long length = sink.Length;
        length += TargetRenderer.Default.Render(document, Html).GetTextOrThrow().Length;
        length += TargetRenderer.Default.Render(document, Review, report).GetTextOrThrow().Length;
        length += TargetRenderer.Default.Render(document, Markdown).GetTextOrThrow().Length;
        foreach (var (options, findings) in new[] { (Docx, (ValidationReport?)null), (Docx with { Review = true }, report) })
        {
            // A Word package is written to a seekable stream, as the report does.
            using var word = new MemoryStream();
            TargetRenderer.Default.Render(document, word, options, findings).GetTextOrThrow();
            length += word.Length;
        }

        ValidationReportWriter.WriteSarif([report], sink);
        return length + sink.Length;
    }
}
