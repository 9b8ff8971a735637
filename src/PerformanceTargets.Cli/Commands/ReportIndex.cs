using System.Globalization;
using System.Net;
using System.Text;
using PerformanceTargets.Cli.Batch;
using PerformanceTargets.Cli.Output;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Cli.Commands;

/// <summary>
/// The index.html of a report folder: one row per document, written as each document is done (to a temporary file),
/// then wrapped in a self-contained page. Every value from the data is HTML-escaped.
/// </summary>
internal static class ReportIndex
{
    public static void WriteRow(TextWriter rows, string input, ValidationReport report, IReadOnlyList<(string Label, string File)> files, bool english, DocumentScores? scores = null)
    {
        var document = report.Document;
        var status = document is null
            ? (english ? "could not be read" : "无法读取")
            : report.IsValid ? (english ? "valid" : "通过") : (english ? "not valid" : "未通过");
        var css = document is null ? "failed" : report.ErrorCount > 0 ? "error" : report.WarningCount > 0 ? "warning" : "ok";
        rows.Write("<tr class=\"");
        rows.Write(css);
        rows.Write("\"><td>");
        rows.Write(Escape(input));
        rows.Write("</td><td>");
        rows.Write(Escape(document?.Title ?? string.Empty));
        rows.Write("</td><td class=\"number\">");
        rows.Write(document is null ? string.Empty : document.Projects.Length.ToString(CultureInfo.InvariantCulture));
        rows.Write("</td><td class=\"number\">");
        rows.Write(report.ErrorCount.ToString(CultureInfo.InvariantCulture));
        rows.Write("</td><td class=\"number\">");
        rows.Write(report.WarningCount.ToString(CultureInfo.InvariantCulture));
        rows.Write("</td><td class=\"number\">");
        rows.Write(report.InfoCount.ToString(CultureInfo.InvariantCulture));
        rows.Write("</td><td>");
        rows.Write(Escape(status));
        rows.Write("</td><td>");
        for (var i = 0; i < files.Count; i++)
        {
            if (i > 0)
            {
                rows.Write(" · ");
            }

            rows.Write("<a href=\"");
            rows.Write(Escape(Uri.EscapeDataString(files[i].File)));
            rows.Write("\">");
            rows.Write(Escape(files[i].Label));
            rows.Write("</a>");
        }

        rows.WriteLine("</td></tr>");
        if (scores is { } given && (given.HasEvaluation || given.HasMonitoring))
        {
            rows.Write("<tr class=\"scores\"><td></td><td colspan=\"7\">");
            rows.Write(Escape(ScoreSummary(given, english)));
            rows.WriteLine("</td></tr>");
        }
    }

    /// <summary>
    /// One line on the scores of a document with self-evaluation or monitoring blocks: the projects evaluated, the
    /// lowest and the mean total and the count per grade; the projects monitored and the count per light (symbol and word).
    /// </summary>
    public static string ScoreSummary(DocumentScores scores, bool english)
    {
        var text = english ? CliText.English : CliText.Chinese;
        var parts = new List<string>();
        var totals = scores.Projects.Where(p => p.Evaluation is not null).Select(p => p.Evaluation!).ToList();
        if (totals.Count > 0)
        {
            var mean = TargetScorer.Round(totals.Sum(t => t.TotalScore) / totals.Count);
            var grades = string.Join(
                english ? ", " : "，",
                new[] { Model.EvaluationGrade.Excellent, Model.EvaluationGrade.Good, Model.EvaluationGrade.Fair, Model.EvaluationGrade.Poor }
                    .Select(g => ScoreOutput.Grade(g) + " " + totals.Count(t => t.Grade == g).ToString(CultureInfo.InvariantCulture)));
            parts.Add(english
                ? string.Format(CultureInfo.InvariantCulture, "Self-evaluation: {0} projects, total {1} on average (lowest {2}); {3}", totals.Count, ScoreOutput.Format(mean), ScoreOutput.Format(totals.Min(t => t.TotalScore)), grades)
                : string.Format(CultureInfo.InvariantCulture, "自评：{0} 个项目，平均总分 {1}（最低 {2}）；{3}", totals.Count, ScoreOutput.Format(mean), ScoreOutput.Format(totals.Min(t => t.TotalScore)), grades));
        }

        var lights = scores.Projects.Where(p => p.Monitoring is not null).Select(p => p.Monitoring!.Light).ToList();
        if (lights.Count > 0)
        {
            var counts = string.Join(
                english ? ", " : "，",
                new[] { Light.Green, Light.Yellow, Light.Red, Light.Unknown }
                    .Select(l => ScoreOutput.LightWord(l, text) + " " + lights.Count(x => x == l).ToString(CultureInfo.InvariantCulture)));
            parts.Add(english
                ? string.Format(CultureInfo.InvariantCulture, "Monitoring: {0} projects; {1}", lights.Count, counts)
                : string.Format(CultureInfo.InvariantCulture, "监控：{0} 个项目；{1}", lights.Count, counts));
        }

        return string.Join(english ? ". " : "。", parts) + (english ? "." : "。");
    }

