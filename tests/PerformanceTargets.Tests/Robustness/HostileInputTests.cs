using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Rules.Relevance;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// Inputs shaped to make work grow faster than their size, each of which once hung or exhausted memory (found by timing
/// hostile shapes at growing sizes, see benchmarks/README.md): they must now finish in time proportional to their size.
/// </summary>
public class HostileInputTests
{
    private static readonly TargetDocument Seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString(0, length);
    }

    /// <summary>Characters with no two neighbours repeated anywhere: no character pair of it occurs in another such text of a different start.</summary>
    private static string Distinct(int length, int start)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)(0x4E00 + ((start + (i * 7)) % 20000)));
        }

        return builder.ToString();
    }

    private static ValidationReport Timed(TargetDocument document, TimeSpan limit)
    {
        var bytes = TargetJson.Write(document);
        var watch = Stopwatch.StartNew();
        var report = TargetValidator.Default.Validate(bytes);
        FuzzTargets.Touch(report);
        watch.Stop();
        Assert.True(watch.Elapsed < limit, $"validation took {watch.Elapsed.TotalSeconds:F1} s");
        return report;
    }

    [Fact]
    public void A_use_of_funds_naming_another_long_project_name_is_compared_in_linear_time()
    {
        // PT404 compared the character pairs of the use of funds and of the name pair by pair: two 300,000-character
        // cells took about 45 s (1,000,000 characters, the reader's default limit per string, would take hours).
        var document = Seed with
        {
            Projects =
            [
                Seed.Projects[0] with { Name = Distinct(300_000, 0) },
                Seed.Projects[1] with { Name = Repeat("丙丁", 300_000), FundUse = Distinct(300_000, 0) },
            ],
        };
        var report = Timed(document, TimeSpan.FromSeconds(10));
        Assert.Contains(report.Findings, f => f.RuleId == "PT404" && f.Pointer == "/projects/1/fundUse");
    }

    [Fact]
    public void Thousands_of_leading_place_names_are_stripped_in_bounded_time()
    {
        // A project name of 100,000 place names ("甲乙镇甲乙镇…") that the department's long name contains at its end:
        // each was stripped after a search of the whole department name, 100,000 searches of 1,000,000 characters.
        var document = Seed with
        {
            Department = Seed.Department! with { Name = Repeat("x", 1_000_000) + "甲乙镇" },
            Projects = [Seed.Projects[0] with { Name = Repeat("甲乙镇", 300_000) + "工资" }],
        };
        Timed(document, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void An_integer_beyond_64_bits_where_a_string_belongs_is_a_schema_finding()
    {
        // Found by the validator's fuzz target (TestData/Fuzz/regressions/validate-json-996797252b179746.bin): NJsonSchema
        // threw InvalidCastException on the big integer, out of TargetValidator.Validate.
        var json = Encoding.UTF8.GetString(TargetJson.Write(Seed)).Replace("\"code\": \"13073024P00888510015C\"", "\"code\": 99999999999999999999999999999999999999", StringComparison.Ordinal);
        var report = TargetValidator.Default.ValidateJson(json);
        Assert.Null(report.Document);
        var finding = Assert.Single(report.Findings);
        Assert.Equal("PT002", finding.RuleId);
        Assert.Equal("/projects/0/code", finding.Pointer);

        // With the full schema report, on a document that reads (the big integer in an extension, where any value goes).
        var extension = Encoding.UTF8.GetString(TargetJson.Write(Seed)).Replace("\"fiscalYear\": 2024", "\"fiscalYear\": 2024, \"x-big\": 99999999999999999999999999999999999999", StringComparison.Ordinal);
        var full = TargetValidator.CreateBuilder().UseFullSchemaReport().Build().ValidateJson(extension);
        Assert.NotNull(full.Document);
        Assert.DoesNotContain(full.Findings, f => f.RuleId is "PT001" or "PT002");
    }

    [Property(MaxTest = 300)]
    public Property The_pair_overlap_of_long_texts_counts_as_the_pair_by_pair_comparison()
    {
        var text = Gen.Elements('甲', '乙', '丙', '丁', 'a', 'b').ArrayOf().Select(chars => new string(chars));
        var pairs = from a in text.Resize(200) from b in text.Resize(200) select (a, b);
        return Prop.ForAll(Arb.From(pairs), p => FundUseMismatchRule.Overlap(p.a, p.b) == PairByPair(p.a, p.b));
    }

    /// <summary>The definition: a Dice coefficient of at least one half over the character pairs, or one text inside the other.</summary>
    private static bool PairByPair(string name, string fundUse)
    {
        if (name.Contains(fundUse, StringComparison.Ordinal) || fundUse.Contains(name, StringComparison.Ordinal))
        {
            return true;
        }

        var pairsA = Math.Max(name.Length - 1, 0);
        var pairsB = Math.Max(fundUse.Length - 1, 0);
        if (pairsA + pairsB == 0)
        {
            return false;
        }

        var shared = 0;
        for (var i = 0; i < pairsA; i++)
        {
            for (var j = 0; j < pairsB; j++)
            {
                if (name[i] == fundUse[j] && name[i + 1] == fundUse[j + 1])
                {
                    shared++;
                    break;
                }
            }
        }

        return 2.0 * shared / (pairsA + pairsB) >= 0.5;
    }

    [Fact]
    public void A_workbook_that_unpacks_to_gigabytes_is_refused_before_it_is_read()
    {
        // About 300 KB of XLSX whose sheet unpacks to 73 MB of XML. The importer held the sheet's whole Open XML DOM: a
        // 250 KB workbook unpacking to 65 MB took 10 s and a peak of 1.2 GB; the part limit then was 512 M characters.
        var bomb = Workbook(rows: 450_000);
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = TargetImporter.Import(bomb);
        watch.Stop();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, error.Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 * 1024 * 1024);
    }

    [Fact]
    public void A_workbook_naming_one_sheet_part_many_times_reads_it_once()
    {
        // Read once, the part of 20,000 rows takes well under a second; read once per entry it would be 400 million
        // rows (hours). The bound only tells those apart, so it is wide enough for a loaded CI machine: it is a guard
        // against the endless walk, not a speed target (those live in the benchmarks).
        var workbook = Workbook(rows: 20_000, sheetEntries: 20_000);
        var watch = Stopwatch.StartNew();
        var result = TargetImporter.Import(workbook, new ImportOptions { FiscalYear = 2024 });
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), watch.Elapsed.ToString());
        Assert.Contains(result.Diagnostics, d => d.Code == "PTI202");
    }

    /// <summary>
    /// A hand-made XLSX: one worksheet part of a header row and <paramref name="rows"/> rows of four small cells, named
    /// by <paramref name="sheetEntries"/> sheet entries of the workbook. The header lacks required columns (PTI202).
    /// </summary>
    internal static byte[] Workbook(int rows, int sheetEntries = 1)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, Action<TextWriter> write)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                write(writer);
            }

            Add("[Content_Types].xml", w => w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
            Add("_rels/.rels", w => w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + relationships + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Add("xl/workbook.xml", w =>
            {
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + relationships + "\"><sheets>");
                for (var i = 1; i <= sheetEntries; i++)
                {
                    w.Write($"<sheet name=\"S{i}\" sheetId=\"{i}\" r:id=\"rId1\"/>");
                }

                w.Write("</sheets></workbook>");
            });
            Add("xl/_rels/workbook.xml.rels", w => w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + relationships + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
            Add("xl/worksheets/sheet1.xml", w =>
            {
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>");
                w.Write("<row><c t=\"inlineStr\"><is><t>项目名称</t></is></c><c t=\"inlineStr\"><is><t>一级指标</t></is></c><c t=\"inlineStr\"><is><t>三级指标</t></is></c><c t=\"inlineStr\"><is><t>指标值</t></is></c></row>");
                const string row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c t=\"inlineStr\"><is><t>x</t></is></c><c t=\"inlineStr\"><is><t>x</t></is></c><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
                for (var i = 0; i < rows; i++)
                {
                    w.Write(row);
                }

                w.Write("</sheetData></worksheet>");
            });
        }

        return stream.ToArray();
    }
}
