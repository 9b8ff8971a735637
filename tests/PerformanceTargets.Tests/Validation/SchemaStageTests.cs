using PerformanceTargets.Model;
using System.Text;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>Stage 1: PT001 (syntax, encoding), PT002 (JSON Schema through NJsonSchema), PT003 (version), PT901 (limits).</summary>
public class SchemaStageTests
{
    private static readonly TargetValidator English = TargetValidator.CreateBuilder().UseCulture(Language.English).Build();

    private static string Excerpt => File.ReadAllText(TestPaths.Excerpt);

    private static string Replace(string from, string to)
    {
        var text = Excerpt;
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return text.Substring(0, at) + to + text.Substring(at + from.Length);
    }

    [Fact]
    public void The_excerpt_passes_stage_1()
    {
        var report = TargetValidator.Default.ValidateJson(Excerpt);
        Assert.NotNull(report.Document);
        Assert.DoesNotContain(report.Findings, f => f.Category == RuleCategory.Format);
    }

    [Fact]
    public void PT001_hit_malformed_json_with_its_line()
    {
        var text = Replace("\"fiscalYear\": 2024,", "\"fiscalYear\": 2024,,");
        var finding = English.ValidateJson(text, "doc.json").Single("PT001");
        var expectedLine = text.Split('\n').ToList().FindIndex(l => l.Contains("fiscalYear", StringComparison.Ordinal)) + 1;
        Assert.Equal(expectedLine, finding.Location!.Line);
        Assert.Equal("doc.json", finding.Location.File);
        Assert.Contains("not well-formed JSON", finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.Hint);
    }