    /// <summary>The page's Content-Security-Policy, the same as the rendered documents': nothing but inline styles and data images; no script.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    public static void Write(string path, string rowsPath, BatchSummary summary, bool english, CliText text)
    {
        var title = english ? "Performance target review" : "绩效目标审核报告";
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(english ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(title).Append("</title>\n<style>\n");
        page.Append("body { font-family: \"SimSun\", \"Songti SC\", serif; margin: 2em; color: #111; }\n");
        page.Append("table { border-collapse: collapse; width: 100%; }\n");
        page.Append("th, td { border: 1px solid #444; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }\n");
        page.Append("th { background: #eee; }\n.number { text-align: right; }\n");
        page.Append("tr.error td:first-child { border-left: 6px solid #c62828; }\n");
        page.Append("tr.warning td:first-child { border-left: 6px solid #ef6c00; }\n");
        page.Append("tr.ok td:first-child { border-left: 6px solid #2e7d32; }\n");
        page.Append("tr.failed td:first-child { border-left: 6px solid #616161; }\n");
        page.Append("</style>\n</head>\n<body>\n<h1>").Append(title).Append("</h1>\n<p>");
        page.Append(Escape(english
            ? string.Format(CultureInfo.InvariantCulture, "{0} documents: {1} errors, {2} warnings, {3} infos; {4} could not be processed.", summary.Documents, summary.Errors, summary.Warnings, summary.Infos, summary.Failed)
            : string.Format(CultureInfo.InvariantCulture, "共 {0} 份文档：{1} 个错误，{2} 个警告，{3} 个提示；{4} 份无法处理。", summary.Documents, summary.Errors, summary.Warnings, summary.Infos, summary.Failed)));
        page.Append("</p>\n<table>\n<thead><tr>");
        foreach (var heading in english
            ? new[] { "input", "title", "tables", "errors", "warnings", "infos", "status", "files" }
            : new[] { "输入", "标题", "表数", "错误", "警告", "提示", "结论", "文件" })
        {
            page.Append("<th>").Append(heading).Append("</th>");
        }

        page.Append("</tr></thead>\n<tbody>\n");
        try
        {
            using var output = new FileStream(path, FileMode.Create, FileAccess.Write);
            using var writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" };
            writer.Write(page.ToString());
            using (var rows = new StreamReader(rowsPath, Encoding.UTF8))
            {
                var buffer = new char[8192];
                int read;
                while ((read = rows.Read(buffer, 0, buffer.Length)) > 0)
                {
                    writer.Write(buffer, 0, read);
                }
            }

            writer.Write("</tbody>\n</table>\n</body>\n</html>\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(text.CannotWrite(path, ex.Message));
        }
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
