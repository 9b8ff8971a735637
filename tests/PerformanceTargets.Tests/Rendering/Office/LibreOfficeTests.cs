using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering.Office;

/// <summary>
/// Where the LibreOffice tests find their tools: <c>soffice</c> and <c>pdftotext</c> on the PATH (installed by
/// <c>.ci/office-deps.sh</c>: the Debian packages libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils).
/// </summary>
public static class OfficeEnvironment
{
    public static string? Soffice { get; } = Find("soffice");

    public static string? PdfToText { get; } = Find("pdftotext");

    public static bool Available => Soffice is not null && PdfToText is not null;

    /// <summary>Gets whether this is a CI run (<c>CI=true</c>), where the tests fail instead of skipping, as the browser tests do.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Where(p => p.Length > 0)
            .Select(p => Path.Combine(p, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// A test that needs LibreOffice. Without it (or without pdftotext) it is skipped with the reason, except in CI
/// (<c>CI=true</c>), where it runs and fails, as the browser tests do: a CI run must never pass without a real word
/// processor having opened the file.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OfficeFactAttribute : FactAttribute
{
    public OfficeFactAttribute()
    {
        if (!OfficeEnvironment.Available && !OfficeEnvironment.IsCi)
        {
            Skip = "soffice or pdftotext is not on the PATH: install them with .ci/office-deps.sh (libreoffice-writer-nogui, fonts-noto-cjk, poppler-utils). In CI (CI=true) these tests fail instead of skipping.";
        }
    }
}

/// <summary>The seed's Word export and its review, converted to PDF by LibreOffice once for the class.</summary>
public sealed class LibreOfficeFixture : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Lazy<(string Seed, string Review)> _pdfs;

    public LibreOfficeFixture() => _pdfs = new(Convert);

    public string SeedPdf => _pdfs.Value.Seed;

    public string ReviewPdf => _pdfs.Value.Review;

    public void Dispose() => _temp.Dispose();

    private (string, string) Convert()
    {
        Assert.True(OfficeEnvironment.Available, "CI=true but soffice or pdftotext is missing: .ci/office-deps.sh must install them before the tests run.");
        File.WriteAllBytes(_temp.File("seed.docx"), TargetRendering.ToDocx(RenderingFixtures.Seed));
        File.WriteAllBytes(_temp.File("review.docx"), TargetRendering.ToReviewDocx(RenderingFixtures.Seed, RenderingFixtures.SeedReport()));

        // Comments are exported as PDF text annotations (ExportNotes); a profile of its own, so that no other soffice interferes.
        var profile = new Uri(_temp.File("profile")).AbsoluteUri;
        Run(OfficeEnvironment.Soffice!, "--headless", "--norestore", "-env:UserInstallation=" + profile, "--convert-to",
            "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"}}", "--outdir", _temp.Path, _temp.File("seed.docx"), _temp.File("review.docx"));
        Assert.True(File.Exists(_temp.File("seed.pdf")) && File.Exists(_temp.File("review.pdf")), "LibreOffice did not convert the exports to PDF.");
        return (_temp.File("seed.pdf"), _temp.File("review.pdf"));
    }

    public static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), Path.GetFileName(file) + " did not finish within 3 minutes.");
        Assert.True(process.ExitCode == 0, Path.GetFileName(file) + " failed: " + error.Result);
        return output.Result;
    }
}

/// <summary>The exported Word files open in a real word processor: LibreOffice converts them, and the PDF holds the tables and the comments.</summary>
public partial class LibreOfficeTests : IClassFixture<LibreOfficeFixture>
{
    private readonly LibreOfficeFixture _fixture;

    public LibreOfficeTests(LibreOfficeFixture fixture) => _fixture = fixture;

    private static string Squeeze(string text) => WhiteSpace().Replace(text, string.Empty);

