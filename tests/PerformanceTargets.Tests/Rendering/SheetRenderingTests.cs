using System.Text.RegularExpressions;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// The 绩效自评表 and the 绩效运行监控表 (<see cref="TableKind"/>) of the two lifecycle samples, compared byte for byte
/// with the committed samples and golden files. Regenerate after a deliberate template change with
/// <c>PERFTARGETS_APPROVE=1 dotnet test --filter FullyQualifiedName~Rendering.SheetRenderingTests</c>.
/// </summary>
public class SheetRenderingTests
{
    private static readonly Lazy<TargetDocument> EvaluationDocument = new(() => TargetJson.ReadFile(TestPaths.Sample("guanting-2024-evaluation.json")).GetDocumentOrThrow());
    private static readonly Lazy<TargetDocument> MonitoringDocument = new(() => TargetJson.ReadFile(TestPaths.Sample("guanting-2024-monitoring.json")).GetDocumentOrThrow());

    private static TargetDocument Evaluation => EvaluationDocument.Value;

    private static TargetDocument Monitoring => MonitoringDocument.Value;

    private static RenderOptions EvaluationHtml => new() { TableKind = TableKind.Evaluation };

    private static RenderOptions MonitoringHtml => new() { TableKind = TableKind.Monitoring };

    [Fact]
    public void Evaluation_sample_renders_to_its_committed_html_and_markdown()
    {
        RenderingFixtures.AssertGolden(TestPaths.Sample("guanting-2024-evaluation.html"), TargetRendering.ToHtml(Evaluation, EvaluationHtml));
        RenderingFixtures.AssertGolden(TestPaths.Sample("guanting-2024-evaluation.md"), TargetRendering.ToMarkdown(Evaluation, EvaluationHtml));
    }

    [Fact]
    public void Monitoring_sample_renders_to_its_committed_html_and_markdown()
    {
        RenderingFixtures.AssertGolden(TestPaths.Sample("guanting-2024-monitoring.html"), TargetRendering.ToHtml(Monitoring, MonitoringHtml));
        RenderingFixtures.AssertGolden(TestPaths.Sample("guanting-2024-monitoring.md"), TargetRendering.ToMarkdown(Monitoring, MonitoringHtml));
    }

    [Fact]
    public void English_sheets_match_their_golden_files()
    {
        RenderingFixtures.AssertGolden(TestPaths.TestData("Rendering", "guanting-2024-evaluation-en.md"), TargetRendering.ToMarkdown(Evaluation, EvaluationHtml with { Language = Language.English }));
        RenderingFixtures.AssertGolden(TestPaths.TestData("Rendering", "guanting-2024-monitoring-en.md"), TargetRendering.ToMarkdown(Monitoring, MonitoringHtml with { Language = Language.English }));
    }

