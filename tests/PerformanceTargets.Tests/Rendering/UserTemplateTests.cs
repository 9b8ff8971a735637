using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>User templates: the documented model, includes from a folder, errors with line and column, the sandbox.</summary>
public class UserTemplateTests
{
    private static TargetRenderer Build(TemplateKind kind, string text, TemplateLimits? limits = null)
    {
        var builder = TargetRenderer.CreateBuilder().UseTemplate(kind, text);
        if (limits is not null)
        {
            builder.WithLimits(limits);
        }

        var result = builder.Build();
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Renderer!;
    }

    private static TemplateError RenderError(TargetRenderer renderer, RenderOptions? options = null)
    {
        var result = renderer.Render(RenderingFixtures.Excerpt, options);
        Assert.False(result.Success);
        Assert.Null(result.Text);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void The_findings_list_of_the_documentation_prints_what_the_built_in_one_prints()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "templates.md"));
        var start = docs.IndexOf("```scriban\n{{~ func findings_list", StringComparison.Ordinal) + "```scriban\n".Length;
        var function = docs.Substring(start, docs.IndexOf("```", start, StringComparison.Ordinal) - start);
        var renderer = TargetRenderer.CreateBuilder().UseTemplate("html-findings", function).Build().GetRendererOrThrow();
        var options = new RenderOptions { Review = true };
        Assert.Equal(
            TargetRendering.ToReviewHtml(RenderingFixtures.Seed, RenderingFixtures.SeedReport()),
            renderer.Render(RenderingFixtures.Seed, options, RenderingFixtures.SeedReport()).GetTextOrThrow());
    }

    [Fact]
    public void What_a_template_writes_is_written_as_it_is_with_no_indentation_added()
    {
        // Scriban's automatic indentation is off: an include or a value of several lines after indentation is written as
        // it is, its later lines not moved to the tag's column (in Markdown that would start a code block).
        var renderer = TargetRenderer.CreateBuilder()
            .UseTemplate(TemplateKind.MarkdownDocument, "- {{ document.fiscal_year }}\n    {{ include 'partials/lines' }}\n    {{ 'x\ny' }}\n")
            .UseTemplate("partials/lines", "a\nb")
            .Build()
            .GetRendererOrThrow();
        Assert.Equal("- 2024\n    a\nb\n    x\ny\n", renderer.Render(RenderingFixtures.Excerpt, new RenderOptions { Format = RenderFormat.Markdown }).GetTextOrThrow());

        // The way docs/templates.md gives to indent them.
        var indented = TargetRenderer.CreateBuilder()
            .UseTemplate(TemplateKind.MarkdownDocument, "    {{ capture row }}{{ include 'row' }}{{ end }}{{ row | string.replace \"\\n\" \"\\n    \" }}\n")
            .UseTemplate("row", "a\nb")
            .Build()
            .GetRendererOrThrow();
        Assert.Equal("    a\n    b\n", indented.Render(RenderingFixtures.Excerpt, new RenderOptions { Format = RenderFormat.Markdown }).GetTextOrThrow());
    }

    [Fact]
    public void A_text_template_sees_the_documented_model()
    {
        const string template = """
            {{ document.display_title }}|{{ document.fiscal_year }}|{{ document.department.name }}|{{ document.project_count }}|{{ document.indicator_count }}|{{ document.total_budget }}
            {{ for project in projects }}{{ project.number }}:{{ project.code }}:{{ project.budget.total }}:{{ project.indicators | array.size }}:{{ project.spending_plan[0].month_label }}={{ project.spending_plan[0].percent }}:{{ project.goals[0].number }}
            {{ end }}{{ labels.level1 }}|{{ options.language }}|{{ options.format }}|{{ options.merged_cells }}|{{ review == null }}
            """;
        var text = Build(TemplateKind.HtmlDocument, template).Render(RenderingFixtures.Excerpt).GetTextOrThrow();
        Assert.Equal(
            "怀来县官厅镇人民政府2024年部门预算绩效文本|2024|怀来县官厅镇人民政府|3|23|100.84\n" +
            "1:13073024P00888510015C:67.54:7:3月底=25%:1\n" +
            "2:13073024P00889410018Q:21.00:9:3月底=25%:1\n" +
            "3:13073024P00886210004D:12.30:7:3月底=25%:1\n" +
            "一级指标|zh-CN|html|merge|true",
            text);
    }

    [Fact]
    public void The_example_template_of_the_documentation_renders()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "templates.md"));
        var start = docs.IndexOf("```scriban\n", docs.IndexOf("### Example: a compact HTML table", StringComparison.Ordinal), StringComparison.Ordinal) + "```scriban\n".Length;
        var example = docs.Substring(start, docs.IndexOf("```", start, StringComparison.Ordinal) - start);
        var renderer = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlTable, example).Build().GetRendererOrThrow();
        var html = renderer.Render(RenderingFixtures.Seed, new RenderOptions { Tables = [0] }).GetTextOrThrow();
        Assert.Contains("<caption>1.官厅镇村干部工资绩效目标表 (67.54 万元)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>产出指标</td><td>行政村数量</td><td>21个</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td></td><td>足额发放率</td><td>≥95%</td></tr>", html, StringComparison.Ordinal);

        var review = renderer.Render(RenderingFixtures.Seed, new RenderOptions { Tables = [0], Review = true }, RenderingFixtures.SeedReport()).GetTextOrThrow();
        Assert.Contains("<td class=\"error\">PT105 成本指标超过预算。 </td>", review, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_have_a_size()
    {
        var renderer = Build(TemplateKind.HtmlDocument, "{{ projects.size }}|{{ projects[0].indicators.size }}|{{ document.department.internal_units | array.size }}");
        Assert.Equal("3|7|4", renderer.Render(RenderingFixtures.Excerpt).GetTextOrThrow());
    }

    [Fact]
    public void Values_are_escaped_for_the_format_and_raw_gives_the_originals()
    {
        var document = RenderingFixtures.Excerpt with { Title = "<b>A & B</b>" };
        var renderer = Build(TemplateKind.HtmlDocument, "{{ document.title }}|{{ document.raw.title }}|{{ projects[0].raw.name }}");
        Assert.Equal("&lt;b&gt;A &amp; B&lt;/b&gt;|<b>A & B</b>|官厅镇村干部工资", renderer.Render(document).GetTextOrThrow());

        var markdown = Build(TemplateKind.MarkdownDocument, "{{ document.title }}");
        Assert.Equal("\\<b\\>A \\& B\\</b\\>", markdown.Render(document, new RenderOptions { Format = RenderFormat.Markdown }).GetTextOrThrow());
    }

    [Fact]
    public void A_template_folder_replaces_templates_by_name_and_serves_includes()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("partials"));
        File.WriteAllText(folder.File("html-document.scriban"), "<doc>{{ for project in projects }}{{ include 'html-table' }}{{ end }}</doc>");
        File.WriteAllText(folder.File("html-table.scriban"), "[{{ include 'partials/name' }}]");
        File.WriteAllText(folder.File("partials/name.scriban"), "{{ project.name }}");
        var result = TargetRenderer.CreateBuilder().UseTemplateFolder(folder.Path).Build();
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var renderer = result.Renderer!;
        Assert.Contains("partials/name", renderer.TemplateNames);
        Assert.Equal("<doc>[官厅镇村干部工资][官厅镇怀财字【2024】7号防火经费][怀财字【2024】7号村干部养老保险]</doc>", renderer.Render(RenderingFixtures.Excerpt).GetTextOrThrow());
        Assert.Equal("[怀财字【2024】7号村干部养老保险]", renderer.RenderTable(RenderingFixtures.Excerpt, 2).GetTextOrThrow());

        // The Markdown templates were not replaced: they are still the built-in ones.
        Assert.Equal(
            TargetRendering.ToMarkdown(RenderingFixtures.Excerpt),
            renderer.Render(RenderingFixtures.Excerpt, new RenderOptions { Format = RenderFormat.Markdown }).GetTextOrThrow());
    }

    [Fact]
    public void A_user_table_template_is_used_by_the_built_in_document_template()
    {
        var renderer = Build(TemplateKind.HtmlTable, "<section class=\"project\" id=\"{{ project.anchor }}\"><p>{{ project.title }}</p></section>\n");
        var html = renderer.Render(RenderingFixtures.Excerpt).GetTextOrThrow();
        Assert.Contains("<section class=\"project\" id=\"table-2\"><p>3.官厅镇怀财字【2024】7号防火经费绩效目标表</p></section>", html, StringComparison.Ordinal);
        Assert.Contains("<title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_comes_back_from_build_with_line_and_column()
    {
        var result = TargetRenderer.CreateBuilder()
            .UseTemplate(TemplateKind.HtmlTable, "line one\nline two {{ project.name + }}\n", "my-table.scriban")
            .Build();
        Assert.False(result.Success);
        Assert.Null(result.Renderer);
        var error = Assert.Single(result.Errors);
        Assert.Equal(TemplateErrorKind.Syntax, error.Kind);
        Assert.Equal("my-table.scriban", error.Template);
        Assert.Equal(2, error.Location!.Line);
        Assert.Equal(28, error.Location!.Column);
        Assert.StartsWith("my-table.scriban(2,28): syntax error PTT001: ", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("模板语法错误：", error.Text.Chinese, StringComparison.Ordinal);
        Assert.Throws<TemplateException>(() => result.GetRendererOrThrow());
    }

    [Fact]
    public void A_deeply_nested_template_is_a_syntax_error_not_a_crash()
    {
        foreach (var text in new[]
        {
            "{{ " + new string('(', 100_000) + "1" + new string(')', 100_000) + " }}",
            string.Concat(Enumerable.Repeat("{{ if true }}", 50_000)) + string.Concat(Enumerable.Repeat("{{ end }}", 50_000)),
        })
        {
            var result = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, text).Build();
            Assert.False(result.Success);
            Assert.All(result.Errors, e => Assert.Equal(TemplateErrorKind.Syntax, e.Kind));
        }
    }

    [Fact]
    public void An_unclosed_block_at_the_end_is_reported_at_the_end_of_the_text()
    {
        var result = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, "a\nb {{ if true }}\nc").Build();
        var error = Assert.Single(result.Errors);
        Assert.True(error.Location!.Line >= 2, error.ToString());
        Assert.True(error.Location!.Column >= 1, error.ToString());
    }

    [Theory]
    [InlineData("ok\n{{ nosuch }}", 2, 4, "nosuch")]
    [InlineData("{{ document.nosuch }}", 1, 4, "nosuch")]
    [InlineData("x\n  {{ include 'missing' }}", 2, 6, "missing")]
    [InlineData("{{ include '../outside' }}", 1, 4, "../outside")]
    [InlineData("{{ include '/etc/passwd' }}", 1, 4, "/etc/passwd")]
    [InlineData("{{ object.eval '1 + 1' }}", 1, 4, "eval")]
    [InlineData("{{ 1 / 0 | math.round 'x' }}", 1, 4, "")]
    public void A_runtime_error_is_a_result_with_line_and_column(string template, int line, int column, string mentioned)
    {
        var error = RenderError(Build(TemplateKind.HtmlDocument, template));
        Assert.Equal(TemplateErrorKind.Runtime, error.Kind);
        Assert.Equal("html-document", error.Template);
        Assert.Equal(line, error.Location!.Line);
        Assert.True(error.Location!.Column >= column, error.ToString());
        Assert.Contains(mentioned, error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runtime_error_in_an_include_names_the_included_template()
    {
        var result = TargetRenderer.CreateBuilder()
            .UseTemplate(TemplateKind.HtmlDocument, "{{ for project in projects }}{{ include 'row' }}{{ end }}")
            .UseTemplate("row", "ok\nok {{ project.nosuch }}", "templates/row.scriban")
            .Build();
        var error = RenderError(result.GetRendererOrThrow());
        Assert.Equal("templates/row.scriban", error.Template);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void Templates_cannot_change_the_model_or_the_built_in_functions()
    {
        Assert.Equal(TemplateErrorKind.Runtime, RenderError(Build(TemplateKind.HtmlDocument, "{{ document.title = 'x' }}")).Kind);
        Assert.Equal(TemplateErrorKind.Runtime, RenderError(Build(TemplateKind.HtmlDocument, "{{ string.upcase = 1 }}")).Kind);

        // A global assigned by one rendering is not seen by the next: the second rendering does not find it.
        var renderer = Build(TemplateKind.HtmlDocument, "{{ if document.raw.title == 'first'; flag = 'set'; end; flag }}");
        Assert.Equal("set", renderer.Render(RenderingFixtures.Excerpt with { Title = "first" }).GetTextOrThrow());
        var second = renderer.Render(RenderingFixtures.Excerpt with { Title = "second" });
        Assert.False(second.Success);
        Assert.Contains("flag", second.Errors[0].Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_past_the_loop_limit_stop_with_a_limit_error()
    {
        var renderer = Build(TemplateKind.HtmlDocument, "{{ for i in 1..100 }}{{ for j in 1..100 }}x{{ end }}{{ end }}", new TemplateLimits { LoopLimit = 500 });
        var error = RenderError(renderer);
        Assert.Equal(TemplateErrorKind.LimitExceeded, error.Kind);
        Assert.Equal(1, error.Location!.Line);
        Assert.Contains("超出模板沙箱限制", error.Text.Chinese, StringComparison.Ordinal);

        var endless = Build(TemplateKind.HtmlDocument, "{{ while true }}x{{ end }}");
        Assert.Equal(TemplateErrorKind.LimitExceeded, RenderError(endless).Kind);
    }

    [Fact]
    public void Recursion_past_the_limit_stops_with_a_limit_error()
    {
        var renderer = Build(TemplateKind.HtmlDocument, "{{ func f(n); ret f(n + 1); end; f 0 }}", new TemplateLimits { RecursionLimit = 20 });
        Assert.Equal(TemplateErrorKind.LimitExceeded, RenderError(renderer).Kind);

        var selfInclude = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, "x{{ include 'html-document' }}").Build().GetRendererOrThrow();
        Assert.Equal(TemplateErrorKind.LimitExceeded, RenderError(selfInclude).Kind);
    }

    [Fact]
    public void Output_past_the_limit_stops_with_a_limit_error()
    {
        var renderer = Build(TemplateKind.HtmlDocument, "{{ for i in 1..900 }}0123456789{{ end }}", new TemplateLimits { OutputLimit = 1000 });
        Assert.Equal(TemplateErrorKind.LimitExceeded, RenderError(renderer).Kind);

        var doubling = Build(TemplateKind.HtmlDocument, "{{ a = 'x'; for i in 1..40; a = a + a; end; a | string.size }}", new TemplateLimits { OutputLimit = 100_000 });
        Assert.Equal(TemplateErrorKind.LimitExceeded, RenderError(doubling).Kind);

        var multiply = Build(TemplateKind.HtmlDocument, "{{ 'A' * 200000000 }}");
        Assert.Equal(TemplateErrorKind.LimitExceeded, RenderError(multiply).Kind);
    }

    [Fact]
    public void A_rendering_past_the_time_limit_is_stopped()
    {
        var renderer = Build(
            TemplateKind.HtmlDocument,
            "{{ for i in 1..1000000 }}{{ for j in 1..1000 }}{{ end }}{{ end }}",
            new TemplateLimits { Timeout = TimeSpan.FromMilliseconds(300), LoopLimit = int.MaxValue });
        var started = DateTime.UtcNow;
        var error = RenderError(renderer);
        Assert.Equal(TemplateErrorKind.LimitExceeded, error.Kind);
        Assert.Contains("0.3 s", error.Text.English, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_missing_template_folder_is_an_error_of_the_build_not_an_exception()
    {
        var result = TargetRenderer.CreateBuilder().UseTemplateFolder(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"))).Build();
        var error = Assert.Single(result.Errors);
        Assert.Equal(TemplateErrorKind.Io, error.Kind);
        Assert.Contains("does not exist", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_errors_of_every_file_in_a_folder_are_reported_with_their_paths()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("html-table.scriban"), "{{ if }}");
        File.WriteAllText(folder.File("extra.scriban"), "ok\n{{ end }}");
        var result = TargetRenderer.CreateBuilder().UseTemplateFolder(folder.Path).Build();
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Template == folder.File("html-table.scriban") && e.Location?.Line == 1);
        Assert.Contains(result.Errors, e => e.Template == folder.File("extra.scriban") && e.Location?.Line == 2);
    }

    [Fact]
    public void Caller_mistakes_are_exceptions()
    {
        var builder = TargetRenderer.CreateBuilder();
        Assert.Throws<ArgumentNullException>(() => builder.UseTemplate(TemplateKind.HtmlTable, null!));
        Assert.Throws<ArgumentException>(() => builder.UseTemplate("../escape", "x"));
        Assert.Throws<ArgumentException>(() => builder.UseTemplate("", "x"));
        Assert.Throws<ArgumentNullException>(() => builder.UseTemplateFolder(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { LoopLimit = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { Timeout = TimeSpan.Zero });
    }

    [Fact]
    public void User_templates_render_in_parallel_with_the_same_result()
    {
        var renderer = Build(TemplateKind.HtmlTable, "{{ project.name }}|{{ for row in project.indicators }}{{ row.target }};{{ end }}");
        var document = RenderingFixtures.Seed;
        var expected = Enumerable.Range(0, document.Projects.Length).Select(i => renderer.RenderTable(document, i).GetTextOrThrow()).ToArray();
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = renderer.RenderTable(document, i % document.Projects.Length).GetTextOrThrow());
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % document.Projects.Length], results[i]);
        }
    }
}
