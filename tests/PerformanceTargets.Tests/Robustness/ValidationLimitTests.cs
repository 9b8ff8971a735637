using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// The reader's limits as the validator reports them: at the limit the document is validated, just over it the report
/// holds one PT901 error that names the limit (and nothing else runs); the importer's limit through ValidateFile is PT902.
/// </summary>
public class ValidationLimitTests
{
    private static readonly TargetDocument Seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();
    private static readonly byte[] SeedBytes = TargetJson.Write(Seed);

    private static TargetValidator With(JsonReadOptions options) => TargetValidator.CreateBuilder().UseReadOptions(options).UseCulture(Language.English).Build();

    private static void Accepted(ValidationReport report)
    {
        Assert.NotNull(report.Document);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "PT901");
    }

    private static Finding Refused(ValidationReport report, string option)
    {
        Assert.Null(report.Document);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("PT901", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.False(report.IsValid);
        Assert.Contains(option, finding.Message, StringComparison.Ordinal);
        return finding;
    }

    [Fact]
    public void Input_size()
    {
        Accepted(With(new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length  } }).Validate(SeedBytes));
        Refused(With(new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length - 1  } }).Validate(SeedBytes), "MaxInputBytes");
        using var stream = new MemoryStream(SeedBytes);
        var limit = SeedBytes.Length - 1;
        var finding = Refused(With(new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = limit  } }).Validate(stream), "MaxInputBytes");

        // A stream is read only up to the limit, so the finding states the limit, never a size it did not measure.
        Assert.Contains("larger than " + limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes", finding.Message, StringComparison.Ordinal);
        using var atLimit = new MemoryStream(SeedBytes);
        Accepted(With(new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length  } }).Validate(atLimit));

        // A stream that does not know its length (a pipe, a network body) is read in chunks up to the limit.
        using var pipe = new PipeLike(SeedBytes);
        Assert.Contains("larger than", Refused(With(new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = limit  } }).Validate(pipe), "MaxInputBytes").Message, StringComparison.Ordinal);
        using var pipeAtLimit = new PipeLike(SeedBytes);
        Accepted(With(new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length  } }).Validate(pipeAtLimit));
    }

    /// <summary>A read-only stream that cannot seek and does not know its length.</summary>
    private sealed class PipeLike(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public void Depth()
    {
        static byte[] Nested(int depth) => Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"fiscalYear\":2024,\"projects\":[],\"x-n\":" + new string('[', depth - 1) + new string(']', depth - 1) + "}");
        Accepted(TargetValidator.Default.Validate(Nested(DocumentLimits.DefaultMaxDepth)));
        var finding = Refused(With(JsonReadOptions.Default).Validate(Nested(DocumentLimits.DefaultMaxDepth + 1)), "MaxDepth");
        Assert.StartsWith("/x-n", finding.Pointer, StringComparison.Ordinal);
        Assert.NotNull(finding.Location);
    }

    [Fact]
    public void String_length()
    {
        var bytes = TargetJson.Write(Seed with { Title = new string('题', 5000) });
        Accepted(With(new JsonReadOptions { Limits = new DocumentLimits { MaxStringLength = 5000  } }).Validate(bytes));
        var finding = Refused(With(new JsonReadOptions { Limits = new DocumentLimits { MaxStringLength = 4999  } }).Validate(bytes), "MaxStringLength");
        Assert.Equal("/title", finding.Pointer);
        Assert.True(finding.Location?.Line > 0);
    }

    [Fact]
    public void Projects_and_indicators()
    {
        Accepted(With(new JsonReadOptions { Limits = new DocumentLimits { MaxProjects = Seed.Projects.Length  } }).Validate(SeedBytes));
        Refused(With(new JsonReadOptions { Limits = new DocumentLimits { MaxProjects = Seed.Projects.Length - 1  } }).Validate(SeedBytes), "MaxProjects");
        Accepted(With(new JsonReadOptions { Limits = new DocumentLimits { MaxIndicators = Seed.IndicatorCount  } }).Validate(SeedBytes));
        Refused(With(new JsonReadOptions { Limits = new DocumentLimits { MaxIndicators = Seed.IndicatorCount - 1  } }).Validate(SeedBytes), "MaxIndicators");
    }

    [Fact]
    public void A_text_file_over_the_import_limit_is_pt902_with_pti002()
    {
        var size = new FileInfo(TestPaths.Seed).Length;
        var accepted = TargetValidator.Default.ValidateFile(TestPaths.Seed, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = size  } });
        Assert.NotNull(accepted.Document);
        var refused = TargetValidator.Default.ValidateFile(TestPaths.Seed, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = size - 1  } });
        Assert.Null(refused.Document);
        var finding = Assert.Single(refused.Findings);
        Assert.Equal("PT902", finding.RuleId);
        Assert.StartsWith(ImportDiagnosticCodes.InputTooLarge + ":", finding.Message, StringComparison.Ordinal);
    }
}
