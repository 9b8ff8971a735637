using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// Template errors in the one vocabulary of diagnostics: a stable code per kind, always an error, no JSON Pointer, the
/// template with line and column as a <see cref="SourceLocation"/>, the text in both languages.
/// </summary>
public class TemplateErrorTests
{
    [Fact]
    public void Each_kind_has_its_stable_code_and_every_error_is_a_diagnostic()
    {
        var syntax = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlTable, "ok\n{{ if }}", "my-table.scriban").Build().Errors[0];
        var runtime = Assert.Single(Render("{{ nosuch }}").Errors);
        var limit = Assert.Single(Render("{{ for i in 1..10 }}x{{ end }}", new TemplateLimits { LoopLimit = 5 }).Errors);
        using var folder = new TempDirectory();
        var io = Assert.Single(TargetRenderer.CreateBuilder().UseTemplateFolder(folder.File("missing")).Build().Errors);

        Assert.Equal(["PTT001", "PTT002", "PTT003", "PTT004"], new[] { syntax, runtime, limit, io }.Select(e => e.Code).ToArray());
        Assert.Equal(
            [TemplateErrorKind.Syntax, TemplateErrorKind.Runtime, TemplateErrorKind.LimitExceeded, TemplateErrorKind.Io],
            new[] { syntax, runtime, limit, io }.Select(e => e.Kind).ToArray());
        foreach (IDiagnostic diagnostic in new[] { syntax, runtime, limit, io })
        {
            Assert.Equal(Severity.Error, diagnostic.Severity);
            Assert.Equal(string.Empty, diagnostic.Pointer);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Text.Chinese));
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Text.English));
        }

        Assert.Equal(new SourceLocation { File = "my-table.scriban", Line = 2, Column = 7 }, syntax.Location);
        Assert.Equal("html-document", runtime.Location!.File);
        Assert.Equal(1, runtime.Location.Line);
        Assert.NotNull(limit.HintText);
        Assert.Contains("LoopLimit", limit.HintText!.English, StringComparison.Ordinal);
        Assert.Null(io.Location);
    }

    [Fact]
    public void An_error_formats_like_a_compiler_message_in_either_language()
    {
        var error = Assert.Single(Render("ok\n{{ nosuch }}").Errors);
        Assert.StartsWith("html-document(2,4): runtime error PTT002: ", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("html-document(2,4): 运行错误 PTT002：模板运行错误：", error.ToString(Language.Chinese), StringComparison.Ordinal);
        Assert.Equal(error.ToString(), error.ToString(Language.English));
        Assert.Contains("PTT002", new TemplateException(new[] { error }).Message, StringComparison.Ordinal);
    }

    private static RenderResult Render(string template, TemplateLimits? limits = null) =>
        TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, template).WithLimits(limits ?? TemplateLimits.Default).Build()
            .GetRendererOrThrow().Render(RenderingFixtures.Excerpt);
}
