using Microsoft.Playwright;

namespace PerformanceTargets.Tests.Rendering.Browser;

/// <summary>
/// Where the browser tests find Chromium: <c>PERFTARGETS_CHROMIUM</c>, else the Debian package's <c>/usr/bin/chromium</c>
/// (installed by <c>.ci/browser-deps.sh</c>). Playwright never downloads a browser here.
/// </summary>
public static class BrowserEnvironment
{
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("PERFTARGETS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Available => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A test that needs the browser. Without Chromium it is skipped with the reason, except in CI (<c>CI=true</c>), where it
/// runs and fails: a CI run must never pass without having looked at the page in a browser.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserEnvironment.Available && !BrowserEnvironment.IsCi)
        {
            Skip = $"Chromium was not found at {BrowserEnvironment.ExecutablePath}: install it with .ci/browser-deps.sh (or set PERFTARGETS_CHROMIUM). In CI (CI=true) these tests fail instead of skipping.";
        }
    }
}

/// <summary>One headless Chromium for the browser tests of a class, launched on first use.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<IPage> NewPageAsync()
    {
        var browser = await GetBrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true, ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        return await context.NewPageAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }

    private async Task<IBrowser> GetBrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                return _browser;
            }

            Assert.True(
                BrowserEnvironment.Available,
                $"CI=true but Chromium is missing at {BrowserEnvironment.ExecutablePath}: .ci/browser-deps.sh must install it before the tests run.");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserEnvironment.ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }
}
