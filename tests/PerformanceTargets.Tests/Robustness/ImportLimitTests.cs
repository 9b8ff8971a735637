using PerformanceTargets.Model;
using System.IO.Compression;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Import;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// <see cref="DocumentLimits"/> on import, each accepted at the limit and refused just over it: the input size
/// (PTI002, which names the size, the limit and the option) for bytes, streams, files, decoded text and the unpacked
/// parts of an XLSX workbook; and the limits the JSON reader applies to what import produces — a value's length
/// (PTI012, located at its cell, never truncated) and the numbers of projects and indicators (PTI013, no document) —
/// so that whatever import gives, the JSON reader reads back under the same limits.
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

    private static readonly string[] FlatHeader = ["项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标解释", "指标值"];

    private static byte[] FlatCsv(params string[][] rows) =>
        Encoding.UTF8.GetBytes("2024年\n单位：万元\n" + string.Join(",", FlatHeader) + "\n" + string.Concat(rows.Select(r => string.Join(",", r) + "\n")));

    /// <summary>The imported document written as JSON and read back under the same limits: what import accepts, the reader accepts.</summary>
    private static void ReadsBackUnder(DocumentLimits limits, ImportResult result)
    {
        var read = TargetJson.Read(TargetJson.Write(result.Document!), new JsonReadOptions { Limits = limits });
        Assert.True(read.Success, string.Join("\n", read.Errors));
        Assert.Equal(result.Document, read.Document);
    }

    [Fact]
    public void A_csv_cell_of_ten_million_characters_is_refused_at_its_cell_and_the_rest_reads_back_as_json()
    {
        var huge = new string('长', 10_000_000);
        var bytes = FlatCsv(
            ["官厅镇村干部工资", "67.54", "产出指标", "数量指标", "行政村数量", "经费保障行政村数量", "21个"],
            ["", "", "", "质量指标", "足额发放率", huge, "≥95%"],
            ["", "", "效益指标", "社会效益指标", "村级组织运转", "保障运转", "正常运转"]);
        var result = TargetImporter.Import(bytes, new ImportOptions { FileName = "huge.csv" });

        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.ValueTooLong, error.Code);
        Assert.Equal(("huge.csv", 5, 5, 6, 1), (error.Location!.File, error.Location.Line, error.Location.Row, error.Location.Cell, error.Location.Table));
        Assert.Contains("10,000,000 characters", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("MaxStringLength", error.HintText!.English, StringComparison.Ordinal);
        Assert.True(error.Text.English.Length < 400 && error.Text.Chinese.Length < 400, "a message quotes an excerpt, never the value");
        Assert.Equal("/projects/0/indicators/1/description", error.Pointer);
        Assert.False(result.Success);

        // The row is not imported (no value is silently cut), the rows around it are, and the document reads back as JSON.
        Assert.Equal(["行政村数量", "村级组织运转"], result.Document!.Projects.Single().Indicators.Select(i => i.Name));
        ReadsBackUnder(DocumentLimits.Default, result);
    }

    [Fact]
    public void A_value_at_the_string_limit_is_imported_and_one_over_it_is_refused()
    {
        var name = "官厅镇村干部工资";
        var bytes = FlatCsv([name, "67.54", "产出指标", "数量指标", "行政村数量", "说明", "21个"]);
        var limits = new DocumentLimits { MaxStringLength = name.Length };
        var accepted = TargetImporter.Import(bytes, new ImportOptions { Limits = limits });
        Assert.True(accepted.Success, string.Join("\n", accepted.Diagnostics));
        ReadsBackUnder(limits, accepted);

        var refused = TargetImporter.Import(bytes, new ImportOptions { Limits = limits with { MaxStringLength = name.Length - 1 } });
        var error = Assert.Single(refused.Errors());
        Assert.Equal((ImportDiagnosticCodes.ValueTooLong, 4, 1), (error.Code, error.Location!.Line, error.Location.Cell));
        Assert.Contains("the project was not imported", error.Text.English, StringComparison.Ordinal);
        Assert.Empty(refused.Document!.Projects);

        // The text layout: a title joined from two lines is one value, checked as a whole.
        var title = ImportFixtures.SeedDocument.Title!;
        var seed = File.ReadAllBytes(TestPaths.Seed);
        var longest = ImportFixtures.LeafPointers(ImportFixtures.SeedDocument).Select(p => ImportFixtures.At(ImportFixtures.SeedDocument, p))
            .Where(v => v.ValueKind == System.Text.Json.JsonValueKind.String).Max(v => v.GetString()!.Length);
        var seedLimits = new DocumentLimits { MaxStringLength = longest };
        var whole = TargetImporter.Import(seed, new ImportOptions { Limits = seedLimits });
        Assert.True(whole.Success, string.Join("\n", whole.Diagnostics));
        ReadsBackUnder(seedLimits, whole);
        var cut = TargetImporter.Import(seed, new ImportOptions { Limits = seedLimits with { MaxStringLength = title.Length - 1 } });
        Assert.Contains(cut.Errors(), e => e.Code == ImportDiagnosticCodes.ValueTooLong && e.Location!.Line == 4 && e.Text.English.Contains("the title", StringComparison.Ordinal));
        Assert.Null(cut.Document!.Title);
        ReadsBackUnder(seedLimits with { MaxStringLength = title.Length - 1 }, cut);
    }

    [Fact]
    public void Projects_over_the_limit_are_refused_with_no_document()
    {
        var limits = new DocumentLimits { MaxProjects = 23 };
        var accepted = TargetImporter.Import(SeedBytes, new ImportOptions { Limits = limits });
        Assert.True(accepted.Success);
        ReadsBackUnder(limits, accepted);

        var refused = TargetImporter.Import(SeedBytes, new ImportOptions { Limits = new DocumentLimits { MaxProjects = 22 }, FileName = "seed.txt" });
        Assert.Null(refused.Document);
        Assert.DoesNotContain(refused.Diagnostics, d => d.Severity == Severity.Warning); // the contents are not checked against tables not read
        var error = Assert.Single(refused.Errors());
        Assert.Equal(ImportDiagnosticCodes.TooManyValues, error.Code);
        Assert.Equal((23, ImportFixtures.SeedResult.SourceMap.Find("/projects/22")!.Line), (error.Location!.Table, error.Location.Line));
        Assert.Contains("22 projects (DocumentLimits.MaxProjects)", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("DocumentLimits.MaxProjects", error.HintText!.English, StringComparison.Ordinal);

        var rows = Enumerable.Range(1, 3).Select(i => new[] { "项目" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "1", "产出指标", "数量指标", "个数", string.Empty, "1个" }).ToArray();
        Assert.Equal(3, TargetImporter.Import(FlatCsv(rows), new ImportOptions { Limits = new DocumentLimits { MaxProjects = 3 } }).Document!.Projects.Length);
        var flat = TargetImporter.Import(FlatCsv(rows), new ImportOptions { Limits = new DocumentLimits { MaxProjects = 2 } });
        Assert.Null(flat.Document);
        Assert.Equal((ImportDiagnosticCodes.TooManyValues, 6), (Assert.Single(flat.Errors()).Code, Assert.Single(flat.Errors()).Location!.Line));
    }

    [Fact]
    public void Indicators_over_the_limit_are_refused_with_no_document()
    {
        var limits = new DocumentLimits { MaxIndicators = 179 };
        var accepted = TargetImporter.Import(SeedBytes, new ImportOptions { Limits = limits });
        Assert.True(accepted.Success);
        ReadsBackUnder(limits, accepted);

        var refused = TargetImporter.Import(SeedBytes, new ImportOptions { Limits = new DocumentLimits { MaxIndicators = 178 } });
        Assert.Null(refused.Document);
        var error = Assert.Single(refused.Errors());
        Assert.Equal(ImportDiagnosticCodes.TooManyValues, error.Code);
        Assert.Equal((23, ImportFixtures.SeedResult.SourceMap.Find("/projects/22/indicators/6")!.Line), (error.Location!.Table, error.Location.Line));
        Assert.Contains("178 indicator rows (DocumentLimits.MaxIndicators)", error.Text.English, StringComparison.Ordinal);
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