    [Fact]
    public void PT001_hit_not_utf8_empty_and_duplicate_names()
    {
        var gb = new byte[] { (byte)'{', 0xB9, 0xD9, (byte)'}' };
        Assert.Equal("PT001", Assert.Single(TargetValidator.Default.Validate(gb).Findings).RuleId);
        Assert.Equal("PT001", Assert.Single(TargetValidator.Default.Validate(Array.Empty<byte>()).Findings).RuleId);
        var duplicate = Replace("\"fiscalYear\": 2024,", "\"fiscalYear\": 2024, \"fiscalYear\": 2025,");
        var report = TargetValidator.Default.ValidateJson(duplicate);
        Assert.Equal("PT001", Assert.Single(report.Findings).RuleId);
        Assert.Null(report.Document);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void PT001_near_miss_a_byte_order_mark_is_fine()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(TestPaths.Excerpt)).ToArray();
        TargetValidator.Default.Validate(bytes).None("PT001");
    }

    [Fact]
    public void PT002_reports_every_schema_violation_with_pointer_and_message_in_both_languages()
    {
        var text = Replace("\"stage\": \"draft\"", "\"stage\": \"drafty\", \"bogus\": 1");
        var at = text.IndexOf("\"target\": \"21个\"", StringComparison.Ordinal);
        text = text.Substring(0, at) + "\"target\": 21" + text.Substring(at + "\"target\": \"21个\"".Length);
        var english = English.ValidateJson(text).Hits("PT002");
        var chinese = TargetValidator.Default.ValidateJson(text).Hits("PT002");
        Assert.Equal(english.Select(f => f.Pointer), chinese.Select(f => f.Pointer));
        Assert.Contains(english, f => f.Pointer == "/bogus" && f.Message.Contains("Unknown property \"bogus\"", StringComparison.Ordinal));
        Assert.Contains(chinese, f => f.Pointer == "/bogus" && f.Message.Contains("未知属性", StringComparison.Ordinal));
        Assert.Contains(english, f => f.Pointer == "/stage" && f.Message.Contains("\"drafty\" is not one of the allowed values", StringComparison.Ordinal));
        Assert.Contains(english, f => f.Pointer == "/projects/0/indicators/0/target" && f.Message == "Expected a string but found a number.");
        Assert.All(english, f => Assert.NotNull(f.Hint));
        Assert.All(english, f => Assert.True(f.Location!.Line > 0));
    }

    [Fact]
    public void PT002_required_properties_point_at_the_missing_property_and_are_located_at_their_parent()
    {
        var text = Replace("\"name\": \"官厅镇村干部工资\",", string.Empty);
        var finding = English.ValidateJson(text).Single("PT002");
        Assert.Equal("/projects/0/name", finding.Pointer);
        Assert.Equal("The required property \"name\" is missing.", finding.Message);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("\"sequence\": 1", StringComparison.Ordinal)), finding.Location!.Line);
    }

    [Theory]
    [InlineData("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"v1\"", "/schemaVersion")]
    [InlineData("\"total\": 67.54,", "\"total\": -1,", "/projects/0/budget/total")]
    [InlineData("\"name\": \"官厅镇村干部工资\"", "\"name\": \"\"", "/projects/0/name")]
    [InlineData("\"code\": \"816001\",", "\"code\": \"816001\", \"a.b['c\": 1,", "/department/a.b['c")]
    [InlineData("\"department\": {", "\"department\": 5, \"x-d\": {", "/department")]
    public void PT002_names_the_right_place(string from, string to, string pointer)
    {
        var finding = English.ValidateJson(Replace(from, to)).Single("PT002");
        Assert.Equal(pointer, finding.Pointer);
    }

    [Fact]
    public void PT002_a_bad_target_value_is_one_finding()
    {
        var text = Replace("\"target\": \"21个\"", "\"target\": \"21个\", \"targetValue\": {\"kind\": \"quantitative\"}");
        var finding = English.ValidateJson(text).Single("PT002");
        Assert.Equal("/projects/0/indicators/0/targetValue", finding.Pointer);
        Assert.Contains("neither", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT002_near_miss_extensions_and_nulls_are_allowed()
    {
        var text = Replace("\"stage\": \"draft\"", "\"stage\": null, \"x-source\": {\"pages\": [1, 2]}");
        TargetValidator.Default.ValidateJson(text).None("PT002");
    }

    [Fact]
    public void PT002_a_number_beyond_decimal_is_reported_from_the_reader_when_the_schema_allows_it()
    {
        var text = Replace("\"total\": 67.54,", "\"total\": 1e400,");
        var finding = English.ValidateJson(text).Single("PT002");
        Assert.Equal("/projects/0/budget/total", finding.Pointer);
    }

    [Fact]
    public void PT003_hit_unknown_major_version_and_near_miss_a_newer_minor()
    {
        var finding = English.ValidateJson(Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"")).Single("PT003");
        Assert.Equal("/schemaVersion", finding.Pointer);
        TargetValidator.Default.ValidateJson(Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.7\"")).None("PT003");
    }

    [Fact]
    public void PT901_hit_input_beyond_the_read_limits()
    {
        var small = TargetValidator.CreateBuilder().UseReadOptions(new JsonReadOptions { Limits = new DocumentLimits { MaxInputBytes = 100  } }).Build();
        small.ValidateJson(Excerpt).Single("PT901");
        using var stream = new MemoryStream(File.ReadAllBytes(TestPaths.Excerpt));
        small.Validate(stream).Single("PT901");
        TargetValidator.Default.ValidateJson(Excerpt).None("PT901");
    }

    [Fact]
    public void The_full_schema_report_runs_NJsonSchema_on_sound_documents_too_and_agrees()
    {
        var full = TargetValidator.CreateBuilder().UseFullSchemaReport().Build();
        Assert.True(full.FullSchemaReport);
        var fast = TargetValidator.Default.Validate(SeedData.Bytes);
        var slow = full.Validate(SeedData.Bytes);
        Assert.Equal(fast.Findings.ToList(), slow.Findings.ToList());
        var bad = Replace("\"stage\": \"draft\"", "\"stage\": \"drafty\"");
        var a = TargetValidator.Default.ValidateJson(bad).Findings.Single();
        var b = full.ValidateJson(bad).Findings.Single();
        Assert.Equal((a.RuleId, a.Severity, a.Category, a.Pointer, a.Message, a.Hint), (b.RuleId, b.Severity, b.Category, b.Pointer, b.Message, b.Hint));
        Assert.Equal(a.Location, b.Location);
        Assert.Equal(TargetValidator.Default.ValidateJson(bad).Findings.ToList(), full.ValidateJson(bad).Findings.ToList());
    }
}
