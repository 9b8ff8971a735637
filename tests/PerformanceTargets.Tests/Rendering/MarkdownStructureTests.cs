#if !LIBRARY_NETSTANDARD
// Markdig is referenced by the main test project only; the golden files prove the netstandard build writes the same text.
using System.Text;
using FsCheck.Xunit;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// The Markdown parses with Markdig into tables with the rows and cells of the model: the header block (two columns),
/// the spending plan (a column per month) and the indicator table (merged cells blank below their first row), for the
/// seed, for hostile data and for generated documents.
/// </summary>
public class MarkdownStructureTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    [Fact]
    public void Seed_markdown_has_the_tables_rows_and_cells_of_the_model()
    {
        var document = RenderingFixtures.Seed;
        AssertTablesMatch(document, File.ReadAllText(TestPaths.Sample("guanting-2024.md")), MergedCellStyle.Merge);
        Assert.Equal(179, document.IndicatorCount);
    }

    [Fact]
    public void Hostile_data_never_breaks_a_markdown_table()
    {
        var document = RenderingFixtures.Hostile();
        AssertTablesMatch(document, TargetRendering.ToMarkdown(document), MergedCellStyle.Merge);
        AssertTablesMatch(document, TargetRendering.ToMarkdown(document, new RenderOptions { MergedCells = MergedCellStyle.Repeat }), MergedCellStyle.Repeat);
    }

    [Fact]
    public void Markdown_of_hostile_data_has_no_html_but_the_line_breaks_and_anchors_of_the_templates()
    {
        var markdown = TargetRendering.ToMarkdown(RenderingFixtures.Hostile());
        var html = Markdown.ToHtml(markdown, Pipeline);
        // The template's own bold labels are the only strong text.
        html = html.Replace("<strong>实施期绩效指标</strong>", string.Empty, StringComparison.Ordinal);
        foreach (var forbidden in new[] { "<script", "<img", "<svg", "<a href=\"javascript", "<style", "<!--", "<em>", "<strong>", "<code>", "<del>", "<h4" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(DocumentArbitraries)])]
    public void Generated_documents_render_to_markdown_tables_that_match_the_model(TargetDocument document)
    {
        AssertTablesMatch(document, TargetRendering.ToMarkdown(document), MergedCellStyle.Merge);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Any_text_in_a_cell_parses_back_to_itself(string text)
    {
        var row = "| a | b |\n| --- | --- |\n| " + MarkdownEncoder.Escape(text) + " | end |\n";
        var table = Markdown.Parse(row, Pipeline).Descendants<Table>().Single();
        var cells = ((TableRow)table[1]).Cast<TableCell>().Select(CellText).ToList();
        return cells.Count == 2 && cells[0] == Expected(text) && cells[1] == "end";
    }

    private static void AssertTablesMatch(TargetDocument document, string markdown, MergedCellStyle style)
    {
        var tables = Markdown.Parse(markdown, Pipeline).Descendants<Table>().Select(Read).ToList();
        var expected = document.Projects.SelectMany(p => ExpectedTables(document, p, style)).ToList();
        Assert.Equal(expected.Count, tables.Count);
        for (var t = 0; t < expected.Count; t++)
        {
            Assert.Equal(expected[t].Count, tables[t].Count);
            for (var r = 0; r < expected[t].Count; r++)
            {
                Assert.Equal(expected[t][r], tables[t][r]);
            }
        }
    }

    /// <summary>The rows of the tables one project should give, each a list of cell texts (the header row first).</summary>
    private static IEnumerable<List<List<string>>> ExpectedTables(TargetDocument document, Project p, MergedCellStyle style)
    {
        static string N(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        static string Goals(IEnumerable<string> goals) => string.Join("\n", goals.Select((g, i) => (i + 1) + "." + Expected(g)));

        var unit = document.AmountUnit == AmountUnit.Yuan ? "单位：元" : "单位：万元";
        var header = new List<List<string>> { new() { p.Unit is null ? string.Empty : Expected((p.Unit.Code ?? string.Empty) + (p.Unit.Name ?? string.Empty)), unit } };
        header.Add(["项目编码", Expected(p.Code)]);
        header.Add(["项目名称", Expected(p.Name)]);
        if (p.Attribute is not null || p.ImplementationPeriod is not null)
        {
            header.Add(["项目属性", p.Attribute switch { ProjectAttribute.New => "新增", ProjectAttribute.Continuing => "延续", _ => string.Empty }]);
            header.Add(["项目实施期", p.ImplementationPeriod is { } period ? Expected(period.Start + " 至 " + period.End) : string.Empty]);
        }

        header.Add(["预算数", N(p.Budget.Total)]);
        header.Add(["其中：财政资金", N(p.Budget.Fiscal)]);
        header.Add(["其他资金", N(p.Budget.Other)]);
        header.Add(["资金用途", Expected(p.FundUse)]);
        header.Add(["绩效目标", Goals(p.Goals)]);
        if (p.PeriodGoals.Length > 0)
        {
            header.Add(["实施期绩效目标", Goals(p.PeriodGoals)]);
        }

        if (p.ReviewOpinion is not null)
        {
            header.Add(["财政部门审核意见", Expected(p.ReviewOpinion)]);
        }

        yield return header;

        yield return
        [
            ["资金支出计划（%）", .. p.SpendingPlan.Select(s => s.Month + "月底")],
            [string.Empty, .. p.SpendingPlan.Select(s => N(s.CumulativePercent) + "%")],
        ];

        var hasWeight = p.Indicators.Concat(p.PeriodIndicators).Any(i => i.Weight is not null);
        var hasDirection = p.Indicators.Concat(p.PeriodIndicators).Any(i => i.Direction is not null);
        yield return Indicators(p.Indicators, style, hasWeight, hasDirection);
        if (p.PeriodIndicators.Length > 0)
        {
            yield return Indicators(p.PeriodIndicators, style, hasWeight, hasDirection);
        }
    }

    private static List<List<string>> Indicators(IReadOnlyList<Indicator> indicators, MergedCellStyle style, bool hasWeight, bool hasDirection)
    {
        var rows = new List<List<string>>();
        var head = new List<string> { "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据" };
        if (hasWeight)
        {
            head.Add("权重");
        }

        if (hasDirection)
        {
            head.Add("指标方向");
        }

        rows.Add(head);
        for (var i = 0; i < indicators.Count; i++)
        {
            var x = indicators[i];
            var merge = style == MergedCellStyle.Merge && i > 0;
            var sameLevel1 = merge && indicators[i - 1].Level1 == x.Level1;
            var sameLevel2 = sameLevel1 && indicators[i - 1].Level2 == x.Level2;
            var row = new List<string>
            {
                sameLevel1 ? string.Empty : Expected(x.Level1),
                sameLevel2 ? string.Empty : Expected(x.Level2),
                Expected(x.Name),
                Expected(x.Description),
                Expected(x.Target),
                Expected(x.Basis),
            };
            if (hasWeight)
            {
                row.Add(x.Weight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            }

            if (hasDirection)
            {
                row.Add(x.Direction switch { IndicatorDirection.Positive => "正向", IndicatorDirection.Negative => "反向", _ => string.Empty });
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>What a Markdown cell shows of a text: line breaks as \n, control characters as U+FFFD.</summary>
    private static string Expected(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new string([.. normalized.Select(c => (c < ' ' && c is not '\t' and not '\n') || c is >= '\u007F' and <= '\u009F' ? '\uFFFD' : c)]);
    }

    private static List<List<string>> Read(Table table) =>
        table.Cast<TableRow>().Select(row => row.Cast<TableCell>().Select(CellText).ToList()).ToList();

    private static string CellText(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var block in cell)
        {
            if (block is ParagraphBlock { Inline: { } inline })
            {
                foreach (var child in inline)
                {
                    Append(child, text);
                }
            }
        }

        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline html when html.Tag == "<br>":
                text.Append('\n');
                break;
            case ContainerInline container:
                // Emphasis, links and the like would mean escaping failed: write a marker the comparison will catch.
                text.Append('«').Append(container.GetType().Name).Append('»');
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
            default:
                text.Append('«').Append(inline.GetType().Name).Append('»');
                break;
        }
    }
}
#endif
