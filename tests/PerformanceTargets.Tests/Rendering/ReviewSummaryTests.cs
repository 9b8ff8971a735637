using System.Text.RegularExpressions;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// The summary of the static review view on the seed as the validator reviews it: first on the page, repeated findings
/// grouped by rule with the counts the validator gives and the rule's title, each hint once, no message repeated, every
/// occurrence linked once to the box that shows it (where its message is).
/// </summary>
public partial class ReviewSummaryTests
{
    private static readonly Lazy<ValidationReport> Report = new(() => TargetValidator.Default.ValidateFile(TestPaths.Seed));

    private static readonly Lazy<string> Html = new(() => TargetRendering.ToReviewHtml(Report.Value.Document!, Report.Value));

    private static readonly Lazy<string> English = new(() => TargetRenderer.Default.Render(
        Report.Value.Document!, new RenderOptions { Review = true, Language = Language.English }, Report.Value).GetTextOrThrow());

    [Fact]
    public void The_summary_comes_first_before_the_cover_and_the_contents()
    {
        var html = Html.Value;
        var body = html.IndexOf("<body class=\"review\">\n", StringComparison.Ordinal);
        Assert.True(body > 0);
        Assert.Equal(body + "<body class=\"review\">\n".Length, html.IndexOf("<section class=\"review-summary\"", StringComparison.Ordinal));
        var summaryEnd = html.IndexOf("</section>", body, StringComparison.Ordinal);
        Assert.True(summaryEnd < html.IndexOf("<header class=\"cover\">", StringComparison.Ordinal));
        Assert.True(summaryEnd < html.IndexOf("<nav class=\"toc\"", StringComparison.Ordinal));

        // Counts by severity, with word and symbol; by rule; by table.
        var summary = html.Substring(body, summaryEnd - body);
        var report = Report.Value;
        Assert.Contains($"<span class=\"count error\"><span class=\"symbol\" aria-hidden=\"true\">✖</span>错误 {report.ErrorCount}</span>", summary, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"symbol\" aria-hidden=\"true\">▲</span>警告 {report.WarningCount}</span>", summary, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"symbol\" aria-hidden=\"true\">ℹ</span>提示 {report.InfoCount}</span>", summary, StringComparison.Ordinal);
        Assert.Contains("<table class=\"by-table\">", summary, StringComparison.Ordinal);
        Assert.Equal(23, Regex.Matches(summary, "<tr><td><a href=\"#table-\\d+\">").Count);
    }

