using Microsoft.Playwright;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Server.Tests.Infrastructure;
using PerformanceTargets.Tests.Rendering;
using PerformanceTargets.Tests.Rendering.Browser;

namespace PerformanceTargets.Server.Tests.Browser;

/// <summary>
/// The review desk in headless Chromium (the system's, never downloaded; skipped without it except in CI), against the
/// server on Kestrel: a file uploaded through the page, the summary, the filters, the jump to a cell, the downloads, the
/// languages, and hostile text that must never run.
/// </summary>
public sealed class DeskBrowserTests : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly BrowserFixture _browser;
    private ServerHost _host = null!;

    public DeskBrowserTests(BrowserFixture browser) => _browser = browser;

    public async Task InitializeAsync() => _host = await ServerHost.StartKestrelAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [BrowserFact]
    public async Task The_seed_text_uploaded_through_the_page_shows_the_summary_then_filters_and_jumps_to_its_cell()
    {
        var page = await OpenDeskAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.SetInputFilesAsync("#file", TestPaths.Seed);
        await WaitForSummaryAsync(page);

        // The summary first: counts by severity (word and symbol), by rule and by table.
        Assert.Equal(23, await page.Locator("#by-table tbody tr").CountAsync());
        Assert.Equal(23, await page.Locator("#document section.project").CountAsync());
        var counts = await page.Locator("#counts").InnerTextAsync();
        Assert.Contains("✖", counts, StringComparison.Ordinal);
        Assert.Contains("错误", counts, StringComparison.Ordinal);
        Assert.True(await page.Locator("#by-rule tbody tr", new() { HasText = "PT102" }).CountAsync() == 1, "The placeholder goals (PT102) are not in the summary by rule.");
        var summaryTop = (await page.Locator("#summary").BoundingBoxAsync())!.Y;
        var tablesTop = (await page.Locator("#tables").BoundingBoxAsync())!.Y;
        Assert.True(summaryTop < tablesTop, "The summary is not above the tables.");

        // Repeated findings are grouped: one entry per rule, each message once with its places.
        Assert.Equal(1, await page.Locator("#finding-list > li[data-rule='PT402']").CountAsync());
        var tally = await page.Locator("#finding-list > li[data-rule='PT302'] .tally").InnerTextAsync();
        Assert.Matches(@"\d+ 条，涉及 \d+ 张表", tally);

        // Filter to errors.
        await page.SelectOptionAsync("#f-severity", "error");
        var shown = page.Locator("#finding-list > li");
        Assert.True(await shown.CountAsync() > 0);
        foreach (var item in await shown.AllAsync())
        {
            Assert.Equal("error", await item.GetAttributeAsync("class"));
        }

        // Click the first placeholder goal and land on its cell in table 3, by keyboard.
        var button = page.Locator("#finding-list > li[data-rule='PT102'] .places button").First;
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var landed = await page.EvaluateAsync<string[]>(
            "() => { const a = document.activeElement; const s = a.closest('section.project'); return [a.tagName, a.className, s ? s.id : '', a.textContent]; }");
        Assert.Equal("table-3", landed[2]);
        Assert.Contains("target-cell", landed[1], StringComparison.Ordinal);
        Assert.Contains("目标内容1", landed[3], StringComparison.Ordinal);
        Assert.True(await page.Locator(".target-cell").IsVisibleAsync());

        // Filter by rule and by table.
        await page.SelectOptionAsync("#f-severity", string.Empty);
        await page.SelectOptionAsync("#f-rule", "PT402");
        Assert.Equal(1, await page.Locator("#finding-list > li").CountAsync());
        await page.SelectOptionAsync("#f-rule", string.Empty);
        await page.SelectOptionAsync("#f-table", "2");
        var places = await page.Locator("#finding-list .places button").AllInnerTextsAsync();
        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal("表 3", p));
        await page.SelectOptionAsync("#f-table", string.Empty);

        if (Environment.GetEnvironmentVariable("PERFTARGETS_APPROVE") == "1" || Environment.GetEnvironmentVariable("PERFTARGETS_SCREENSHOT") == "1")
        {
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestPaths.Root, "docs", "serve-desk.png") });
        }

        // The JSON download is exactly what perftargets import writes.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download='json']"));
        Assert.Equal("guanting-2024.json", download.SuggestedFilename);
        var downloaded = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(TargetJson.Write(TargetImporter.Import(TestPaths.Seed).Document!), downloaded);

        var sarif = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download='sarif']"));
        Assert.Contains("\"2.1.0\"", await File.ReadAllTextAsync((await sarif.PathAsync())!), StringComparison.Ordinal);
        var markdown = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download='markdown']"));
        Assert.Equal("guanting-2024.md", markdown.SuggestedFilename);

        // English: the page and the findings.
        await page.SelectOptionAsync("#lang", "en");
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('23 tables')");
        Assert.Equal("Summary", await page.Locator("#summary-title").InnerTextAsync());
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Contains("placeholder", await page.Locator("#finding-list").InnerTextAsync(), StringComparison.Ordinal);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [BrowserFact]
    public async Task The_seed_as_exchange_json_shows_its_23_tables_and_the_placeholder_goals()
    {
        var page = await OpenDeskAsync();
        await page.SetInputFilesAsync("#file", TestPaths.Sample("guanting-2024.json"));
        await WaitForSummaryAsync(page);
        Assert.Equal(23, await page.Locator("#document section.project").CountAsync());
        Assert.Equal(1, await page.Locator("#finding-list > li[data-rule='PT102']").CountAsync());
        await page.ClickAsync("#finding-list > li[data-rule='PT102'] .places button");
        Assert.Contains("目标内容1", await page.Locator(".target-cell").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_seed_as_a_Word_file_shows_its_23_tables_and_the_placeholder_goals_and_downloads_what_import_writes()
    {
        var page = await OpenDeskAsync();
        var docx = TestPaths.Sample("guanting-2024.docx");
        await page.SetInputFilesAsync("#file", docx);
        await WaitForSummaryAsync(page);
        Assert.Equal(23, await page.Locator("#by-table tbody tr").CountAsync());
        Assert.Equal(23, await page.Locator("#document section.project").CountAsync());

        // The placeholder goals (目标内容1, PT102) flagged, and the jump lands on their cell in table 3.
        Assert.Equal(1, await page.Locator("#by-rule tbody tr", new() { HasText = "PT102" }).CountAsync());
        Assert.Equal(1, await page.Locator("#finding-list > li[data-rule='PT102']").CountAsync());
        await page.ClickAsync("#finding-list > li[data-rule='PT102'] .places button");
        var landed = await page.EvaluateAsync<string[]>(
            "() => { const a = document.activeElement; const s = a.closest('section.project'); return [a.className, s ? s.id : '', a.textContent]; }");
        Assert.Equal("table-3", landed[1]);
        Assert.Contains("target-cell", landed[0], StringComparison.Ordinal);
        Assert.Contains("目标内容1", landed[2], StringComparison.Ordinal);

        // The JSON download is exactly what perftargets import writes for the Word file.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[data-download='json']"));
        Assert.Equal("guanting-2024.json", download.SuggestedFilename);
        var downloaded = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var imported = TargetImporter.Import(docx);
        Assert.NotNull(imported.Document);
        Assert.Equal(TargetJson.Write(imported.Document!), downloaded);
    }

    [BrowserFact]
    public async Task Hostile_text_in_every_field_uploaded_through_the_page_never_runs()
    {
        var page = await OpenDeskAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        // The renderer's hostile payloads in every text field; the implementation periods stay valid months so that the
        // document is read and its tables rendered (not only its findings listed).
        var excerpt = RenderingFixtures.Excerpt;
        var document = RenderingFixtures.Hostile();
        document = document with { Projects = [.. document.Projects.Select((p, i) => p with { ImplementationPeriod = excerpt.Projects[i].ImplementationPeriod })] };
        var hostile = TargetJson.Write(document);
        var read = TargetJson.Read(hostile);
        Assert.True(read.Success, string.Join("; ", read.Errors.Select(e => e.ToString())));
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "<img src=x onerror=alert(1)>.json", MimeType = "application/json", Buffer = hostile });
        await WaitForSummaryAsync(page);
        await page.WaitForTimeoutAsync(500);

        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("#desk script, #desk img, #desk svg, #desk iframe, #desk [onerror], #desk [onload], #desk a[href^='javascript']").CountAsync());
        var text = await page.Locator("#document").InnerTextAsync();
        Assert.Contains("<script>window.__pwned", text, StringComparison.Ordinal);
        Assert.Contains("{{ 6 * 7 }}", text, StringComparison.Ordinal);

        // The findings list and the summary show the hostile text as text too.
        await page.ClickAsync("#finding-list .places button");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, dialogs);
    }

    [BrowserFact]
    public async Task A_file_nothing_can_read_shows_its_import_errors_as_findings_and_the_problem_with_its_diagnostics()
    {
        var page = await OpenDeskAsync();
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "hello\n"u8.ToArray() });
        await page.WaitForSelectorAsync("#problem:not([hidden])");
        Assert.Contains("PTI", await page.Locator("#problem").InnerTextAsync(), StringComparison.Ordinal);
        await page.WaitForSelectorAsync("#summary:not([hidden])");
        Assert.Equal(1, await page.Locator("#by-rule tbody tr", new() { HasText = "PT902" }).CountAsync());
        Assert.Equal(0, await page.Locator("#document section.project").CountAsync());
    }

    private static async Task WaitForSummaryAsync(IPage page)
    {
        await page.WaitForSelectorAsync("#summary:not([hidden]), #problem:not([hidden])");
        Assert.True(await page.Locator("#problem").IsHiddenAsync(), "The desk shows a problem: " + await page.Locator("#problem").InnerTextAsync());
    }

    private async Task<IPage> OpenDeskAsync()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(_host.Address.ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('choose') !== null");
        return page;
    }
}
