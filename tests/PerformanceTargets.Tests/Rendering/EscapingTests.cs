using System.Net;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>Every value from the data is escaped for the output format; nothing in the data is ever template code.</summary>
public class EscapingTests
{
    private static readonly Lazy<string> HostileHtml = new(() => TargetRendering.ToHtml(RenderingFixtures.Hostile()));

    [Fact]
    public void Hostile_data_never_becomes_markup_in_html()
    {
        var html = HostileHtml.Value;
        foreach (var forbidden in new[] { "<script", "<img", "<svg", "<a href=\"javascript", "<!-- comment", "<style>body", "onerror=\"window", "onload='window" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Single(html.Split("<style>").Skip(1));
        Assert.Contains("&lt;script&gt;window.__pwned", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned", html, StringComparison.Ordinal);
        Assert.Contains("&#39;&gt;&lt;svg onload=&#39;window.__pwned", html, StringComparison.Ordinal);
        Assert.Contains("&amp;lt;already escaped&amp;gt; &amp; ampersand", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_syntax_in_data_is_printed_as_it_is_and_never_evaluated()
    {
        var html = HostileHtml.Value;
        Assert.Contains("{{ 6 * 7 }}", html, StringComparison.Ordinal);
        Assert.Contains("{{ object.eval &#39;1+1&#39; }}{{ include &#39;html-style&#39; }}", html, StringComparison.Ordinal);
        var markdown = TargetRendering.ToMarkdown(RenderingFixtures.Hostile());
        Assert.Contains("{{ 6 \\* 7 }}", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_data_keeps_the_table_structure_of_the_model()
    {
        var document = RenderingFixtures.Hostile();
        var html = HostileHtml.Value;
        for (var p = 0; p < document.Projects.Length; p++)
        {
            var section = HtmlTables.Section(html, "table-" + (p + 1));
            var rows = HtmlTables.Rows(section, "indicators");
            var indicators = document.Projects[p].Indicators;
            Assert.Equal(indicators.Length, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var cells = rows[i].ToDictionary(c => c.Class);
                Assert.Equal(Displayed(indicators[i].Name), cells["name"].Value);
                Assert.Equal(Displayed(indicators[i].Target), cells["target"].Value);
                Assert.Equal(Displayed(indicators[i].Description), cells["description"].Value);
            }

            Assert.Equal(Displayed(document.Projects[p].Name), HtmlTables.Rows(section, "header-block").SelectMany(r => r).Single(c => c.Class == "name").Value);
        }
    }

    /// <summary>What HTML shows of a text: the text itself, line breaks as LF, the control characters HTML forbids as U+FFFD.</summary>
    public static string Displayed(string? text) =>
        new([.. (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Select(c => (c < ' ' && c is not '\t' and not '\n') || c is >= '\u007F' and <= '\u009F' ? '\uFFFD' : c)]);

    [Fact]
    public void Html_title_and_other_defaults_are_escaped_too()
    {
        var document = RenderingFixtures.Excerpt with { Title = null, Department = new Department { Name = "<b>部门</b>" } };
        var html = TargetRendering.ToHtml(document);
        Assert.Contains("<title>&lt;b&gt;部门&lt;/b&gt;2024年部门预算绩效文本</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain 文本", "plain 文本")]
    [InlineData("a<b>c", "a&lt;b&gt;c")]
    [InlineData("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#39;single&#39;")]
    [InlineData("tab\tline\ncrlf\r\ncr\r", "tab\tline\ncrlf\ncr\n")]
    [InlineData("nul\u0000bell\u0007del\u007Fc1\u0085", "nul\uFFFDbell\uFFFDdel\uFFFDc1\uFFFD")]
    public void Html_encoder_escapes_the_five_special_characters_and_replaces_forbidden_controls(string input, string expected)
    {
        Assert.Equal(expected, HtmlEncoder.Escape(input));
    }

    [Fact]
    public void Html_encoder_returns_the_same_instance_when_nothing_needs_escaping()
    {
        var text = "官厅镇村干部工资 ≥95%";
        Assert.Same(text, HtmlEncoder.Escape(text));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Html_encoding_is_safe_in_text_and_quoted_attributes_and_decodes_back(string text)
    {
        var escaped = HtmlEncoder.Escape(text);
        var safe = escaped.IndexOfAny(['<', '>', '"', '\'']) < 0;
        return safe && WebUtility.HtmlDecode(escaped) == Displayed(text);
    }

    [Theory]
    [InlineData("plain 文本", "plain 文本")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("*bold* _em_ `code` [link](x) <b> & ~s~ back\\slash", "\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\<b\\> \\& \\~s\\~ back\\\\slash")]
    [InlineData("line\nbreak\r\nand\rcr", "line<br>break<br>and<br>cr")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("2024.07-2024.01", "2024\\.07-2024.01")]
    [InlineData("  two leading spaces and one after ", "&#x20;&#x20;two leading spaces and one after&#x20;")]
    [InlineData("{{ x }}", "{{ x }}")]
    public void Markdown_encoder_escapes_what_has_meaning_in_a_table_cell(string input, string expected)
    {
        Assert.Equal(expected, MarkdownEncoder.Escape(input));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Markdown_encoding_never_leaves_a_pipe_a_line_break_or_an_unescaped_special_character(string text)
    {
        var escaped = MarkdownEncoder.Escape(text);
        if (escaped.Contains('\n') || escaped.Contains('\r'))
        {
            return false;
        }

        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c is '|' or '*' or '_' or '`' or '[' or ']' or '~' or '\\')
            {
                // Must be escaped: preceded by a backslash that is not itself escaped.
                if (c == '\\')
                {
                    i++;
                    continue;
                }

                return false;
            }
        }

        return true;
    }
}
