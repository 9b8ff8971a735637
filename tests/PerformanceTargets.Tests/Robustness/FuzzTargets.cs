using System.Globalization;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// The fuzz targets, each a whole path a server would run on a received file, asserting what must hold on any input.
/// Each returns whether the input gave a document. <see cref="For"/> maps a target name to its function, so that saved
/// regression inputs replay through the same code.
/// </summary>
public static class FuzzTargets
{
    public const string JsonRead = "json-read";
    public const string ValidateJson = "validate-json";
    public const string ImportText = "import-text";
    public const string ImportCsv = "import-csv";

    public static readonly string[] All = [JsonRead, ValidateJson, ImportText, ImportCsv];

    private static readonly Lazy<TargetDocument> SeedDocument = new(() => TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow());

    public static Func<byte[], bool> For(string name) => name switch
    {
        JsonRead => Read,
        ValidateJson => Validate,
        ImportText => Import,
        ImportCsv => Import,
        _ => throw new ArgumentException("no fuzz target " + name, nameof(name)),
    };

    /// <summary>The seed input of a target and the kind of mutations it gets.</summary>
    public static (byte[] Seed, InputKind Kind) Seed(string name) => name switch
    {
        JsonRead or ValidateJson => (File.ReadAllBytes(TestPaths.Sample("guanting-2024.json")), InputKind.Json),
        ImportText => (File.ReadAllBytes(TestPaths.Seed), InputKind.Text),
        ImportCsv => (Encoding.UTF8.GetBytes(FlatCsv(SeedDocument.Value)), InputKind.Csv),
        _ => throw new ArgumentException("no fuzz target " + name, nameof(name)),
    };

    /// <summary>Reads; a document read must write and read back to itself, a refusal must explain itself in both languages.</summary>
    public static bool Read(byte[] bytes)
    {
        var result = TargetJson.Read(bytes);
        if (result.Success)
        {
            Assert.Empty(result.Errors);
            var again = TargetJson.Read(TargetJson.Write(result.Document));
            Assert.True(again.Success, string.Join("\n", again.Errors));
            Assert.Equal(result.Document, again.Document);
            return true;
        }

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Text.English) || string.IsNullOrWhiteSpace(e.Text.Chinese)));
        return false;
    }

    /// <summary>
    /// Validates the bytes, reads every finding's lazily made text and location, writes the report as text, JSON and
    /// SARIF, and renders what was read (HTML, Markdown, the review view with the findings).
    /// </summary>
    public static bool Validate(byte[] bytes)
    {
        var report = TargetValidator.Default.Validate(bytes, "fuzz.json");
        Assert.Equal(TargetJson.Read(bytes).Success, report.Document is not null);
        if (report.Document is null)
        {
            Assert.Contains(report.Findings, f => f.Severity == Severity.Error);
        }

        Touch(report);
        if (report.Document is { } document)
        {
            RenderAll(document, report);
        }

        return report.Document is not null;
    }

    /// <summary>
    /// Imports the bytes; a document imported must write as exchange JSON that reads back to itself, validate with its
    /// source map, and render. No document means at least one error diagnostic.
    /// </summary>
    public static bool Import(byte[] bytes)
    {
        var result = TargetImporter.Import(bytes, new ImportOptions { FileName = "fuzz.txt" });
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Text.English) || string.IsNullOrWhiteSpace(diagnostic.Text.Chinese), diagnostic.Code);
            _ = diagnostic.Format(Language.Chinese);
            _ = diagnostic.Location;
        }

        if (result.Document is not { } document)
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
            return false;
        }

        var back = TargetJson.Read(TargetJson.Write(document));
        Assert.True(back.Success, string.Join("\n", back.Errors));
        Assert.Equal(document, back.Document);
        var report = TargetValidator.Default.Validate(result, "fuzz.txt");
        Touch(report);
        RenderAll(document, report);
        return true;
    }

    /// <summary>Reads what a report writer reads: every finding's message, hint and location, then all three report formats.</summary>
    public static void Touch(ValidationReport report)
    {
        foreach (var finding in report.Findings)
        {
            Assert.False(string.IsNullOrEmpty(finding.Message), finding.RuleId);
            _ = finding.Hint;
            _ = finding.Location?.ToString();
            Assert.NotNull(finding.Pointer);
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ValidationReportWriter.WriteText(report, writer);
        ValidationReportWriter.WriteJson(report, writer);
        ValidationReportWriter.WriteSarif(report, writer);
        Assert.True(writer.GetStringBuilder().Length > 0);
    }

    public static void RenderAll(TargetDocument document, ValidationReport report)
    {
        var html = TargetRenderer.Default.Render(document);
        Assert.True(html.Success, string.Join("\n", html.Errors));
        var markdown = TargetRenderer.Default.Render(document, new RenderOptions { Format = RenderFormat.Markdown });
        Assert.True(markdown.Success, string.Join("\n", markdown.Errors));
        var review = TargetRenderer.Default.Render(document, new RenderOptions { Review = true }, report);
        Assert.True(review.Success, string.Join("\n", review.Errors));
    }

    /// <summary>
    /// A document as a provincial flat table (one CSV row per indicator, project cells on each project's first row):
    /// the seed input of the CSV importer's fuzz target.
    /// </summary>
    public static string FlatCsv(TargetDocument document)
    {
        string[] header = ["单位名称", "项目编码", "项目名称", "预算数（万元）", "财政资金", "其他资金", "资金用途", "年度目标", "一级指标", "二级指标", "三级指标", "指标解释", "指标值", "指标值确定依据"];
        var text = new StringBuilder();
        text.Append(document.Title).Append('\n');
        text.Append(string.Join(",", header)).Append('\n');
        foreach (var project in document.Projects)
        {
            for (var i = 0; i < project.Indicators.Length; i++)
            {
                var indicator = project.Indicators[i];
                var first = i == 0;
                string?[] cells =
                [
                    first ? document.Department?.Name : null,
                    first ? project.Code : null,
                    first ? project.Name : null,
                    first ? project.Budget.Total.ToString(CultureInfo.InvariantCulture) : null,
                    first ? project.Budget.Fiscal?.ToString(CultureInfo.InvariantCulture) : null,
                    first ? project.Budget.Other?.ToString(CultureInfo.InvariantCulture) : null,
                    first ? project.FundUse : null,
                    first ? string.Join("\n", project.Goals.Select((g, k) => (k + 1).ToString(CultureInfo.InvariantCulture) + "." + g)) : null,
                    indicator.Level1, indicator.Level2, indicator.Name, indicator.Description, indicator.Target, indicator.Basis,
                ];
                text.Append(string.Join(",", cells.Select(Quote))).Append('\n');
            }
        }

        return text.ToString();

        static string Quote(string? cell) =>
            cell is null ? string.Empty
            : cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
    }
}
