using PerformanceTargets.Rendering;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// Rendering is deterministic: the built-in functions whose result changes from one rendering to the next (the clock,
/// the machine's time zone, random numbers, UUIDs) are not in the sandbox, and calling one is a clear runtime error at
/// its line and column. The rest of Scriban's library is there.
/// </summary>
public class SandboxDeterminismTests
{
    private static RenderResult Render(string template) =>
        TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, template).Build().GetRendererOrThrow().Render(RenderingFixtures.Excerpt);

    [Theory]
    [InlineData("{{ date.now }}", "date.now")]
    [InlineData("{{ date.now.year }}", "date.now")]
    [InlineData("{{ date.utc_now | date.to_string '%Y' }}", "date.utc_now")]
    [InlineData("{{ date.parse '10:00' }}", "date.parse")]
    [InlineData("{{ '2024-01-05' | date.parse }}", "date.parse")]
    [InlineData("{{ date.parse_to_string '5 Jan' '%Y' }}", "date.parse_to_string")]
    [InlineData("{{ math.random 1 10 }}", "math.random")]
    [InlineData("{{ math.uuid }}", "math.uuid")]
    public void A_function_that_is_not_deterministic_is_a_runtime_error_at_its_call(string call, string name)
    {
        var result = Render("<p>\n  " + call + "</p>");
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(TemplateErrorKind.Runtime, error.Kind);
        Assert.Equal("PTT002", error.Code);
        Assert.Equal(2, error.Location!.Line);
        Assert.True(error.Location.Column >= 3, error.ToString());
        Assert.Contains("`" + name + "` is not available in templates", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("deterministic", error.Text.English, StringComparison.Ordinal);
        Assert.Contains(name, error.Text.Chinese, StringComparison.Ordinal);
        Assert.NotNull(error.HintText);
    }

    [Fact]
    public void The_date_object_does_not_parse_when_called()
    {
        var result = Render("{{ date '2024-01-05' }}");
        Assert.False(result.Success);
        Assert.Equal(TemplateErrorKind.Runtime, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Deterministic_functions_stay_and_the_same_rendering_gives_the_same_bytes()
    {
        const string template = "{{ math.round 2.567 1 }}|{{ 'abc' | string.upcase }}|{{ [3, 1, 2] | array.sort | array.join ',' }}|{{ 'x' | string.sha256 | string.size }}|{{ (timespan.from_days 2).total_hours }}|{{ date.default_format }}";
        var first = Render(template).GetTextOrThrow();
        Assert.Equal("2.6|ABC|1,2,3|64|48|%d %b %Y", first);
        Assert.Equal(first, Render(template).GetTextOrThrow());
    }

    [Fact]
    public void The_built_in_templates_render_the_same_bytes_every_time()
    {
        var options = new RenderOptions { Review = true };
        var first = TargetRenderer.Default.Render(RenderingFixtures.Seed, options, RenderingFixtures.SeedReport()).GetTextOrThrow();
        Assert.Equal(first, TargetRenderer.Default.Render(RenderingFixtures.Seed, options, RenderingFixtures.SeedReport()).GetTextOrThrow());
    }
}
