using System.Collections.Immutable;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// Nothing is lost on the way import → exchange JSON → read → HTML: every cell of the rendered page, its markup removed
/// and its character references decoded, holds exactly the text of the document's cell. The only change is the one the
/// HTML encoder makes on purpose and documents (<see cref="Visible"/>): line breaks become LF, and control characters
/// HTML forbids become U+FFFD. Everything else — spaces at either end, tabs, markup-like text, emoji — comes through.
/// </summary>
public class NothingLostTests
{
    private static readonly Regex Cell = new("<td[^>]*?class=\"(?<class>[^\"]*)\"[^>]*>(?<text>.*?)</td>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Paragraph = new("<p>(?<text>.*?)</p>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Tag = new("<[^>]*>", RegexOptions.CultureInvariant);

    /// <summary>
    /// What a cell's text looks like in HTML, the renderer's documented transformation: CR LF and a lone CR become LF (as
    /// HTML parsers read them anyway), and C0 controls other than tab and LF, DEL and the C1 controls (which HTML forbids
    /// in text) become U+FFFD. Nothing else changes.
    /// </summary>
    internal static string Visible(string? raw)
    {
        if (raw is null)
        {
            return string.Empty;
        }

        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append((c < ' ' && c is not '\t' and not '\n') || c is >= '\u007F' and <= '\u009F' ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    /// <summary>The text of an element's content: markup removed, character references decoded.</summary>
    internal static string TextOf(string html) => WebUtility.HtmlDecode(Tag.Replace(html, string.Empty));

    [Fact]
    public void The_transformation_is_the_encoders_and_no_more()
    {
        Assert.Equal("a\nb\nc\uFFFDd\te \uFFFD\uFFFD😀 <&>\"'", Visible("a\r\nb\rc\u0001d\te \u007F\u0085😀 <&>\"'"));
        var document = RenderingDocument("a\r\nb\rc\u0001d\te \u007F\u0085😀 <&>\"'  ");
        var html = TargetRenderer.Default.Render(document).GetTextOrThrow();
        Assert.Contains("<td class=\"target\">a\nb\nc\uFFFDd\te \uFFFD\uFFFD😀 &lt;&amp;&gt;&quot;&#39;  </td>", html, StringComparison.Ordinal);
        AssertKept(document, html, MergedCellStyle.Merge);
    }

    private static TargetDocument RenderingDocument(string target)
    {
        var seed = TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();
        var project = seed.Projects[0];
        return seed with { Projects = [project with { Indicators = [project.Indicators[0] with { Target = target }] }] };
    }

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestPaths.Samples, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_cell_of_a_sample_reaches_the_page(string sample)
    {
        var read = TargetJson.ReadFile(TestPaths.Sample(sample)).GetDocumentOrThrow();
        AssertRoundTripKept(read);
    }

    [Fact]
    public void Every_cell_of_the_imported_seed_text_reaches_the_page()
    {
        var imported = TargetImporter.Import(TestPaths.Seed).GetDocumentOrThrow();
        Assert.Equal(23, imported.Projects.Length);
        var page = AssertRoundTripKept(imported);

        // And against the source itself: every cell of every indicator row of the text (the six cells after a row's
        // level-1 and level-2 cells, or fewer where the table merges them) is a cell of the page.
        var cells = Cell.Matches(page).Select(m => TextOf(m.Groups["text"].Value)).ToHashSet(StringComparer.Ordinal);
        var text = File.ReadAllText(TestPaths.Seed, Encoding.UTF8);
        foreach (var indicator in imported.Projects.SelectMany(p => p.Indicators))
        {
            foreach (var value in new[] { indicator.Name, indicator.Description, indicator.Target, indicator.Basis })
            {
                Assert.Contains(value ?? string.Empty, cells);
                Assert.Contains("\t" + value, text, StringComparison.Ordinal);
            }
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Generated)])]
    public void Every_cell_of_a_generated_document_reaches_the_page(TargetDocument document) => AssertRoundTripKept(document);

    /// <summary>The generated documents of <see cref="DocumentArbitraries"/>.</summary>
    public static class Generated
    {
        public static Arbitrary<TargetDocument> Documents() => DocumentArbitraries.Documents();
    }

    /// <summary>Writes the document as exchange JSON, reads it, renders it both ways and checks every cell; returns the merged page.</summary>
    private static string AssertRoundTripKept(TargetDocument document)
    {
        var back = TargetJson.Read(TargetJson.Write(document));
        Assert.True(back.Success, string.Join("\n", back.Errors));
        Assert.Equal(document, back.Document);
        var repeated = TargetRenderer.Default.Render(back.Document, new RenderOptions { MergedCells = MergedCellStyle.Repeat }).GetTextOrThrow();
        AssertKept(back.Document, repeated, MergedCellStyle.Repeat);
        var merged = TargetRenderer.Default.Render(back.Document).GetTextOrThrow();
        AssertKept(back.Document, merged, MergedCellStyle.Merge);
        return merged;
    }

    /// <summary>Checks the page cell by cell, in order, against the document.</summary>
    internal static void AssertKept(TargetDocument document, string html, MergedCellStyle style)
    {
        // The title: whole in the cover heading (whose line break after the department name is markup, not text).
        var cover = Between(html, "<h1 class=\"title\">", "</h1>");
        if (document.Title is { Length: > 0 } title)
        {
            Assert.Equal(Visible(title), TextOf(cover));
        }

        // Part 1: the paragraphs of its three sections, in order, numbered from 1 in each.
        if (document.OverallTargets is { } overall)
        {
            var part1 = Between(html, "<section class=\"part\" id=\"part-1\">", "</section>");
            var expected = new[] { overall.Overall, overall.Itemized, overall.Safeguards }
                .SelectMany(section => section.Select((p, i) => (i + 1) + "." + Visible(p)));
            Assert.Equal(expected, Paragraph.Matches(part1).Select(m => TextOf(m.Groups["text"].Value)));
        }

        foreach (var credit in new[] { document.PreparedBy, document.ReviewedBy })
        {
            if (credit is { Length: > 0 })
            {
                Assert.Contains(Visible(credit), TextOf(html), StringComparison.Ordinal);
            }
        }

        var sections = html.Split("<section class=\"project\"").Skip(1).ToArray();
        Assert.Equal(document.Projects.Length, sections.Length);
        for (var p = 0; p < sections.Length; p++)
        {
            var project = document.Projects[p];
            var section = sections[p].Substring(0, sections[p].IndexOf("</section>", StringComparison.Ordinal));
            var tables = section.Split("<table class=\"indicators\">");
            var header = Cells(tables[0]);
            string Single(string name) => Assert.Single(header, c => c.Class == name).Text;

            Assert.Equal(Visible(project.Code), Single("code"));
            Assert.Equal(Visible(project.Name), Single("name"));
            Assert.Equal(Visible(project.FundUse), Single("fund-use"));
            Assert.Equal(project.Unit is { } unit ? Visible(unit.Code + unit.Name) : string.Empty, Single("unit"));
            Assert.Equal(Numbered(project.Goals), Paragraphs(tables[0], "goals"));
            if (project.PeriodGoals.Length > 0)
            {
                Assert.Equal(Numbered(project.PeriodGoals), Paragraphs(tables[0], "goals period"));
            }

            if (project.ReviewOpinion is not null)
            {
                Assert.Equal(Visible(project.ReviewOpinion), Single("review-opinion"));
            }

            AssertRows(project.Indicators, Cells(tables[1]), style);
            if (project.PeriodIndicators.Length > 0)
            {
                AssertRows(project.PeriodIndicators, Cells(tables[2]), style);
            }
            else
            {
                Assert.Equal(2, tables.Length);
            }
        }
    }

    private static void AssertRows(ImmutableArray<Indicator> rows, List<(string Class, string Text)> cells, MergedCellStyle style)
    {
        foreach (var (name, value) in new (string, Func<Indicator, string?>)[] { ("name", i => i.Name), ("description", i => i.Description), ("target", i => i.Target), ("basis", i => i.Basis) })
        {
            Assert.Equal(rows.Select(i => Visible(value(i))), cells.Where(c => c.Class == name).Select(c => c.Text));
        }

        // 一级指标 and 二级指标: one cell per row when repeated; one per run of equal texts when merged, as the official table.
        var level1 = new List<string>();
        var level2 = new List<string>();
        for (var i = 0; i < rows.Length; i++)
        {
            var merge = style == MergedCellStyle.Merge && i > 0;
            if (!merge || !string.Equals(rows[i].Level1, rows[i - 1].Level1, StringComparison.Ordinal))
            {
                level1.Add(Visible(rows[i].Level1));
                level2.Add(Visible(rows[i].Level2));
            }
            else if (!string.Equals(rows[i].Level2, rows[i - 1].Level2, StringComparison.Ordinal))
            {
                level2.Add(Visible(rows[i].Level2));
            }
        }

        Assert.Equal(level1, cells.Where(c => c.Class == "level1").Select(c => c.Text));
        Assert.Equal(level2, cells.Where(c => c.Class == "level2").Select(c => c.Text));
    }

    private static IEnumerable<string> Numbered(ImmutableArray<string> paragraphs) => paragraphs.Select((g, i) => (i + 1) + "." + Visible(g));

    private static IEnumerable<string> Paragraphs(string html, string cellClass)
    {
        var match = Cell.Matches(html).Single(m => m.Groups["class"].Value == cellClass);
        return Paragraph.Matches(match.Groups["text"].Value).Select(m => TextOf(m.Groups["text"].Value));
    }

    private static List<(string Class, string Text)> Cells(string html) =>
        [.. Cell.Matches(html).Select(m => (m.Groups["class"].Value, TextOf(m.Groups["text"].Value)))];

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, "missing " + start);
        from += start.Length;
        return text.Substring(from, text.IndexOf(end, from, StringComparison.Ordinal) - from);
    }
}
