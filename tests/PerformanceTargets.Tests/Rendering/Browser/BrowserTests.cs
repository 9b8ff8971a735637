using System.Text.Json;
using Microsoft.Playwright;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Rendering.Browser;

/// <summary>
/// The rendered HTML in a real headless Chromium: hostile data runs no script and adds no element, and the merged
/// 一级指标/二级指标 cells cover exactly the rows of their indicators (geometry read from the laid-out page).
/// </summary>
public class BrowserTests : IClassFixture<BrowserFixture>
{
    private const string CspMeta = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n";

    private const string InjectedElements =
        "document.querySelectorAll('script, img, svg, iframe, object, embed, form, input, body style, link, base, a[href]:not([href^=\"#\"]), [onerror], [onload], [onclick]').length";

    private readonly BrowserFixture _browser;

    public BrowserTests(BrowserFixture browser) => _browser = browser;

    [BrowserFact]
    public async Task Hostile_data_runs_no_script_and_adds_no_element_even_without_the_content_security_policy()
    {
        var hostile = RenderingFixtures.Hostile();
        var findings = RenderingFixtures.HostileStrings.Select((s, i) => RenderingFixtures.Make("PT" + i, Severity.Error, RuleCategory.Format, i % 2 == 0 ? "/projects/0/name" : "/title", s, s));
        var pages = new Dictionary<string, string>
        {
            ["document"] = TargetRendering.ToHtml(hostile),
            ["document, repeated cells, English"] = TargetRendering.ToHtml(hostile, new RenderOptions { MergedCells = MergedCellStyle.Repeat, Language = Language.English }),
            ["review view"] = TargetRendering.ToReviewHtml(hostile, new ValidationReport(findings, hostile, "<script>x</script>.json", "\"><img src=x onerror=alert(1)>")),
            ["one table"] = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>t</title></head><body>" +
                TargetRenderer.Default.RenderTable(hostile, 0, new RenderOptions { Review = true }, new ValidationReport(findings, hostile, null, "x")).GetTextOrThrow() +
                "</body></html>",
        };

        foreach (var (name, html) in pages)
        {
            if (name != "one table")
            {
                Assert.Contains(CspMeta, html, StringComparison.Ordinal);
            }

            var page = await LoadAsync(html.Replace(CspMeta, string.Empty, StringComparison.Ordinal));
            Assert.Equal(0, await page.EvaluateAsync<int>("window.__pwned || 0"));
            Assert.Equal(0, await page.EvaluateAsync<int>(InjectedElements));
            Assert.Equal(0, Dialogs(page));

            // The hostile text is there, as text.
            var text = await page.EvaluateAsync<string>("document.body.textContent");
            Assert.Contains("<script>window.__pwned", text, StringComparison.Ordinal);
            Assert.Contains("\"><img src=x onerror=\"window.__pwned", text, StringComparison.Ordinal);
            Assert.Contains("{{ 6 * 7 }}", text, StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_detector_sees_script_that_an_unescaped_raw_value_lets_run()
    {
        // Control: the same hostile title printed through 'raw' by a careless user template does run script. This proves
        // the test above would fail if the renderer let data through unescaped.
        var careless = TargetRenderer.CreateBuilder()
            .UseTemplate(TemplateKind.HtmlDocument, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>{{ document.raw.title }}</p><p>{{ document.title }}</p></body></html>")
            .Build().GetRendererOrThrow();
        var document = RenderingFixtures.Excerpt with { Title = RenderingFixtures.HostileStrings[1] };
        var page = await LoadAsync(careless.Render(document).GetTextOrThrow());
        await page.WaitForFunctionAsync("(window.__pwned || 0) > 0", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<int>(InjectedElements) > 0);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Merged_level1_and_level2_cells_span_exactly_the_rows_of_their_indicators()
    {
        var document = RenderingFixtures.Seed;
        var page = await LoadAsync(TargetRendering.ToHtml(document));
        for (var p = 0; p < document.Projects.Length; p++)
        {
            var indicators = document.Projects[p].Indicators;
            var geometry = await GeometryAsync(page, "table-" + (p + 1));
            Assert.Equal(indicators.Length, geometry.Rows.Count);

            var level1Groups = Runs(indicators, 0, indicators.Length, i => i.Level1);
            Assert.Equal(level1Groups.Count, geometry.Level1.Count);
            for (var g = 0; g < level1Groups.Count; g++)
            {
                var (start, end) = level1Groups[g];
                AssertCovers(geometry, geometry.Level1[g], start, end, indicators[start].Level1, $"table {p + 1}, 一级指标 group {g}");
                var level2Groups = Runs(indicators, start, end, i => i.Level2);
                var level2Cells = geometry.Level2.Where(c => c.Row >= start && c.Row < end).ToList();
                Assert.Equal(level2Groups.Count, level2Cells.Count);
                for (var h = 0; h < level2Groups.Count; h++)
                {
                    AssertCovers(geometry, level2Cells[h], level2Groups[h].Start, level2Groups[h].End, indicators[level2Groups[h].Start].Level2, $"table {p + 1}, 二级指标 group {h}");
                }
            }
        }

        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Repeated_cells_give_every_row_its_own_level1_cell()
    {
        var document = RenderingFixtures.Seed;
        var page = await LoadAsync(TargetRendering.ToHtml(document, new RenderOptions { MergedCells = MergedCellStyle.Repeat, Tables = [0] }));
        var geometry = await GeometryAsync(page, "table-1");
        Assert.Equal(geometry.Rows.Count, geometry.Level1.Count);
        for (var i = 0; i < geometry.Rows.Count; i++)
        {
            AssertCovers(geometry, geometry.Level1[i], i, i + 1, document.Projects[0].Indicators[i].Level1, "row " + i);
        }

        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Review_findings_are_drawn_inside_the_cell_they_concern()
    {
        var page = await LoadAsync(TargetRendering.ToReviewHtml(RenderingFixtures.Seed, RenderingFixtures.SeedReport()));
        var inside = await page.EvaluateAsync<bool>(
            """
            () => {
              const rule = [...document.querySelectorAll('#table-1 table.indicators code.rule')].find(c => c.textContent === 'PT105');
              const cell = document.querySelectorAll('#table-1 table.indicators tbody tr')[3].querySelector('td.target');
              const a = rule.closest('.finding').getBoundingClientRect(), b = cell.getBoundingClientRect();
              return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
            }
            """);
        Assert.True(inside);
        Assert.Equal("rgb(176, 0, 32)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.finding.error .severity')).color"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_review_uses_the_window_width_keeps_the_level_columns_readable_and_its_links_land_on_the_cells()
    {
        var report = TargetValidator.Default.ValidateFile(Infrastructure.TestPaths.Seed);
        var page = await LoadAsync(TargetRendering.ToReviewHtml(report.Document!, report));
        await page.SetViewportSizeAsync(1600, 900);

        // As wide as the window (A4 is 794 px), the summary above the cover, 一级/二级 cells wide enough for 产出指标.
        Assert.True(await page.EvaluateAsync<double>("document.body.getBoundingClientRect().width") >= 1500);
        Assert.True(await page.EvaluateAsync<bool>(
            "document.getElementById('review-summary').getBoundingClientRect().bottom <= document.querySelector('header.cover').getBoundingClientRect().top"));
        var widths = await page.EvaluateAsync<double[]>(
            "[...document.querySelectorAll('#table-3 table.indicators td.level1, #table-3 table.indicators td.level2')].map(c => c.getBoundingClientRect().width)");
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.True(w >= 80, $"a level cell is {w} px wide"));

        // In a narrow window, too, the level columns keep their minimum width (the findings beside them do not squeeze them).
        await page.SetViewportSizeAsync(900, 900);
        var narrow = await page.EvaluateAsync<double[]>(
            "[...document.querySelectorAll('table.indicators td.level1, table.indicators td.level2')].map(c => c.getBoundingClientRect().width)");
        Assert.All(narrow, w => Assert.True(w >= 80, $"in a window 900 px wide a level cell is {w} px wide"));
        await page.SetViewportSizeAsync(1600, 900);

        // A group's link lands on the finding's box in its cell, in view; the box's rule id leads back to the group.
        await page.ClickAsync("#rule-PT102 a[href^='#finding-']");
        var landed = await page.EvaluateAsync<string[]>(
            "() => { const t = document.querySelector(':target'); const b = t.getBoundingClientRect(); return [t.closest('section.project').id, t.closest('td').className, String(b.top >= 0 && b.bottom <= innerHeight), t.textContent]; }");
        Assert.Equal(["table-3", "goals", "true"], landed[..3]);
        Assert.Contains("PT102", landed[3], StringComparison.Ordinal);
        Assert.Contains("错误", landed[3], StringComparison.Ordinal);
        Assert.Contains("✖", landed[3], StringComparison.Ordinal);
        await page.ClickAsync(":target a.rule-link");
        Assert.Equal("rule-PT102", await page.EvaluateAsync<string>("document.querySelector(':target').id"));

        // Printed, the summary has a page of its own and the page is A4 again.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("page", await page.EvaluateAsync<string>("getComputedStyle(document.getElementById('review-summary')).breakAfter"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_document_prints_on_a4_with_each_table_on_a_new_page()
    {
        var page = await LoadAsync(TargetRendering.ToHtml(RenderingFixtures.Seed));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal("page", await page.EvaluateAsync<string>("getComputedStyle(document.querySelectorAll('section.project')[1]).breakBefore"));
        Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#') || !document.getElementById(a.getAttribute('href').slice(1))).length"));
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        var pages = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;
        Assert.True(pages >= 23 + 3, $"{pages} pages");
        await page.Context.CloseAsync();
    }

    private static List<(int Start, int End)> Runs(IReadOnlyList<Indicator> indicators, int start, int end, Func<Indicator, string> key)
    {
        var runs = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            while (j < end && key(indicators[j]) == key(indicators[i]))
            {
                j++;
            }

            runs.Add((i, j));
            i = j;
        }

        return runs;
    }

    private static void AssertCovers(Geometry geometry, CellBox cell, int start, int end, string text, string what)
    {
        Assert.True(cell.Row == start, $"{what}: the cell is in row {cell.Row}, expected {start}");
        Assert.True(Math.Abs(cell.Top - geometry.Rows[start].Top) <= 1, $"{what}: top {cell.Top} vs row top {geometry.Rows[start].Top}");
        Assert.True(Math.Abs(cell.Bottom - geometry.Rows[end - 1].Bottom) <= 1, $"{what}: bottom {cell.Bottom} vs last row bottom {geometry.Rows[end - 1].Bottom}");
        if (end < geometry.Rows.Count)
        {
            Assert.True(cell.Bottom <= geometry.Rows[end].Top + 1, $"{what}: reaches into row {end}");
        }

        Assert.Equal(text, cell.Text);
    }

    private static int Dialogs(IPage page) => DialogCounts.TryGetValue(page, out var count) ? count : 0;

    private static Dictionary<IPage, int> DialogCounts { get; } = [];

    private async Task<IPage> LoadAsync(string html)
    {
        var page = await _browser.NewPageAsync();
        lock (DialogCounts)
        {
            DialogCounts[page] = 0;
        }

        page.Dialog += async (_, dialog) =>
        {
            lock (DialogCounts)
            {
                DialogCounts[page]++;
            }

            await dialog.DismissAsync();
        };
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(300);
        return page;
    }

    private static async Task<Geometry> GeometryAsync(IPage page, string anchor)
    {
        var json = await page.EvaluateAsync<string>(
            """
            (anchor) => {
              const table = document.getElementById(anchor).querySelector('table.indicators');
              const box = e => { const b = e.getBoundingClientRect(); return { top: b.top, bottom: b.bottom }; };
              const cells = cls => [...table.tBodies[0].querySelectorAll('td.' + cls)].map(c => ({ ...box(c), text: c.textContent, row: c.parentElement.sectionRowIndex }));
              return JSON.stringify({ rows: [...table.tBodies[0].rows].map(box), level1: cells('level1'), level2: cells('level2') });
            }
            """,
            anchor);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        static CellBox Cell(JsonElement e) => new(e.GetProperty("top").GetDouble(), e.GetProperty("bottom").GetDouble(), e.GetProperty("text").GetString() ?? string.Empty, e.GetProperty("row").GetInt32());
        return new Geometry(
            [.. root.GetProperty("rows").EnumerateArray().Select(r => new CellBox(r.GetProperty("top").GetDouble(), r.GetProperty("bottom").GetDouble(), string.Empty, -1))],
            [.. root.GetProperty("level1").EnumerateArray().Select(Cell)],
            [.. root.GetProperty("level2").EnumerateArray().Select(Cell)]);
    }

    private sealed record CellBox(double Top, double Bottom, string Text, int Row);

    private sealed record Geometry(List<CellBox> Rows, List<CellBox> Level1, List<CellBox> Level2);
}