    [Fact]
    public void The_evaluation_table_has_the_official_columns_and_the_reported_figures_as_written()
    {
        var html = TargetRenderer.Default.RenderTable(Evaluation, 0, EvaluationHtml).GetTextOrThrow();
        Assert.StartsWith("<section class=\"project sheet\" id=\"table-1\">", html, StringComparison.Ordinal);
        foreach (var label in new[] { "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度总体目标", "预期目标", "实际完成情况", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "总分", "评价等级" })
        {
            Assert.Contains(label, html, StringComparison.Ordinal);
        }

        // Project 1 prints 总分 100; its scores sum to 99.89: the table shows the printed figure, the computed one beside it.
        Assert.Contains("<td class=\"score\">100", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"computed\">99.89 · 优</td>", html, StringComparison.Ordinal);
        Assert.Contains("66.80", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_light_is_a_symbol_and_a_word_as_well_as_a_colour()
    {
        var html = TargetRendering.ToHtml(Monitoring, MonitoringHtml);
        var lights = Regex.Matches(html, "<span class=\"light (green|yellow|red|unknown)\"><span class=\"symbol\">(.)</span>([^<]+)</span>");
        Assert.NotEmpty(lights);
        foreach (Match light in lights)
        {
            var (symbol, word) = light.Groups[1].Value switch
            {
                "green" => ("●", "绿灯"),
                "yellow" => ("▲", "黄灯"),
                "red" => ("■", "红灯"),
                _ => ("?", "无法判断"),
            };
            Assert.Equal(symbol, light.Groups[2].Value);
            Assert.Equal(word, light.Groups[3].Value);
        }

        var table8 = TargetRenderer.Default.RenderTable(Monitoring, 7, MonitoringHtml).GetTextOrThrow();
        Assert.Contains("<h3>8.", table8, StringComparison.Ordinal);
        Assert.Contains("<span class=\"light red\"><span class=\"symbol\">■</span>红灯</span></h3>", table8, StringComparison.Ordinal);
        var markdown = TargetRendering.ToMarkdown(Monitoring, MonitoringHtml);
        Assert.Contains("| ▲ 黄灯 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| ■ 红灯 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_view_shows_the_scoring_findings_beside_their_cells()
    {
        var report = TargetValidator.Default.Validate(Evaluation);
        var html = TargetRendering.ToReviewHtml(Evaluation, report, EvaluationHtml);
        RenderingFixtures.AssertGolden(TestPaths.TestData("Rendering", "guanting-2024-evaluation-review.html"), html);

        // PT609 on project 1's 总分, beside the total cell; PT606 on project 18's missing actual, in the actual cell.
        var table1 = Section(html, "table-1");
        Assert.Matches("<td class=\"score\">100<span class=\"findings [a-z]+\">.*PT609", table1);
        var table18 = Section(html, "table-18");
        Assert.Matches("<td class=\"actual\"><span class=\"findings [a-z]+\">.*PT606", table18);

        var monitoringReport = TargetValidator.Default.Validate(Monitoring);
        var monitoring = TargetRendering.ToReviewHtml(Monitoring, monitoringReport, MonitoringHtml);
        Assert.Matches("<td class=\"progress\">[^<]*<span class=\"findings [a-z]+\">.*PT703", Section(monitoring, "table-12"));
        Assert.Matches("<td class=\"amount\">[^<]*<span class=\"findings [a-z]+\">.*PT701", Section(monitoring, "table-8"));
    }

    [Fact]
    public void Data_in_the_blocks_is_escaped()
    {
        var n = 0;
        string Next() => RenderingFixtures.HostileStrings[n++ % RenderingFixtures.HostileStrings.Length];
        var hostile = Evaluation with
        {
            Projects =
            [
                .. Evaluation.Projects.Take(2).Select(p => p with
                {
                    Name = Next(),
                    Evaluation = p.Evaluation! with { GoalOutcomes = [Next()], Conclusion = Next(), Problems = Next(), Improvements = Next() },
                    Monitoring = new ProjectMonitoring { AsOf = "2024-07-31", Spent = 1m, DeviationReason = Next(), Remedy = Next(), Note = Next() },
                    Indicators =
                    [
                        .. p.Indicators.Select(i => i with
                        {
                            Evaluation = i.Evaluation! with { Actual = Next(), DeviationReason = Next() },
                            Monitoring = new IndicatorMonitoring { Progress = Next(), ExpectedYearEnd = Next(), DeviationReason = Next(), Remedy = Next(), Note = Next() },
                        }),
                    ],
                }),
            ],
        };
        foreach (var kind in new[] { TableKind.Evaluation, TableKind.Monitoring })
        {
            var html = TargetRendering.ToHtml(hostile, new RenderOptions { TableKind = kind });
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
            Assert.Contains("{{ 6 * 7 }}", html, StringComparison.Ordinal);
            var markdown = TargetRendering.ToMarkdown(hostile, new RenderOptions { TableKind = kind, Format = RenderFormat.Markdown });
            Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
            foreach (var line in markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)))
            {
                // A pipe table row keeps its cells: data pipes are escaped.
                Assert.DoesNotContain("a|b", line, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Targets_stay_the_default_and_a_target_table_renders_as_before()
    {
        Assert.Equal(TableKind.Targets, RenderOptions.Default.TableKind);
        Assert.NotEqual(RenderOptions.Default, RenderOptions.Default with { TableKind = TableKind.Evaluation });
        var html = TargetRendering.ToHtml(Evaluation);
        Assert.DoesNotContain("绩效自评表", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_blocks_renders_empty_sheets_without_failing()
    {
        var html = TargetRendering.ToHtml(RenderingFixtures.Excerpt, EvaluationHtml);
        Assert.Contains("项目支出绩效自评表", html, StringComparison.Ordinal);
        var markdown = TargetRendering.ToMarkdown(RenderingFixtures.Excerpt, MonitoringHtml);
        Assert.Contains("项目支出绩效运行监控表", markdown, StringComparison.Ordinal);
    }

    private static string Section(string html, string anchor)
    {
        var start = html.IndexOf("id=\"" + anchor + "\"", StringComparison.Ordinal);
        Assert.True(start >= 0, anchor);
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
