using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Model;
using static PerformanceTargets.Tests.Import.DocxBuilder;

namespace PerformanceTargets.Tests.Import;

/// <summary>Bad Word input: a clear error, nothing half-written, never a crash.</summary>
public class DocxBadInputTests
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>An OLE compound file whose directory names <paramref name="streams"/> (as UTF-16, as the format stores them).</summary>
    private static byte[] Compound(params string[] streams) =>
        [.. Ole, .. new byte[504], .. streams.SelectMany(s => Encoding.Unicode.GetBytes(s).Concat(new byte[64 - (2 * s.Length)]))];

    private static ImportResult Import(byte[] bytes, string name = "目标表.docx", DocumentLimits? limits = null) =>
        TargetImporter.Import(bytes, new ImportOptions { FileName = name, Limits = limits ?? DocumentLimits.Default });

    private static ImportDiagnostic RefusedWith(ImportResult result, string code)
    {
        Assert.Null(result.Document);
        Assert.Equal(0, result.SourceMap.Count);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors());
        Assert.Equal(code, error.Code);
        Assert.NotNull(error.HintText);
        Assert.Contains(error.Text.Chinese, c => c >= '\u4E00' && c <= '\u9FFF');
        return error;
    }

    [Fact]
    public void An_old_binary_doc_is_refused_as_Word_97_2003()
    {
        var error = RefusedWith(Import(Compound("Root Entry", "WordDocument", "1Table"), "目标表.doc"), ImportDiagnosticCodes.UnsupportedFormat);
        Assert.Equal("The input is a Word 97-2003 document (.doc), which is not read.", error.Text.English);
        Assert.Contains("另存为 .docx", error.HintText!.Chinese, StringComparison.Ordinal);
        Assert.Equal("目标表.doc", error.File);
    }

    [Fact]
    public void An_encrypted_document_is_refused_as_encrypted()
    {
        var error = RefusedWith(Import(Compound("Root Entry", "EncryptionInfo", "EncryptedPackage")), ImportDiagnosticCodes.UnsupportedFormat);
        Assert.Equal("The input is an encrypted (password-protected) Office document, which cannot be read.", error.Text.English);
        Assert.Contains("已加密", error.Text.Chinese, StringComparison.Ordinal);
        Assert.Contains("password", error.HintText!.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_without_a_target_table_is_an_error_naming_what_was_looked_for()
    {
        var docx = Build("封面", "目录", new Tbl([["一、总体绩效目标", "1"], ["二、分项绩效目标", "2"]]), "正文段落。");
        var error = RefusedWith(Import(docx), ImportDiagnosticCodes.UnknownLayout);
        Assert.StartsWith("The Word document holds no performance target table", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("1 table(s) were not imported", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("没有绩效目标表", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_forced_to_a_layout_it_does_not_hold_is_an_error()
    {
        var error = RefusedWith(TargetImporter.Import(DocxSeedTests.Docx, new ImportOptions { Layout = ImportLayout.Flat }), ImportDiagnosticCodes.UnknownLayout);
        Assert.Contains("no flat table", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_zip_is_refused_as_damaged()
    {
        var docx = DocxSeedTests.Docx;
        var error = RefusedWith(Import(docx.Take(docx.Length / 2).ToArray()), ImportDiagnosticCodes.UnsupportedFormat);
        Assert.StartsWith("The input is a damaged ZIP file", error.Text.English, StringComparison.Ordinal);
        Assert.StartsWith("输入是已损坏的 ZIP 文件", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_whose_document_part_is_not_WordprocessingML_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<not-closed");
        }

        var error = RefusedWith(Import(stream.ToArray()), ImportDiagnosticCodes.UnsupportedFormat);
        Assert.StartsWith("The input is a ZIP file but not a readable Word document (.docx)", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_its_declared_unpacked_size_without_unpacking_it()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            {
                writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
            }

            using var bomb = zip.CreateEntry("word/media/image1.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 70; i++)
            {
                bomb.Write(zeros);
            }
        }

        var bytes = stream.ToArray();
        Assert.True(bytes.Length < 500_000);
        var clock = Stopwatch.StartNew();
        var error = RefusedWith(Import(bytes), ImportDiagnosticCodes.InputTooLarge);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.StartsWith("The document is too large unpacked: its parts hold 73,400,", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("the limit is 67,108,864 bytes", error.Text.English, StringComparison.Ordinal);
        Assert.StartsWith("文档解压后过大", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_docx_under_a_smaller_unpacked_limit_is_refused()
    {
        var docx = DocxSeedTests.Docx;
        RefusedWith(Import(docx, limits: new DocumentLimits { MaxInputBytes = docx.Length + 1 }), ImportDiagnosticCodes.InputTooLarge);
    }

    [Fact]
    public void An_xlsx_renamed_docx_is_imported_as_the_workbook_it_is_with_a_warning()
    {
        object?[][] rows =
        [
            ["2024年项目支出绩效目标表"],
            ["单位名称", "项目名称", "预算数（万元）", "一级指标", "二级指标", "三级指标", "指标值"],
            ["怀来县官厅镇人民政府", "官厅镇村干部工资", 67.54, "产出指标", "数量指标", "行政村数量", "21个"],
        ];
        var result = Import(XlsxBuilder.Build(("绩效目标", rows)), "目标表.docx");
        Assert.NotNull(result.Document);
        Assert.Equal(ImportLayout.Flat, result.Layout);
        Assert.Equal("官厅镇村干部工资", Assert.Single(result.Document.Projects).Name);
        var warning = Assert.Single(result.WithCode(ImportDiagnosticCodes.ContentMismatch));
        Assert.Equal(PerformanceTargets.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal("The file is named .docx but its content is an XLSX workbook; it was imported as an XLSX workbook.", warning.Text.English);
        Assert.Equal("文件扩展名为 .docx，但其内容是XLSX 工作簿；已按XLSX 工作簿导入。", warning.Text.Chinese);
    }

    [Fact]
    public void A_docx_renamed_xlsx_is_imported_as_the_document_it_is_with_a_warning()
    {
        var result = Import(DocxSeedTests.Docx, "目标表.xlsx");
        Assert.Equal(23, result.Document!.Projects.Length);
        Assert.Contains("a Word document (.docx)", Assert.Single(result.WithCode(ImportDiagnosticCodes.ContentMismatch)).Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_nested_hundreds_deep_in_a_cell_end_in_a_result()
    {
        DocumentFormat.OpenXml.OpenXmlElement inner = Para("最深处");
        for (var i = 0; i < 300; i++)
        {
            inner = new DocumentFormat.OpenXml.Wordprocessing.Table(
                new DocumentFormat.OpenXml.Wordprocessing.TableRow(new DocumentFormat.OpenXml.Wordprocessing.TableCell(inner, Para("层"))));
        }

        var result = Import(Build("封面", inner));
        Assert.Null(result.Document);
        Assert.Single(result.Errors());
    }

    [Fact]
    public void Mutations_of_the_seed_docx_end_in_a_result_never_an_exception()
    {
        var docx = DocxSeedTests.Docx;
        var random = new Random(14);
        for (var i = 0; i < 40; i++)
        {
            var bytes = (byte[])docx.Clone();
            for (var k = 0; k < 1 + (i % 8); k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var result = TargetImporter.Import(bytes);
            Assert.True(result.Document is not null || result.Errors().Any());
        }
    }
}