    [Fact]
    public void Repeated_findings_are_grouped_by_rule_with_the_counts_of_the_validator()
    {
        var report = Report.Value;
        var groups = Groups(Html.Value);
        var expected = report.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), groups.Keys.Order(StringComparer.Ordinal));

        foreach (var (rule, findings) in expected)
        {
            var group = groups[rule];
            var tables = findings.Where(f => f.ProjectIndex is not null).Select(f => f.ProjectIndex).Distinct().Count();
            var tally = tables == 0 ? $"{findings.Count} 处" : $"{findings.Count} 处，涉及 {tables} 张表";
            Assert.Contains($"<span class=\"tally\">{tally}</span>", group, StringComparison.Ordinal);
            Assert.Equal(findings.Count, Regex.Matches(group, "<a href=\"#finding-\\d+\">").Count);
        }

        // PT402, the indicator rows copied between unrelated tables: one group for all its rows.
        Assert.Matches("<span class=\"tally\">36 处，涉及 \\d+ 张表</span>", groups["PT402"]);

        // Errors come first.
        Assert.StartsWith("<details class=\"group error\"", Regex.Match(Html.Value, "<details class=\"group [a-z]+\"").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_link_of_a_group_lands_on_the_one_element_that_shows_its_finding()
    {
        var html = Html.Value;
        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var links = Regex.Matches(html, "href=\"#(finding-\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Report.Value.Findings.Length, links.Count);
        Assert.All(links, link => Assert.Contains(link, ids));

        // The placeholder goal of table 3 (PT102): its link lands on the box in the 绩效目标 cell of table 3.
        var pt102 = Groups(html)["PT102"];
        var first = Regex.Match(pt102, "<a href=\"#(finding-\\d+)\">([^<]+)</a>");
        Assert.Equal("表3 · 绩效目标 1", first.Groups[2].Value);
        var table3 = HtmlTables.Section(html, "table-3");
        Assert.Contains("<span class=\"finding error\" id=\"" + first.Groups[1].Value + "\">", table3, StringComparison.Ordinal);

        // And every box's rule id links back to its group.
        Assert.Contains("<a class=\"rule-link\" href=\"#rule-PT102\"><code class=\"rule\">PT102</code></a>", table3, StringComparison.Ordinal);
    }

    [Fact]
    public void The_groups_repeat_no_message_and_link_every_finding_exactly_once()
    {
        var html = Html.Value;
        var report = Report.Value;
        var groups = Groups(html);
        var summary = string.Concat(groups.Values);
        Assert.DoesNotContain("class=\"message", summary, StringComparison.Ordinal);

        // No message text is in the groups, except where it is also a rule's title, a hint or a place.
        var other = string.Concat(groups.Values.Select(g => string.Concat(
            Regex.Matches(g, "<span class=\"title\">[^<]*</span>|<p class=\"hint\">[^<]*</p>|<a href=\"#finding-\\d+\">[^<]*</a>").Select(m => m.Value))));
        foreach (var message in report.Findings.Select(f => Encode(f.Message)).Distinct())
        {
            Assert.True(!summary.Contains(message, StringComparison.Ordinal) || other.Contains(message, StringComparison.Ordinal), message);
        }

        // Each finding shown is linked once from the groups, and its box (the link's target) shows its message.
        var links = Regex.Matches(summary, "<a href=\"#finding-(\\d+)\">").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, report.Findings.Length), links.Order());
        foreach (var ordinal in links)
        {
            var finding = report.Findings[ordinal - 1];
            var box = Regex.Match(html, "<(span|li) class=\"finding [a-z]+\" id=\"finding-" + ordinal + "\">.*?<span class=\"message\">([^<]*)</span>");
            Assert.True(box.Success, "finding-" + ordinal);
            Assert.Equal(Encode(finding.Message), box.Groups[2].Value);
        }

        // The summary line names the rule by id and by its title from the catalogue.
        Assert.Contains("<code class=\"rule\">PT402</code> <span class=\"title\">" + RuleCatalog.Get("PT402").Title.Chinese + "</span> <span class=\"tally\">", groups["PT402"], StringComparison.Ordinal);
        Assert.Contains("<span class=\"title\">" + RuleCatalog.Get("PT402").Title.English + "</span>", Groups(English.Value)["PT402"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_hint_appears_once_per_group_and_never_in_the_cells()
    {
        var html = Html.Value;
        var groups = Groups(html);
        foreach (var byRule in Report.Value.Findings.Where(f => f.Hint is not null).GroupBy(f => f.RuleId))
        {
            foreach (var hint in byRule.Select(f => f.Hint!).Distinct())
            {
                var encoded = "<p class=\"hint\">建议：" + Encode(hint) + "</p>";
                Assert.Equal(1, Count(groups[byRule.Key], encoded));
                Assert.Equal(1, Count(html, encoded));
            }
        }

        // PT402's hint, the same on all its rows, is on the page once.
        var pt402 = Report.Value.Findings.First(f => f.RuleId == "PT402").Hint!;
        Assert.Equal(1, Count(html, Encode(pt402)));

        // The cells keep rule, severity and message only.
        var main = html.Substring(html.IndexOf("<main>", StringComparison.Ordinal));
        Assert.DoesNotContain("class=\"hint\"", main, StringComparison.Ordinal);
        Assert.DoesNotContain("建议：", main, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_summary_says_the_same_in_english()
    {
        var html = English.Value;
        Assert.True(html.IndexOf("Summary of the review", StringComparison.Ordinal) < html.IndexOf("<header class=\"cover\">", StringComparison.Ordinal));
        Assert.Contains("By rule (repeated findings grouped, each fix shown once)", html, StringComparison.Ordinal);
        Assert.Matches("<span class=\"tally\">36 findings in \\d+ tables</span>", Groups(html)["PT402"]);
        Assert.Contains("<span class=\"symbol\" aria-hidden=\"true\">▲</span>Warning</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#finding-", html, StringComparison.Ordinal);
        Assert.Matches(">Table 3 · goal 1</a>", html);
    }

    [Fact]
    public void The_page_uses_the_window_width_on_screen_and_a4_only_in_print()
    {
        var html = Html.Value;
        var style = html.Substring(0, html.IndexOf("</style>", StringComparison.Ordinal));
        var print = style.Substring(style.IndexOf("@media print", StringComparison.Ordinal));
        Assert.Contains("body.review { max-width: none;", style, StringComparison.Ordinal);
        Assert.Contains(".review .indicators .level1 { min-width:", style, StringComparison.Ordinal);
        Assert.Contains(".review .indicators .level2 { min-width:", style, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4 portrait;", style, StringComparison.Ordinal);
        Assert.Contains(".review-summary { break-after: page; }", print, StringComparison.Ordinal);
    }

    /// <summary>Each rule's group in the summary, by rule id: the text of its <c>details</c> element.</summary>
    internal static Dictionary<string, string> Groups(string html) =>
        GroupPattern().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Value, StringComparer.Ordinal);

    /// <summary>The renderer's HTML escaping of plain text (no line breaks in hints).</summary>
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [GeneratedRegex("<details class=\"group [a-z]+\" id=\"rule-([A-Za-z0-9-]+)\" open>.*?</details>", RegexOptions.Singleline)]
    private static partial Regex GroupPattern();
}
