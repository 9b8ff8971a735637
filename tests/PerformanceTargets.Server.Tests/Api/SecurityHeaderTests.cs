using System.Net;
using PerformanceTargets.Server.Http;
using PerformanceTargets.Server.Tests.Infrastructure;

namespace PerformanceTargets.Server.Tests.Api;

/// <summary>Every response carries the security headers; the desk's policy allows no inline script and no other origin.</summary>
public sealed class SecurityHeaderTests : IAsyncLifetime
{
    private ServerHost _host = null!;

    public async Task InitializeAsync() => _host = await ServerHost.StartInMemoryAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/desk.js")]
    [InlineData("GET", "/desk.css")]
    [InlineData("GET", "/api/rules")]
    [InlineData("GET", "/openapi/v1.json")]
    [InlineData("GET", "/nowhere")]
    [InlineData("POST", "/api/validate")]
    [InlineData("POST", "/api/render")]
    public async Task Every_response_has_the_security_headers(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = ServerHost.Files(("seed.json", ServerHost.SeedJson));
        }

        using var response = await _host.Client.SendAsync(request);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_desk_policy_allows_scripts_and_styles_of_this_server_alone()
    {
        using var response = await _host.Client.GetAsync("/");
        Assert.Equal(SecurityHeaders.DeskPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", SecurityHeaders.DeskPolicy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", SecurityHeaders.DeskPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rendered_page_may_use_its_own_style_sheet_but_no_script()
    {
        using var response = await _host.Client.PostAsync("/api/render?format=html", ServerHost.Files(("seed.json", ServerHost.SeedJson)));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.RenderedPolicy, csp);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_desk_has_no_inline_script_no_inline_style_and_no_other_origin()
    {
        var page = await _host.Client.GetStringAsync("/");
        Assert.Contains("<script src=\"/desk.js\" defer></script>", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<script"));
        Assert.DoesNotContain("<style", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" on", System.Text.RegularExpressions.Regex.Replace(page, "<option", string.Empty), StringComparison.Ordinal);
        foreach (var asset in new[] { page, await _host.Client.GetStringAsync("/desk.js"), await _host.Client.GetStringAsync("/desk.css") })
        {
            Assert.DoesNotContain("http://", asset, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", asset, StringComparison.Ordinal);
            Assert.DoesNotContain("@import", asset, StringComparison.Ordinal);
            Assert.DoesNotContain("url(", asset, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api_responses_are_not_cached()
    {
        using var response = await _host.Client.PostAsync("/api/validate", ServerHost.Files(("seed.json", ServerHost.SeedJson)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}
