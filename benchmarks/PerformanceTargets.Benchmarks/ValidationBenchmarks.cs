using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Schema;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Validation of the seed, side by side in one run: a bare <see cref="Utf8JsonReader"/> pass over the same bytes (the
/// baseline), the full validation (stage 1 and every rule), NJsonSchema alone, and the parts. Judge by Ratio: the
/// goal for the full validation is at most 3 reader passes; NJsonSchema alone costs about 30.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private byte[] _bytes = [];
    private string _text = string.Empty;
    private TargetDocument _document = null!;
    private NJsonSchema.JsonSchema _schema = null!;

    [Params("guanting-2024.json")]
    public string Sample { get; set; } = "guanting-2024.json";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchmarkData.Sample(Sample));
        _text = Encoding.UTF8.GetString(_bytes);
        _document = TargetJson.Read(_bytes).GetDocumentOrThrow();
        _schema = TargetSchema.CreateJsonSchema();
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

    /// <summary>What a finance system calls on every exchange file: read, schema, all rules; decides IsValid and the findings.</summary>
    [Benchmark(Description = "Full validation (schema + all rules)")]
    public int Validate()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        return report.ErrorCount + report.WarningCount + report.InfoCount;
    }

    /// <summary>The same, then every finding's text and source line composed, as a report writer does.</summary>
    [Benchmark(Description = "Full validation + every message and line")]
    public int ValidateAndCompose()
    {
        var total = 0;
        foreach (var finding in TargetValidator.Default.Validate(_bytes).Findings)
        {
            total += finding.Message.Length + (finding.Hint?.Length ?? 0) + (finding.Location?.Line ?? 0);
        }

        return total;
    }

    [Benchmark(Description = "NJsonSchema alone")]
    public int NJsonSchemaAlone() => _schema.Validate(Encoding.UTF8.GetString(_bytes)).Count;

    [Benchmark(Description = "TargetJson.Read (fast path of stage 1)")]
    public TargetDocument Read() => TargetJson.Read(_bytes).GetDocumentOrThrow();

    [Benchmark(Description = "Rules on a read document (stage 2)")]
    public int Rules() => TargetValidator.Default.Validate(_document).WarningCount;
}
