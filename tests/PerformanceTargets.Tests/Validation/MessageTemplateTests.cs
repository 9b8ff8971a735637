using System.Globalization;
using PerformanceTargets.Internal;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Tests.Validation;

/// <summary>
/// Findings' templates are formatted as <see cref="string.Format(IFormatProvider, string, object[])"/> formats them,
/// whether as a string (a <see cref="Finding"/>'s message) or into a report writer's buffer, and an argument the
/// template does not name is never formatted (a hint names fewer arguments than its message).
/// </summary>
public class MessageTemplateTests
{
    public static TheoryData<string> Templates => new()
    {
        "无占位符的提示",
        "{0}",
        "表{0}的指标“{1}”：{2}",
        "only {1} here",
        "{2} before {0}",
        "{{literal}} {0:F2} and {1,6}|",
        "金额 {0} 万元，占 {1:0.##}%",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Templates_format_as_string_Format_does_as_a_string_and_into_a_buffer(string template)
    {
        object?[] arguments = [12.50m, -3, "预算"];
        var expected = string.Format(CultureInfo.InvariantCulture, template, arguments);
        var text = LocalizedText.Same(template);
        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            Assert.Equal(expected, FindingText.Format(text, language, arguments[0], arguments[1], arguments[2]));
            using var buffer = new CharBuffer(4);
            buffer.Append("前缀");
            FindingText.AppendFormatted(buffer, text, language, arguments[0], arguments[1], arguments[2]);
            Assert.Equal("前缀" + expected, buffer.ToString());
        }
    }

    [Fact]
    public void An_argument_that_knows_both_languages_is_formatted_in_the_templates_language_and_only_when_named()
    {
        var named = new CountingArgument();
        var unnamed = new CountingArgument();
        var text = new LocalizedText("见{1}", "see {1}");
        Assert.Equal("见表3", FindingText.Format(text, Language.Chinese, unnamed, named, null));
        Assert.Equal("see table 3", FindingText.Format(text, Language.English, unnamed, named, null));
        using var buffer = new CharBuffer();
        FindingText.AppendFormatted(buffer, text, Language.English, unnamed, named, null);
        Assert.Equal("see table 3", buffer.ToString());
        Assert.Equal(3, named.Calls);
        Assert.Equal(0, unnamed.Calls);
    }

    [Fact]
    public void A_longTexttext_grows_the_buffer()
    {
        var longText = new string('预', 5000);
        var text = LocalizedText.Same("{0}|{1}");
        using var buffer = new CharBuffer(8);
        FindingText.AppendFormatted(buffer, text, Language.Chinese, longText, longText, null);
        Assert.Equal(longText + "|" + longText, buffer.ToString());
    }

    private sealed class CountingArgument : ILocalizedArgument
    {
        public int Calls { get; private set; }

        public string Format(Language language)
        {
            Calls++;
            return language == Language.English ? "table 3" : "表3";
        }
    }
}
