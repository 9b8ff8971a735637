using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Schema;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// Validation of the seed, side by side in one run: a bare <see cref="Utf8JsonReader"/> pass over the same bytes (the
/// baseline), the full validation (stage 1 and every rule), the validation with its SARIF report, NJsonSchema alone,
/// and the parts; once on the sample as written (indented) and once minified to one line, as machines write exchange
/// files. Judge by Ratio: the goals are read at most 2 reader passes, the full validation at most 3, the validation
/// with its SARIF report (every finding's text, pointer and line) at most 6 and at least 10 times faster than
/// NJsonSchema alone. Two floors show what any reader of this design cannot avoid beside the pass (every token's offset,
/// every string, every number; no objects, names or checks), to judge those goals by, on the minified document above all.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RobustRatiosConfig))]
public class ValidationBenchmarks
{
    private byte[] _bytes = [];
    private string _text = string.Empty;
    private TargetDocument _document = null!;
    private NJsonSchema.JsonSchema _schema = null!;

    // The floors' stores: big enough for every token of the seed (3,988), so that nothing is overwritten in a way
    // the compiler could see through; allocated once, as a reader's arrays would be kept.
    private const int FloorSlots = 8192;
    private readonly int[] _offsets = new int[FloorSlots];
    private readonly string[] _strings = new string[FloorSlots];
    private readonly PerformanceTargets.Json.Codec.StringPool _pool = new();

    [Params("guanting-2024.json")]
    public string Sample { get; set; } = "guanting-2024.json";

    /// <summary>Gets or sets whether the sample is minified to one line first (numbers and strings kept as written).</summary>
    [Params(false, true)]
    public bool Minified { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchmarkData.Sample(Sample));
        if (Minified)
        {
            using var parsed = JsonDocument.Parse(_bytes);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                parsed.WriteTo(writer);
            }

            _bytes = buffer.ToArray();
        }

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

    /// <summary>
    /// A floor under any reader that gives the model its text: the reader pass, and besides it only what every such reader
    /// must do with each token, with no objects, no property names matched, no checks: the offset of every token kept (for
    /// locations), every string value decoded to a new string, every number parsed as a decimal.
    /// </summary>
    [Benchmark(Description = "Floor: pass + offsets, strings decoded, numbers")]
    public int FloorDecoded()
    {
        var reader = new Utf8JsonReader(_bytes);
        var offsets = _offsets;
        var strings = _strings;
        var tokens = 0;
        var count = 0;
        while (reader.Read())
        {
            offsets[tokens++ & (FloorSlots - 1)] = (int)reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.String)
            {
                strings[count++ & (FloorSlots - 1)] = reader.GetString()!;
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
            {
                tokens += (int)value & 1;
            }
        }

        return tokens + count;
    }

    /// <summary>
    /// The same floor with the strings shared through the reader's own pool (<c>Json/Codec/StringPool.cs</c>), which keeps
    /// them from read to read as <see cref="TargetJson.Read(byte[], JsonReadOptions?)"/> does: what is left when decoding
    /// costs nothing but a look-up.
    /// </summary>
    [Benchmark(Description = "Floor: the same, strings shared (the reader's pool)")]
    public int FloorShared()
    {
        var reader = new Utf8JsonReader(_bytes);
        var offsets = _offsets;
        var strings = _strings;
        var pool = _pool;
        var tokens = 0;
        var count = 0;
        while (reader.Read())
        {
            offsets[tokens++ & (FloorSlots - 1)] = (int)reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.String)
            {
                strings[count++ & (FloorSlots - 1)] = pool.Get(ref reader);
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
            {
                tokens += (int)value & 1;
            }
        }

        return tokens + count;
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

    /// <summary>The user's real job: the validation and its SARIF report (every finding's text, pointer, line and column) written to a stream.</summary>
    [Benchmark(Description = "Full validation + SARIF report")]
    public long ValidateAndSarif()
    {
        var report = TargetValidator.Default.Validate(_bytes);
        var sink = new CountingStream();
        ValidationReportWriter.WriteSarif([report], sink);
        return sink.Length;
    }

    [Benchmark(Description = "NJsonSchema alone")]
    public int NJsonSchemaAlone() => _schema.Validate(Encoding.UTF8.GetString(_bytes)).Count;

    [Benchmark(Description = "TargetJson.Read (fast path of stage 1)")]
    public TargetDocument Read() => TargetJson.Read(_bytes).GetDocumentOrThrow();

    [Benchmark(Description = "Rules on a read document (stage 2)")]
    public int Rules() => TargetValidator.Default.Validate(_document).WarningCount;
}

/// <summary>A stream that only counts what is written to it, so that the benchmark measures the writing, not a buffer.</summary>
internal sealed class CountingStream : Stream
{
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => _length += count;

    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
}
