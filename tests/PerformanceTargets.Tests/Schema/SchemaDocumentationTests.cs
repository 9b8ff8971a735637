using System.Text.Json;
using System.Text.RegularExpressions;
using PerformanceTargets.Schema;
using Xunit.Abstractions;

namespace PerformanceTargets.Tests.Schema;

/// <summary>Every property and definition of the schema is explained in Chinese and English: "中文 / English".</summary>
public class SchemaDocumentationTests(ITestOutputHelper output)
{
    private static readonly Regex Cjk = new(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant);
    private static readonly Regex Latin = new("[A-Za-z]", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_property_and_definition_has_a_chinese_and_english_title_and_description()
    {
        using var schema = JsonDocument.Parse(TargetSchema.Text);
        var documented = SchemaPositions.All(schema.RootElement).Where(NeedsDocumentation).ToList();
        var problems = new List<string>();
        foreach (var position in documented)
        {
            foreach (var keyword in new[] { "title", "description" })
            {
                if (!position.Schema.TryGetProperty(keyword, out var value) || value.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"{position.Path}: no {keyword}");
                }
                else if (Problem(value.GetString()!) is { } problem)
                {
                    problems.Add($"{position.Path}/{keyword}: {problem}: \"{value.GetString()}\"");
                }
            }
        }

        output.WriteLine($"Schemas checked: {documented.Count} ({documented.Count(p => p.Via == "properties")} properties, {documented.Count(p => p.Via == "definitions")} definitions)");
        Assert.True(documented.Count(p => p.Via == "definitions") >= 9, "The definitions were not found.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("格式版本 / Format version", true)]
    [InlineData("资金支出计划（%） / Spending plan", true)]
    [InlineData("Format version / 格式版本", false)]
    [InlineData("格式版本/Format version", false)]
    [InlineData("格式版本 / ", false)]
    [InlineData("格式版本", false)]
    [InlineData(" 格式版本 / Format version", false)]
    public void The_title_check_tells_chinese_then_english_from_anything_else(string text, bool good) =>
        Assert.Equal(good, Problem(text) is null);

    // The schemas a reader of the schema looks up: the root, definitions, properties (except the small ones inside
    // oneOf branches that only restate kind/value/text), extension patterns, oneOf branches and inline item schemas.
    // Pure references and the {"type": "null"} branches of anyOf say nothing of their own.
    private static bool NeedsDocumentation(SchemaPosition position) => position.Via switch
    {
        "root" or "definitions" or "patternProperties" or "oneOf" => true,
        "properties" => !position.InOneOfBranch,
        "items" => !position.Schema.TryGetProperty("$ref", out _),
        _ => false,
    };

    private static string? Problem(string text)
    {
        if (text.Trim() != text)
        {
            return "leading or trailing white space";
        }

        var separator = text.IndexOf(" / ", StringComparison.Ordinal);
        if (separator < 0)
        {
            return "no \" / \" between the Chinese and the English";
        }

        var chinese = text.Substring(0, separator);
        var english = text.Substring(separator + 3);
        if (!Cjk.IsMatch(chinese))
        {
            return "no Chinese before \" / \"";
        }

        if (!Latin.IsMatch(english))
        {
            return "no English after \" / \"";
        }

        return null;
    }
}
