using PerformanceTargets.Rendering;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// The review view's findings markup: <c>findings_list</c> and <c>finding_items</c> are the renderer's, a finding group
/// prints as <c>findings_list</c> prints it, and a template that defines its own <c>findings_list</c> (a replaced
/// <c>html-findings</c>) is used by the built-in table template.
/// </summary>
public class FindingFunctionTests
{
    private static readonly RenderOptions Review = new() { Review = true, Tables = [0] };

    private static string Render(TargetRenderer renderer) =>
        renderer.Render(RenderingFixtures.Seed, Review, RenderingFixtures.SeedReport()).GetTextOrThrow();

    [Fact]
    public void A_group_prints_as_findings_list_prints_it()
    {
        var renderer = TargetRenderer.CreateBuilder().UseTemplate(
            TemplateKind.HtmlDocument,
            "{{ for p in projects }}{{ for row in p.indicators }}{{ if row.findings.target }}{{ row.findings.target }}|{{ findings_list row.findings.target }}|{{ findings_list row.findings.name }}{{ end }}{{ end }}{{ end }}").Build().GetRendererOrThrow();
        var parts = Render(renderer).Split('|');
        Assert.Equal(3, parts.Length);
        Assert.Equal(parts[0], parts[1]);
        Assert.Equal(string.Empty, parts[2]);
        // Short in the cell: severity by symbol and word, the rule linking to its group, the message; the hint is in the summary.
        Assert.Matches(
            "^<span class=\"findings error\"><span class=\"finding error\" id=\"finding-\\d+\"><span class=\"severity\"><span class=\"symbol\" aria-hidden=\"true\">✖</span>错误</span> <a class=\"rule-link\" href=\"#rule-PT105\"><code class=\"rule\">PT105</code></a> <span class=\"message\">成本指标超过预算。</span></span></span>$",
            parts[0]);
        Assert.DoesNotContain("建议", parts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_items_lists_findings_with_their_place()
    {
        var renderer = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, "{{ finding_items projects[0].review.unplaced }}{{ finding_items null }}").Build().GetRendererOrThrow();
        Assert.Equal(
            "<ul class=\"findings\">\n<li class=\"finding warning\" id=\"finding-" + Ordinal("PT109") + "\"><span class=\"severity\"><span class=\"symbol\" aria-hidden=\"true\">▲</span>警告</span> <a class=\"rule-link\" href=\"#rule-PT109\"><code class=\"rule\">PT109</code></a> <span class=\"place\">本表</span> <span class=\"message\">The table as a whole.</span></li>\n</ul>\n",
            Render(renderer));
    }

    [Fact]
    public void A_replaced_html_findings_is_used_by_the_built_in_table_template()
    {
        const string findings = "{{~ func findings_list(group) ~}}{{ if group }}[{{ for f in group.items }}{{ f.rule_id }}{{ end }}]{{ end }}{{~ end ~}}";
        var renderer = TargetRenderer.CreateBuilder().UseTemplate("html-findings", findings).Build().GetRendererOrThrow();
        var html = Render(renderer);
        Assert.Contains("<td colspan=\"5\" class=\"code\">13073024P00888510015C[PT102]</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"findings", html, StringComparison.Ordinal);

        // A findings_list that returns its text instead of printing it works the same.
        var returning = TargetRenderer.CreateBuilder().UseTemplate("html-findings", "{{~ func findings_list(group); ret group ? '<' + group.count + '>' : ''; end ~}}").Build().GetRendererOrThrow();
        Assert.Contains("class=\"code\">13073024P00888510015C<1></td>", Render(returning), StringComparison.Ordinal);
    }

    [Fact]
    public void A_findings_list_that_prints_its_own_group_stops_at_the_recursion_limit()
    {
        var renderer = TargetRenderer.CreateBuilder().UseTemplate("html-findings", "{{~ func findings_list(group) ~}}{{ group }}{{~ end ~}}").Build().GetRendererOrThrow();
        var result = renderer.Render(RenderingFixtures.Seed, Review, RenderingFixtures.SeedReport());
        Assert.False(result.Success);
        Assert.Equal(TemplateErrorKind.LimitExceeded, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Finding_groups_prints_the_groups_and_a_template_of_that_name_replaces_it()
    {
        var renderer = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, "{{ finding_groups review.groups }}|{{ finding_groups null }}").Build().GetRendererOrThrow();
        var printed = Render(renderer);
        Assert.StartsWith("<div class=\"finding-groups\">\n<details class=\"group error\" id=\"rule-PT001\" open>", printed, StringComparison.Ordinal);
        Assert.EndsWith("</details>\n</div>\n|", printed, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hint\">建议：核对项目编码。</p>", printed, StringComparison.Ordinal);

        // Each hint once, then the places as links, no message: that is in the box a link lands on.
        Assert.DoesNotContain("class=\"message", printed, StringComparison.Ordinal);
        var shownFindings = RenderingFixtures.SeedReport().Findings.Count(f => f.ProjectIndex is null or 0 or >= 23);
        Assert.Equal(shownFindings, System.Text.RegularExpressions.Regex.Matches(printed, "<a href=\"#finding-\\d+\">").Count);
        foreach (var hint in RenderingFixtures.SeedReport().Findings.Where(f => f.ProjectIndex is null or 0 or >= 23 && f.Hint is not null).Select(f => f.Hint!).Distinct())
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(printed, System.Text.RegularExpressions.Regex.Escape("<p class=\"hint\">建议：" + System.Net.WebUtility.HtmlEncode(hint) + "</p>")));
        }

        var own = TargetRenderer.CreateBuilder().UseTemplate("html-findings", "{{~ func finding_groups(groups) ~}}[{{ groups.size }} rules]{{~ end ~}}").Build().GetRendererOrThrow();
        var html = own.Render(RenderingFixtures.Seed, Review, RenderingFixtures.SeedReport()).GetTextOrThrow();
        var at = html.IndexOf("<h3>按规则", StringComparison.Ordinal);
        Assert.True(at > 0);
        var shown = RenderingFixtures.SeedReport().Findings.Where(f => f.ProjectIndex is null or 0 or >= 23).Select(f => f.RuleId).Distinct().Count();
        var expected = "<h3>按规则（同类问题合并，建议只列一次）</h3>\n[" + shown + " rules]";
        Assert.Equal(expected, html.Substring(at, expected.Length));
        Assert.DoesNotContain("finding-groups\">", html, StringComparison.Ordinal);

        var wrong = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, "{{ finding_groups 'x' }}").Build().GetRendererOrThrow();
        Assert.Contains("review.groups", Assert.Single(wrong.Render(RenderingFixtures.Excerpt).Errors).Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_list_refuses_what_is_not_a_finding_group()
    {
        var renderer = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, "\n{{ findings_list 'x' }}").Build().GetRendererOrThrow();
        var error = Assert.Single(renderer.Render(RenderingFixtures.Excerpt).Errors);
        Assert.Equal(TemplateErrorKind.Runtime, error.Kind);
        Assert.Equal(2, error.Location!.Line);
        Assert.Contains("finding group", error.Text.English, StringComparison.Ordinal);
    }

    /// <summary>The 1-based position of the seed report's (only) finding of a rule: the number of its anchor.</summary>
    private static string Ordinal(string ruleId) =>
        (RenderingFixtures.SeedReport().Findings.Select((f, i) => (f, i)).Single(x => x.f.RuleId == ruleId).i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
