using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// Every <see cref="TemplateLimits"/> limit of user templates: a rendering that reaches the limit exactly succeeds, one
/// step more stops with a <see cref="TemplateErrorKind.LimitExceeded"/> error at the line that went over. The time limit
/// cannot be met exactly; a rendering well inside it succeeds and the same rendering under a shorter limit is stopped.
/// </summary>
public class RenderLimitTests
{
    private static readonly TargetDocument Excerpt = TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();

    private static RenderResult Render(string template, TemplateLimits limits) =>
        TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, template).WithLimits(limits).Build().GetRendererOrThrow().Render(Excerpt);

    /// <summary>Asserts a <see cref="TemplateErrorKind.LimitExceeded"/> error at a line (any line for 0).</summary>
    private static TemplateError Stopped(RenderResult result, int line = 1)
    {
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(TemplateErrorKind.LimitExceeded, error.Kind);
        Assert.NotNull(error.Location);
        Assert.True(line == 0 || line == error.Location.Line, error.ToString());
        Assert.False(string.IsNullOrWhiteSpace(error.Text.Chinese));
        return error;
    }

    [Fact]
    public void Loop_iterations_at_and_over_the_limit()
    {
        const string template = "{{ for i in 1..1000 }}x{{ end }}";
        Assert.Equal(new string('x', 1000), Render(template, new TemplateLimits { LoopLimit = 1000 }).GetTextOrThrow());
        Stopped(Render(template, new TemplateLimits { LoopLimit = 999 }));

        // Nested loops count together under their outermost loop: 20 steps of the outer loop and 20 × 50 of the inner one.
        const string nested = "{{ for i in 1..20 }}{{ for j in 1..50 }}x{{ end }}{{ end }}";
        Assert.Equal(1000, Render(nested, new TemplateLimits { LoopLimit = 1020 }).GetTextOrThrow().Length);
        Stopped(Render(nested, new TemplateLimits { LoopLimit = 1019 }));
    }

    [Fact]
    public void Recursion_depth_at_and_over_the_limit()
    {
        // f 9 makes 10 nested calls of f.
        const string template = "{{ func f(n); if n == 0; ret 'bottom'; end; ret f(n - 1); end; f 9 }}";
        Assert.Equal("bottom", Render(template, new TemplateLimits { RecursionLimit = 10 }).GetTextOrThrow());
        var error = Stopped(Render(template, new TemplateLimits { RecursionLimit = 9 }));
        Assert.Contains("recursive depth limit", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_size_at_and_over_the_limit()
    {
        const string template = "{{ for i in 1..100 }}0123456789{{ end }}";
        Assert.Equal(1000, Render(template, new TemplateLimits { OutputLimit = 1000 }).GetTextOrThrow().Length);
        var error = Stopped(Render(template, new TemplateLimits { OutputLimit = 999 }));
        Assert.Contains("999", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_built_by_a_template_at_and_over_the_output_limit()
    {
        // The output limit also bounds strings a template builds: multiplied and padded strings may have OutputLimit
        // characters; a value printed must be shorter than it (Scriban stops a conversion that reaches the limit).
        Assert.Equal("1024", Render("{{ ('x' * 1024) | string.size }}", new TemplateLimits { OutputLimit = 1024 }).GetTextOrThrow());
        Stopped(Render("{{ ('x' * 1024) | string.size }}", new TemplateLimits { OutputLimit = 1023 }));
        Assert.Equal("1024", Render("{{ 'x' | string.pad_left 1024 | string.size }}", new TemplateLimits { OutputLimit = 1024 }).GetTextOrThrow());
        Stopped(Render("{{ 'x' | string.pad_left 1024 | string.size }}", new TemplateLimits { OutputLimit = 1023 }));
        Assert.Equal(1024, Render("{{ 'x' * 1024 }}", new TemplateLimits { OutputLimit = 1025 }).GetTextOrThrow().Length);
        Stopped(Render("{{ 'x' * 1024 }}", new TemplateLimits { OutputLimit = 1024 }));

        // Concatenation doubles a string at most once past the limit: its operands are converted, and checked.
        Stopped(Render("{{ a = 'x'; for i in 1..40; a = a + a; end; a | string.size }}", new TemplateLimits { OutputLimit = 100_000 }));
    }

    [Fact]
    public void A_template_that_keeps_many_long_strings_stops_at_the_memory_limit()
    {
        // Issue 13's shape, scaled down: strings of a third of a million characters kept in a list. Each string is within
        // the string limit; the number kept is what the memory limit bounds. 30 of them (20 MB of text) under a 16 MiB limit
        // stop at the loop's line; 5 of them (3.3 MB) fit.
        const string template = "<p>\n{{ kept = []; for i in 1..count; kept = kept | array.add (('x' * 330000) + i); end; kept.size }}\n</p>";
        var limits = new TemplateLimits { MemoryLimit = 16L * 1024 * 1024 };
        Assert.Equal("<p>\n5\n</p>", Render(template.Replace("count", "5", StringComparison.Ordinal), limits).GetTextOrThrow());

        var error = Stopped(Render(template.Replace("count", "30", StringComparison.Ordinal), limits), line: 2);
        Assert.Equal("PTT003", error.Code);
        Assert.True(error.Location!.Column > 1, error.ToString());
        Assert.Contains("MemoryLimit", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("16 MiB", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("MemoryLimit", error.HintText!.Chinese, StringComparison.Ordinal);

        // Without a loop: one statement per string.
        var statements = string.Concat(Enumerable.Range(1, 30).Select(i => "{{ s" + i + " = 'y' * 330000 + " + i + " }}\n"));
        Assert.True(Stopped(Render(statements, limits), line: 0).Location!.Line > 1);
    }

    [Fact]
    public void The_default_memory_limit_is_one_gibibyte_and_must_be_positive()
    {
        Assert.Equal(1024L * 1024 * 1024, TemplateLimits.Default.MemoryLimit);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { MemoryLimit = 0 });
    }

    [Fact]
    public void Time_inside_and_over_the_limit()
    {
        const string template = "{{ for i in 1..300 }}{{ for j in 1..1000 }}{{ end }}{{ end }}done";
        Assert.Equal("done", Render(template, new TemplateLimits { LoopLimit = int.MaxValue, Timeout = TimeSpan.FromSeconds(60) }).GetTextOrThrow());
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var endless = "{{ while true; end }}";
        var error = Stopped(Render(endless, new TemplateLimits { LoopLimit = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(200) }));
        Assert.Contains("0.2 s", error.Text.English, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }
}
