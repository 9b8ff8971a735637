using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Cost against size on one-line (minified) exchange files, as machines write them: 100, 1,000 and 10,000 projects
/// built from the seed (<see cref="ScaleData"/>) and written without indentation. Locating a finding used to count
/// its column from the start of its line, which made validation quadratic on one long line (4,000 projects: 2 s
/// indented, 260 s minified). A Ratio to the bare reader pass that stays the same from 100 to 10,000 projects is a
/// linear cost; benchmarks/README.md states the fitted exponent.
/// </summary>
[MemoryDiagnoser]
public class MinifiedScaleBenchmarks
{
    private byte[] _bytes = [];

    [Params(100, 1000, 10000)]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var indented = TargetJson.Write(ScaleData.Document(Projects));
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
}
