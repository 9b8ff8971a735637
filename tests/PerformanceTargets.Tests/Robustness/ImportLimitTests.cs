using PerformanceTargets.Model;
using System.IO.Compression;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Tests.Import;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// <see cref="DocumentLimits.MaxInputBytes"/>: accepted at the limit, refused just over it with PTI002 (which names the
/// size, the limit and the option), for bytes, streams, files, decoded text and the unpacked parts of an XLSX workbook.
/// </summary>
public class ImportLimitTests
{
    private static readonly byte[] SeedBytes = File.ReadAllBytes(TestPaths.Seed);

    private static void Accepted(ImportResult result)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InputTooLarge);
        Assert.NotNull(result.Document);
    }

    private static ImportDiagnostic Refused(ImportResult result)
    {
        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("MaxInputBytes", error.HintText?.English, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Bytes_at_and_over_the_limit()
    {
        Accepted(TargetImporter.Import(SeedBytes, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length  } }));
        var error = Refused(TargetImporter.Import(SeedBytes, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length - 1  } }));
        Assert.Contains(SeedBytes.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("上限", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_at_and_over_the_limit()
    {
        using (var stream = new MemoryStream(SeedBytes))
        {
            Accepted(TargetImporter.Import(stream, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length  } }));
        }

        using var over = new MemoryStream(SeedBytes);
        Refused(TargetImporter.Import(over, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length - 1  } }));
    }

    [Fact]
    public void A_file_at_and_over_the_limit()
    {
        Accepted(TargetImporter.Import(TestPaths.Seed, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length  } }));
        var error = Refused(TargetImporter.Import(TestPaths.Seed, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = SeedBytes.Length - 1  } }));
        Assert.Equal(TestPaths.Seed, error.File);
    }

    [Fact]
    public void Decoded_text_at_and_over_the_limit_in_utf8_bytes()
    {
        var text = Encoding.UTF8.GetString(SeedBytes);
        var utf8 = Encoding.UTF8.GetByteCount(text);
        Assert.True(utf8 > text.Length, "the seed's Chinese text takes more UTF-8 bytes than characters");
        Accepted(TargetImporter.ImportText(text, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = utf8  } }));
        Refused(TargetImporter.ImportText(text, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = utf8 - 1  } }));
    }

    [Fact]
    public void The_default_limit_is_64_mib()
    {
        Assert.Equal(64L * 1024 * 1024, DocumentLimits.Default.MaxInputBytes);
        Refused(TargetImporter.Import(new byte[DocumentLimits.DefaultMaxInputBytes + 1]));
        using var stream = new NeverEndingStream();
        Refused(TargetImporter.Import(stream));
        Assert.InRange(stream.Position, DocumentLimits.DefaultMaxInputBytes, DocumentLimits.DefaultMaxInputBytes + (1024 * 1024));
    }

    [Fact]
    public void The_unpacked_parts_of_a_workbook_at_and_over_the_limit()
    {
        var workbook = XlsxBuilder.Build(("绩效目标", [
            ["项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"],
            ["官厅镇村干部工资", 67.54, "产出指标", "数量指标", "行政村数量", "21个"],
        ]));
        var unpacked = UnpackedSize(workbook);
        Assert.True(unpacked > workbook.Length, "the parts of a workbook are compressed");
        Accepted(TargetImporter.Import(workbook, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = unpacked }, FiscalYear = 2024 }));
        var error = Refused(TargetImporter.Import(workbook, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = unpacked - 1 }, FiscalYear = 2024 }));
        Assert.Contains("unpacked", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("解压", error.Text.Chinese, StringComparison.Ordinal);
    }

    internal static long UnpackedSize(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.Sum(e => e.Length);
    }

    /// <summary>A stream of spaces without end: the importer must stop reading at the limit.</summary>
    private sealed class NeverEndingStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
