using System.Globalization;
using System.Text;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;

namespace PerformanceTargets.Benchmarks;

/// <summary>
/// The baseline of the rendering benchmark: a hand-written <see cref="StringBuilder"/> renderer of the same HTML the
/// built-in Scriban templates produce (document, review off), byte for byte; the test
/// <c>Rendering/BaselineRendererTests</c> proves the two outputs identical, so the comparison is fair. It escapes with the
/// library's own encoder and prints the library's labels, and its style sheet is the built-in one, read once.
/// </summary>
public static class HandWrittenHtmlRenderer
{
    private const int HeaderColumns = 12;

    private static readonly string Css = LoadCss();

    public static string Render(TargetDocument document, RenderOptions? options = null)
    {
        options ??= RenderOptions.Default;
        var labels = Labels.For(options.Language);
        var sb = new StringBuilder();
        var projects = options.Tables.IsEmpty ? Enumerable.Range(0, document.Projects.Length).ToArray() : options.Tables.ToArray();
        var displayTitle = document.Title is { Length: > 0 } t ? t : labels.DefaultTitle(document);

        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(options.LanguageTag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
          .Append("<title>").Append(Rendering.Views.DocumentView.PageTitle(displayTitle, HtmlEncoder.Instance)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");

        sb.Append("<header class=\"cover\">\n<h1 class=\"title\">");
        var department = document.Department?.Name;
        if (department is { Length: > 0 } && displayTitle.Length > department.Length && displayTitle.StartsWith(department, StringComparison.Ordinal))
        {
            sb.Append(E(department)).Append("<br>").Append(E(displayTitle.Substring(department.Length)));
        }
        else
        {
            sb.Append(E(displayTitle));
        }

        sb.Append("</h1>\n");
        Line(sb, "<p class=\"stage\">", labels.StageLine(document.Stage), "</p>\n");
        Line(sb, "<p class=\"credit\">", labels.PreparedLine(document.PreparedBy), "</p>\n");
        Line(sb, "<p class=\"credit\">", labels.ReviewedLine(document.ReviewedBy), "</p>\n");
        sb.Append("</header>\n<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">").Append(E(labels["toc"])).Append("</h2>\n<ol>\n");
        if (document.OverallTargets is not null)
        {
            sb.Append("<li><a href=\"#part-1\">").Append(E(labels["part1"])).Append("</a>\n<ol>\n")
              .Append("<li><a href=\"#part-1-overall\">").Append(E(labels["overall"])).Append("</a></li>\n")
              .Append("<li><a href=\"#part-1-itemized\">").Append(E(labels["itemized"])).Append("</a></li>\n")
              .Append("<li><a href=\"#part-1-safeguards\">").Append(E(labels["safeguards"])).Append("</a></li>\n</ol>\n</li>\n");
        }

        sb.Append("<li><a href=\"#part-2\">").Append(E(labels["part2"])).Append("</a>\n<ol>\n");
        foreach (var index in projects)
        {
            sb.Append("<li><a href=\"#table-").Append((index + 1).ToString(CultureInfo.InvariantCulture)).Append("\">")
              .Append(E(labels.TableTitle(document.Projects[index], index + 1))).Append("</a></li>\n");
        }

        sb.Append("</ol>\n</li>\n</ol>\n</nav>\n<main>\n");
        if (document.OverallTargets is { } overall)
        {
            sb.Append("<section class=\"part\" id=\"part-1\">\n<h2>").Append(E(labels["part1"])).Append("</h2>\n");
            Paragraphs(sb, "overall", labels["overall"], overall.Overall);
            Paragraphs(sb, "itemized", labels["itemized"], overall.Itemized);
            Paragraphs(sb, "safeguards", labels["safeguards"], overall.Safeguards);
            sb.Append("</section>\n");
        }

        sb.Append("<section class=\"part\" id=\"part-2\">\n<h2>").Append(E(labels["part2"])).Append("</h2>\n");
        foreach (var index in projects)
        {
            Table(sb, document, document.Projects[index], index, labels, options.MergedCells == MergedCellStyle.Merge);
        }

        sb.Append("</section>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string? text) => text is null ? string.Empty : HtmlEncoder.Escape(text);

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Line(StringBuilder sb, string open, string? text, string close)
    {
        if (text is not null)
        {
            sb.Append(open).Append(E(text)).Append(close);
        }
    }

    private static void Paragraphs(StringBuilder sb, string id, string heading, IReadOnlyList<string> texts)
    {
        sb.Append("<h3 id=\"part-1-").Append(id).Append("\">").Append(E(heading)).Append("</h3>\n");
        for (var i = 0; i < texts.Count; i++)
        {
            sb.Append("<p>").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('.').Append(E(texts[i])).Append("</p>\n");
        }
    }

    private static void Table(StringBuilder sb, TargetDocument document, Project project, int index, Labels labels, bool merge)
    {
        var hasWeight = project.Indicators.Any(i => i.Weight is not null) || project.PeriodIndicators.Any(i => i.Weight is not null);
        var hasDirection = project.Indicators.Any(i => i.Direction is not null) || project.PeriodIndicators.Any(i => i.Direction is not null);
        sb.Append("<section class=\"project\" id=\"table-").Append((index + 1).ToString(CultureInfo.InvariantCulture)).Append("\">\n<h3>")
          .Append(E(labels.TableTitle(project, index + 1))).Append("</h3>\n<table class=\"header-block\">\n")
          .Append("<colgroup><col class=\"label\"><col span=\"12\"></colgroup>\n<tbody>\n")
          .Append("<tr class=\"meta\"><td colspan=\"7\" class=\"unit\">");
        if (project.Unit is { } unit)
        {
            sb.Append(E((unit.Code ?? string.Empty) + (unit.Name ?? string.Empty)));
        }

        sb.Append("</td><td colspan=\"6\" class=\"amount-unit\">").Append(E(labels.AmountUnitLabel(document.AmountUnit))).Append("</td></tr>\n")
          .Append("<tr><th scope=\"row\">").Append(E(labels["project_code"])).Append("</th><td colspan=\"5\" class=\"code\">").Append(E(project.Code))
          .Append("</td><th scope=\"row\" colspan=\"2\">").Append(E(labels["project_name"])).Append("</th><td colspan=\"5\" class=\"name\">").Append(E(project.Name)).Append("</td></tr>\n");
        if (project.Attribute is not null || project.ImplementationPeriod is not null)
        {
            sb.Append("<tr><th scope=\"row\">").Append(E(labels["attribute"])).Append("</th><td colspan=\"5\" class=\"attribute\">").Append(E(labels.Attribute(project.Attribute)))
              .Append("</td><th scope=\"row\" colspan=\"2\">").Append(E(labels["implementation_period"])).Append("</th><td colspan=\"5\" class=\"implementation-period\">")
              .Append(E(labels.Period(project.ImplementationPeriod))).Append("</td></tr>\n");
        }

        sb.Append("<tr><th scope=\"rowgroup\" rowspan=\"2\">").Append(E(labels["budget_and_use"])).Append("</th><th scope=\"row\" colspan=\"2\">").Append(E(labels["budget_total"]))
          .Append("</th><td colspan=\"2\" class=\"amount total\">").Append(N(project.Budget.Total))
          .Append("</td><th scope=\"row\" colspan=\"2\">").Append(E(labels["budget_fiscal"])).Append("</th><td colspan=\"2\" class=\"amount fiscal\">").Append(N(project.Budget.Fiscal))
          .Append("</td><th scope=\"row\" colspan=\"2\">").Append(E(labels["budget_other"])).Append("</th><td colspan=\"2\" class=\"amount other\">").Append(N(project.Budget.Other))
          .Append("</td></tr>\n<tr><td colspan=\"12\" class=\"fund-use\">").Append(E(project.FundUse)).Append("</td></tr>\n");

        var plan = project.SpendingPlan;
        var rows = Math.Max(1, (plan.Length + HeaderColumns - 1) / HeaderColumns);
        for (var r = 0; r < rows; r++)
        {
            sb.Append("<tr>");
            if (r == 0)
            {
                sb.Append("<th scope=\"rowgroup\" rowspan=\"").Append((2 * rows).ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(labels["spending_plan"])).Append("</th>");
            }

            var start = r * HeaderColumns;
            var count = plan.Length == 0 ? 1 : Math.Min(HeaderColumns, plan.Length - start);
            for (var pass = 0; pass < 2; pass++)
            {
                if (pass == 1)
                {
                    sb.Append("<tr>");
                }

                for (var i = 0; i < count; i++)
                {
                    var span = plan.Length == 0 ? HeaderColumns : (HeaderColumns / count) + (i < HeaderColumns % count ? 1 : 0);
                    sb.Append("<td colspan=\"").Append(span.ToString(CultureInfo.InvariantCulture)).Append(pass == 0 ? "\" class=\"month\">" : "\" class=\"percent\">");
                    if (plan.Length > 0)
                    {
                        var point = plan[start + i];
                        sb.Append(pass == 0 ? E(labels.MonthEnd(point.Month)) : point.CumulativePercent.ToString(CultureInfo.InvariantCulture) + "%");
                    }

                    sb.Append("</td>");
                }

                sb.Append("</tr>\n");
            }
        }

        sb.Append("<tr><th scope=\"row\">").Append(E(labels["goals"])).Append("</th><td colspan=\"12\" class=\"goals\">");
        Goals(sb, project.Goals);
        sb.Append("</td></tr>\n");
        if (project.PeriodGoals.Length > 0)
        {
            sb.Append("<tr><th scope=\"row\">").Append(E(labels["period_goals"])).Append("</th><td colspan=\"12\" class=\"goals period\">");
            Goals(sb, project.PeriodGoals);
            sb.Append("</td></tr>\n");
        }

        if (project.ReviewOpinion is not null)
        {
            sb.Append("<tr><th scope=\"row\">").Append(E(labels["review_opinion"])).Append("</th><td colspan=\"12\" class=\"review-opinion\">").Append(E(project.ReviewOpinion)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        Indicators(sb, project.Indicators, null, labels, merge, hasWeight, hasDirection);
        if (project.PeriodIndicators.Length > 0)
        {
            Indicators(sb, project.PeriodIndicators, labels["period_indicators"], labels, merge, hasWeight, hasDirection);
        }

        sb.Append("</section>\n");
    }

    private static void Goals(StringBuilder sb, IReadOnlyList<string> goals)
    {
        for (var i = 0; i < goals.Count; i++)
        {
            sb.Append("<p>").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('.').Append(E(goals[i])).Append("</p>");
        }
    }

    private static void Indicators(StringBuilder sb, IReadOnlyList<Indicator> rows, string? caption, Labels labels, bool merge, bool hasWeight, bool hasDirection)
    {
        sb.Append("<table class=\"indicators\">\n");
        if (caption is not null)
        {
            sb.Append("<caption>").Append(E(caption)).Append("</caption>\n");
        }

        sb.Append("<thead>\n<tr><th scope=\"col\" class=\"level1\">").Append(E(labels["level1"])).Append("</th><th scope=\"col\" class=\"level2\">").Append(E(labels["level2"]))
          .Append("</th><th scope=\"col\" class=\"name\">").Append(E(labels["level3"])).Append("</th><th scope=\"col\" class=\"description\">").Append(E(labels["description"]))
          .Append("</th><th scope=\"col\" class=\"target\">").Append(E(labels["target"])).Append("</th><th scope=\"col\" class=\"basis\">").Append(E(labels["basis"])).Append("</th>");
        if (hasWeight)
        {
            sb.Append("<th scope=\"col\" class=\"weight\">").Append(E(labels["weight"])).Append("</th>");
        }

        if (hasDirection)
        {
            sb.Append("<th scope=\"col\" class=\"direction\">").Append(E(labels["direction"])).Append("</th>");
        }

        sb.Append("</tr>\n</thead>\n<tbody>\n");
        var i = 0;
        while (i < rows.Count)
        {
            var end1 = i + 1;
            while (merge && end1 < rows.Count && string.Equals(rows[end1].Level1, rows[i].Level1, StringComparison.Ordinal))
            {
                end1++;
            }

            var j = i;
            while (j < end1)
            {
                var end2 = j + 1;
                while (merge && end2 < end1 && string.Equals(rows[end2].Level2, rows[j].Level2, StringComparison.Ordinal))
                {
                    end2++;
                }

                for (var k = j; k < end2; k++)
                {
                    var row = rows[k];
                    sb.Append("<tr>");
                    if (k == i)
                    {
                        sb.Append("<td rowspan=\"").Append((end1 - i).ToString(CultureInfo.InvariantCulture)).Append("\" class=\"level1\">").Append(E(row.Level1)).Append("</td>");
                    }

                    if (k == j)
                    {
                        sb.Append("<td rowspan=\"").Append((end2 - j).ToString(CultureInfo.InvariantCulture)).Append("\" class=\"level2\">").Append(E(row.Level2)).Append("</td>");
                    }

                    sb.Append("<td class=\"name\">").Append(E(row.Name)).Append("</td><td class=\"description\">").Append(E(row.Description))
                      .Append("</td><td class=\"target\">").Append(E(row.Target)).Append("</td><td class=\"basis\">").Append(E(row.Basis)).Append("</td>");
                    if (hasWeight)
                    {
                        sb.Append("<td class=\"weight\">").Append(N(row.Weight)).Append("</td>");
                    }

                    if (hasDirection)
                    {
                        sb.Append("<td class=\"direction\">").Append(E(labels.Direction(row.Direction))).Append("</td>");
                    }

                    sb.Append("</tr>\n");
                }

                j = end2;
            }

            i = end1;
        }

        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>The built-in style sheet: the html-style template after its comment (it has no template code).</summary>
    private static string LoadCss()
    {
        var text = TemplateSet.ReadBuiltinText("html-style");
        const string endOfComment = "## ~}}\n";
        return text.Substring(text.IndexOf(endOfComment, StringComparison.Ordinal) + endOfComment.Length);
    }
}