    /// <summary>The text in content order (<c>-raw</c>): a name wrapped inside its cell stays in one piece, white space aside.</summary>
    [OfficeFact]
    public void The_pdf_of_the_seed_holds_every_indicator_name()
    {
        var text = Squeeze(LibreOfficeFixture.Run(OfficeEnvironment.PdfToText!, "-raw", "-enc", "UTF-8", _fixture.SeedPdf, "-"));
        var missing = RenderingFixtures.Seed.Projects.SelectMany(p => p.Indicators.Concat(p.PeriodIndicators))
            .Select(i => i.Name).Where(n => !text.Contains(Squeeze(n), StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(missing.Count == 0, "Not in the PDF: " + string.Join(", ", missing));
        Assert.Contains(Squeeze(RenderingFixtures.Seed.Projects[0].Name), text, StringComparison.Ordinal);
    }

    [OfficeFact]
    public void The_pdf_of_the_review_shows_the_comments()
    {
        var comments = Annotations(File.ReadAllBytes(_fixture.ReviewPdf));
        Assert.Equal(RenderingFixtures.SeedReport().Findings.Length, comments.Count);
        Assert.Contains(comments, c => c.Contains("PT102", StringComparison.Ordinal) && c.Contains("项目编码校验位不符。", StringComparison.Ordinal));
    }

    /// <summary>The texts of the PDF's text annotations (the comments), from their <c>/Contents</c> strings (UTF-16 in hex, or literal).</summary>
    private static List<string> Annotations(byte[] pdf)
    {
        var latin = Encoding.Latin1.GetString(pdf);
        var texts = new List<string>();
        foreach (Match match in ContentsPattern().Matches(latin))
        {
            if (match.Groups["hex"].Success)
            {
                var hex = match.Groups["hex"].Value;
                var bytes = System.Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
                texts.Add(bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes));
            }
            else
            {
                texts.Add(match.Groups["literal"].Value);
            }
        }

        return texts;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"/Subtype\s*/Text\b[^>]*?/Contents\s*(?:<(?<hex>[0-9A-Fa-f\s]+)>|\((?<literal>(?:[^()\\]|\\.)*)\))", RegexOptions.Singleline)]
    private static partial Regex ContentsPattern();
}

/// <summary>The 绩效自评表 and the 绩效运行监控表 as Word files open in LibreOffice: the PDF holds every sheet's title and every light's word.</summary>
public class SheetLibreOfficeTests
{
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [OfficeFact]
    public void The_pdfs_of_the_sheets_hold_their_titles_and_lights()
    {
        Assert.True(OfficeEnvironment.Available, "CI=true but soffice or pdftotext is missing: .ci/office-deps.sh must install them before the tests run.");
        using var temp = new TempDirectory();
        var evaluation = PerformanceTargets.Json.TargetJson.ReadFile(TestPaths.Sample("guanting-2024-evaluation.json")).GetDocumentOrThrow();
        var monitoring = PerformanceTargets.Json.TargetJson.ReadFile(TestPaths.Sample("guanting-2024-monitoring.json")).GetDocumentOrThrow();
        File.WriteAllBytes(temp.File("evaluation.docx"), TargetRendering.ToDocx(evaluation, new RenderOptions { TableKind = TableKind.Evaluation }));
        File.WriteAllBytes(temp.File("monitoring.docx"), TargetRendering.ToDocx(monitoring, new RenderOptions { TableKind = TableKind.Monitoring }));
        var profile = new Uri(temp.File("profile")).AbsoluteUri;
        LibreOfficeFixture.Run(OfficeEnvironment.Soffice!, "--headless", "--norestore", "-env:UserInstallation=" + profile, "--convert-to", "pdf", "--outdir", temp.Path, temp.File("evaluation.docx"), temp.File("monitoring.docx"));

        var evaluationText = Squeeze(LibreOfficeFixture.Run(OfficeEnvironment.PdfToText!, "-raw", "-enc", "UTF-8", temp.File("evaluation.pdf"), "-"));
        var missing = evaluation.Projects.Select(p => p.Sequence + "." + p.Name + "项目支出绩效自评表").Where(t => !evaluationText.Contains(Squeeze(t), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not in the PDF: " + string.Join(", ", missing));
        Assert.Contains("偏差原因分析及改进措施", evaluationText, StringComparison.Ordinal);

        var monitoringText = Squeeze(LibreOfficeFixture.Run(OfficeEnvironment.PdfToText!, "-raw", "-enc", "UTF-8", temp.File("monitoring.pdf"), "-"));
        missing = monitoring.Projects.Select(p => p.Sequence + "." + p.Name + "项目支出绩效运行监控表").Where(t => !monitoringText.Contains(Squeeze(t), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "Not in the PDF: " + string.Join(", ", missing));
        Assert.Contains("●绿灯", monitoringText, StringComparison.Ordinal);
    }
}
