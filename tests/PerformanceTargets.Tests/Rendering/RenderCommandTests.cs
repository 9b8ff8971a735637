#if !LIBRARY_NETSTANDARD
// The CLI is tested against the net10.0 build only (the netstandard test project does not reference it).
using PerformanceTargets.Cli;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering;

/// <summary><c>perftargets render</c>.</summary>
public class RenderCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args) => RunWithInput(null, args);

    private static (int Exit, string Out, string Error) RunWithInput(string? stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new StringReader(stdin ?? string.Empty);
        var exit = CliApp.Run(args, stdout, stderr, input);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Render_writes_the_golden_html_and_markdown_of_the_seed()
    {
        var seed = TestPaths.Sample("guanting-2024.json");
        var html = Run("render", seed);
        Assert.Equal(0, html.Exit);
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.html")), html.Out);
        Assert.Empty(html.Error);

        using var temp = new TempDirectory();
        var output = temp.File("out/seed.md");
        Assert.Equal(0, Run("render", seed, "--format", "md", "-o", output).Exit);
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.md")), File.ReadAllText(output));
    }

    [Fact]
    public void Render_table_3_prints_that_table_alone_and_a_table_out_of_range_names_the_valid_range()
    {
        var seed = TestPaths.Sample("guanting-2024.json");
        var (exit, output, error) = Run("render", seed, "--table", "3");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(TargetRendering.ToHtml(RenderingFixtures.Seed, new RenderOptions { Tables = [2], TablesAlone = true }), output);
        Assert.DoesNotContain("class=\"cover\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"part-1\"", output, StringComparison.Ordinal);

        var markdown = Run("render", seed, "--table", "3", "--format", "md");
        Assert.Equal(0, markdown.Exit);
        Assert.Equal(TargetRenderer.Default.RenderTable(RenderingFixtures.Seed, 2, new RenderOptions { Format = RenderFormat.Markdown }).GetTextOrThrow(), markdown.Out);

        var review = Run("render", TestPaths.Seed, "--table", "3", "--review");
        Assert.Equal(0, review.Exit);
        Assert.Contains("<body class=\"review\">\n<section class=\"review-summary\"", review.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"cover\"", review.Out, StringComparison.Ordinal);

        var outside = Run("render", seed, "--table", "24", "--culture", "en");
        Assert.Equal(2, outside.Exit);
        Assert.Empty(outside.Out);
        Assert.Contains("--table '24' is not a table of the document; use a number from 1 to 23.", outside.Error, StringComparison.Ordinal);
        Assert.Contains("请用 1 到 23 的数字", Run("render", seed, "--table", "0").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_word_and_excel_files_and_the_review_as_word_comments()
    {
        var seed = TestPaths.Sample("guanting-2024.json");
        using var temp = new TempDirectory();
        Assert.Equal(0, Run("render", seed, "--format", "docx", "-o", temp.File("seed.docx")).Exit);
        Assert.Equal(TargetRendering.ToDocx(RenderingFixtures.Seed), File.ReadAllBytes(temp.File("seed.docx")));

        Assert.Equal(0, Run("render", seed, "--format", "xlsx", "-o", temp.File("seed.xlsx")).Exit);
        Assert.Equal(TargetRendering.ToXlsx(RenderingFixtures.Seed), File.ReadAllBytes(temp.File("seed.xlsx")));
        var back = PerformanceTargets.Import.TargetImporter.Import(temp.File("seed.xlsx"));
        Assert.Equal(RenderingFixtures.Seed.Projects.Length, back.Document!.Projects.Length);

        var (exit, _, error) = Run("render", seed, "--format", "docx", "--review", "--culture", "en", "-o", temp.File("review.docx"));
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(temp.File("review.docx"), false);
        var comments = word.MainDocumentPart!.WordprocessingCommentsPart!.Comments!;
        Assert.Equal(216, comments.ChildElements.Count);
        Assert.Contains("[Error]", comments.InnerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Render_refuses_to_write_a_binary_format_to_standard_output(string format)
    {
        var seed = TestPaths.Sample("guanting-2024.json");
        var (exit, output, error) = Run("render", seed, "--format", format);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("-o FILE." + format, error, StringComparison.Ordinal);

        Assert.Equal(2, Run("render", seed, "--format", format, "-o", "-").Exit);
        using var temp = new TempDirectory();
        var template = temp.File("t.scriban");
        File.WriteAllText(template, "x");
        Assert.Contains("--template", Run("render", seed, "--format", format, "-t", template, "-o", temp.File("x." + format)).Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("x." + format)));
    }

    [Fact]
    public void Render_refuses_a_review_in_excel()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = Run("render", TestPaths.Sample("guanting-2024.json"), "--format", "xlsx", "--review", "-o", temp.File("r.xlsx"));
        Assert.Equal(2, exit);
        Assert.Contains("--format docx --review", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_reads_standard_input_and_takes_culture_tables_and_merged_style()
    {
        var json = File.ReadAllText(TestPaths.Excerpt);
        var (exit, output, _) = RunWithInput(json, "render", "-", "--culture", "en", "--table", "2", "--repeat-merged");
        Assert.Equal(0, exit);
        var expected = TargetRendering.ToHtml(RenderingFixtures.Excerpt, new RenderOptions { Language = Language.English, Tables = [1], TablesAlone = true, MergedCells = MergedCellStyle.Repeat });
        Assert.Equal(expected, output);
    }

    [Fact]
    public void Review_takes_findings_from_a_json_file()
    {
        using var temp = new TempDirectory();
        var findings = temp.File("findings.json");
        File.WriteAllText(findings, """
            { "findings": [
              { "ruleId": "PT102", "severity": "error", "category": "completeness", "pointer": "/projects/0/code", "message": "校验位不符", "hint": "核对" },
              { "ruleId": "PT900", "severity": "info", "pointer": "", "message": "document" }
            ] }
            """);
        var (exit, output, error) = Run("render", TestPaths.Excerpt, "--review", "--findings", findings);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var code = HtmlTables.Rows(HtmlTables.Section(output, "table-1"), "header-block").SelectMany(r => r).Single(c => c.Class == "code");
        Assert.Equal(["PT102"], code.Rules);
        Assert.Contains("PT900", output, StringComparison.Ordinal);

        // Without --findings the document is validated and its own findings are shown.
        var validated = Run("render", TestPaths.Excerpt, "--review", "--culture", "en");
        Assert.Equal(0, validated.Exit);
        Assert.Contains("PT102", validated.Out, StringComparison.Ordinal);
        Assert.Contains("is the template&#39;s placeholder text", validated.Out.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("No findings", validated.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_file_replaces_the_document_template_and_a_folder_replaces_by_name()
    {
        using var temp = new TempDirectory();
        var file = temp.File("mine.scriban");
        File.WriteAllText(file, "{{ for project in projects }}{{ project.code }}\n{{ end }}");
        var (exit, output, _) = Run("render", TestPaths.Excerpt, "--template", file);
        Assert.Equal(0, exit);
        Assert.Equal("13073024P00888510015C\n13073024P00889410018Q\n13073024P00886210004D\n", output);

        Directory.CreateDirectory(temp.File("folder"));
        File.WriteAllText(temp.File("folder/markdown-table.scriban"), "* {{ project.name }}\n");
        var md = Run("render", TestPaths.Excerpt, "--template", temp.File("folder"), "--format", "md");
        Assert.Equal(0, md.Exit);
        Assert.Contains("* 官厅镇村干部工资\n", md.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ if }}", "syntax error")]
    [InlineData("ok\n{{ nosuch }}", "(2,4): runtime error")]
    public void Template_errors_are_one_line_with_position_and_exit_2(string template, string expected)
    {
        using var temp = new TempDirectory();
        var file = temp.File("bad.scriban");
        File.WriteAllText(file, template);
        var (exit, output, error) = Run("render", TestPaths.Excerpt, "--template", file);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("bad.scriban", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "no-such-file.json")]
    [InlineData("render", "SAMPLE", "--format", "pdf")]
    [InlineData("render", "SAMPLE", "--culture", "fr")]
    [InlineData("render", "SAMPLE", "--table", "4")]
    [InlineData("render", "SAMPLE", "--table", "x")]
    [InlineData("render", "SAMPLE", "--findings", "x.json")]
    [InlineData("render", "SAMPLE", "--template", "no-such-template")]
    [InlineData("render", "SAMPLE", "--review", "--findings", "no-such-findings.json")]
    public void Usage_and_input_errors_are_one_line_and_exit_2(params string[] args)
    {
        var (exit, output, error) = Run([.. args.Select(a => a == "SAMPLE" ? TestPaths.Excerpt : a)]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("perftargets: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_document_is_reported_with_its_position()
    {
        using var temp = new TempDirectory();
        var file = temp.File("bad.json");
        File.WriteAllText(file, "{ \"schemaVersion\": \"1.0\", \"fiscalYear\": 2024 }");
        var (exit, _, error) = Run("render", file, "--culture", "en");
        Assert.Equal(2, exit);
        Assert.Contains("could not be read: 1 error(s)", error, StringComparison.Ordinal);
        Assert.Contains(file + ":1:1 /projects: The required property \"projects\" is missing", error, StringComparison.Ordinal);

        // The reader's messages follow --culture, zh-CN by default.
        (exit, _, error) = Run("render", file);
        Assert.Equal(2, exit);
        Assert.Contains(file + ":1:1 /projects: 缺少必填属性 \"projects\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_the_command()
    {
        var (exit, output, _) = Run("render", "--help", "--culture", "en");
        Assert.Equal(0, exit);
        Assert.Contains("Usage: perftargets render <file>", output, StringComparison.Ordinal);
        Assert.Contains("--review", output, StringComparison.Ordinal);
        Assert.Contains("render", Run("--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_extraction_is_imported_on_the_fly_and_renders_like_its_json()
    {
        var fromText = Run("render", TestPaths.Seed, "--format", "md");
        var fromJson = Run("render", TestPaths.Sample("guanting-2024.json"), "--format", "md");
        Assert.Equal(0, fromText.Exit);
        Assert.Equal(fromJson.Out, fromText.Out);
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.md")), fromText.Out);
    }
}
#endif
