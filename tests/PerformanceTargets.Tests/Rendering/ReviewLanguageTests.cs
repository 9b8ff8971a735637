using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerformanceTargets.Json;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// The review of the seed, validated with the default validator, speaks one language: a Chinese review has no English
/// label word, an English review no Chinese label. What may be in another language is data (the document's text, the
/// findings' messages and hints, which quote data), rule ids and the markup itself (tags, classes, the style sheet).
/// </summary>
public partial class ReviewLanguageTests
{
    private static readonly byte[] SeedJson = File.ReadAllBytes(TestPaths.Sample("guanting-2024.json"));

    [Fact]
    public void A_chinese_review_of_the_seed_has_no_english_label_word()
    {
        var document = TargetJson.Read(SeedJson).GetDocumentOrThrow();
        var report = TargetValidator.Default.Validate(SeedJson);
        Assert.Contains(report.Findings, f => f.Location is { Table: not null });

        var labels = Labels(TargetRendering.ToReviewHtml(document, report), document, report);
        var english = EnglishWord().Matches(labels).Select(m => m.Value).Distinct().ToArray();
        Assert.True(english.Length == 0, "English words outside the data: " + string.Join(", ", english) + "\n" + labels);
        Assert.Contains("第 ", labels, StringComparison.Ordinal);
        Assert.Contains(" 行第 ", labels, StringComparison.Ordinal);
        Assert.Contains("（表 3）", labels, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_review_of_the_seed_has_no_chinese_label()
    {
        var document = TargetJson.Read(SeedJson).GetDocumentOrThrow();
        var report = TargetValidator.CreateBuilder().UseCulture(Language.English).Build().Validate(SeedJson);
        var html = TargetRendering.ToReviewHtml(document, report, new RenderOptions { Language = Language.English });

        var labels = Labels(html, document, report);
        var chinese = Chinese().Matches(labels).Select(m => m.Value).Distinct().ToArray();
        Assert.True(chinese.Length == 0, "Chinese outside the data: " + string.Join(", ", chinese) + "\n" + labels);
        Assert.Contains("(table 3)", labels, StringComparison.Ordinal);
    }

    /// <summary>The text of the page with the style sheet, the tags and every piece of data taken out.</summary>
    private static string Labels(string html, global::PerformanceTargets.Model.TargetDocument document, ValidationReport report)
    {
        var text = Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline);
        text = WebUtility.HtmlDecode(Regex.Replace(text, "<[^>]*>", " "));
        var data = new HashSet<string>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(SeedJson))
        {
            CollectStrings(json.RootElement, data);
        }

        foreach (var finding in report.Findings)
        {
            data.Add(finding.Message);
            data.Add(finding.RuleId);
            data.Add(finding.Pointer);
            if (finding.Hint is { } hint)
            {
                data.Add(hint);
            }
        }

        // The cover prints the title on two lines: the department's name, then the rest of the title.
        if (document.Title is { } title && document.Department?.Name is { } department && title.StartsWith(department, StringComparison.Ordinal))
        {
            data.Add(title.Substring(department.Length));
        }

        foreach (var piece in data.Where(d => d.Length > 0).OrderByDescending(d => d.Length))
        {
            text = text.Replace(piece, " ", StringComparison.Ordinal);
        }

        return text;
    }

    private static void CollectStrings(JsonElement element, HashSet<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CollectStrings(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectStrings(item, strings);
                }

                break;
        }
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex("[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]+")]
    private static partial Regex Chinese();
}
