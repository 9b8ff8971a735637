using System.Text.Json;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Tests.Validation;

/// <summary>Text, JSON and SARIF reports: golden files on the excerpt, and the SARIF shape code-scanning viewers need.</summary>
public class ReportWriterTests
{
    private const string ExcerptName = "samples/guanting-2024-excerpt.json";

    private static readonly TargetValidator English = TargetValidator.CreateBuilder().UseCulture(Language.English).Build();

    private static ValidationReport Excerpt(TargetValidator validator) =>
        validator.Validate(File.ReadAllBytes(TestPaths.Excerpt), ExcerptName);

    [Theory]
    [InlineData("excerpt.zh.txt", "text", "zh")]
    [InlineData("excerpt.en.txt", "text", "en")]
    [InlineData("excerpt.json", "json", "en")]
    [InlineData("excerpt.sarif", "sarif", "en")]
    public void Reports_match_the_golden_files(string golden, string format, string culture)
    {
        var validator = culture == "en" ? English : TargetValidator.Default;
        var report = Excerpt(validator);
        using var writer = new StringWriter { NewLine = "\n" };
        switch (format)
        {
            case "text":
                ValidationReportWriter.WriteText(report, writer, validator.Culture);
                break;
            case "json":
                ValidationReportWriter.WriteJson(report, writer);
                break;
            default:
                ValidationReportWriter.WriteSarif(report, writer, validator);
                break;
        }

        // The library's version changes with every release; the golden files do not.
        var actual = writer.ToString();
        foreach (var key in new[] { "toolVersion", "version", "semanticVersion" })
        {
            actual = actual.Replace($"\"{key}\": \"{ValidationReportWriter.ToolVersion}\"", $"\"{key}\": \"TOOL-VERSION\"", StringComparison.Ordinal);
        }

        var path = TestPaths.TestData("Validation", golden);
        if (Environment.GetEnvironmentVariable("PERFTARGETS_APPROVE") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
        Assert.DoesNotContain("\r", actual, StringComparison.Ordinal);
    }

    /// <summary>
    /// A report not yet read is written from the validation's compact findings (no <see cref="Finding"/> made); one
    /// already read, from its findings. Both must give the same bytes, in every language, for documents that raise
    /// rule findings, read-stage findings (broken documents) and findings located through an importer's source map.
    /// </summary>
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Reports_are_the_same_whether_or_not_the_findings_were_read_before_writing(string culture)
    {
        var validator = culture == "en" ? English : TargetValidator.Default;
        var inputs = Directory.GetFiles(TestPaths.Samples, "*.json")
            .Concat(Directory.GetFiles(TestPaths.TestData("Provinces"), "*.json"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Name: "in/" + Path.GetFileName(p), Make: (Func<ValidationReport>)(() => validator.Validate(File.ReadAllBytes(p), "in/" + Path.GetFileName(p)))))
            .ToList();
        var seed = File.ReadAllText(TestPaths.Sample("guanting-2024.json"));
        var broken = System.Text.Encoding.UTF8.GetBytes(seed.Replace("\"name\"", "\"nom\"", StringComparison.Ordinal).Replace("\"month\": 6,", "\"month\": \"six\",", StringComparison.Ordinal));
        inputs.Add(("broken.json", () => validator.Validate(broken, "broken.json")));
        inputs.Add(("minified.json", () => validator.Validate(Minify(SeedData.Bytes))));
        inputs.Add(("seed.txt", () => validator.ValidateFile(TestPaths.Seed)));
        var compared = 0;
        foreach (var (name, make) in inputs)
        {
            var fresh = make();
            var read = make();
            Assert.False(read.Findings.IsDefault);
            foreach (var format in new[] { "json", "sarif", "jsonl" })
            {
                var expected = Write(read, format, validator);
                var actual = Write(fresh, format, validator);
                Assert.True(expected == actual, $"{name} ({format}) differs when written before its findings were read");
                compared++;
            }

            // Writing did not make the findings, and reading them afterwards gives the same objects' text.
            Assert.Equal(read.Findings.Select(f => f.ToString()), fresh.Findings.Select(f => f.ToString()));
        }

        Assert.True(inputs.Count >= 12, "samples and province tables were found");
        Assert.Equal(inputs.Count * 3, compared);

        static string Write(ValidationReport report, string format, TargetValidator validator)
        {
            using var writer = new StringWriter { NewLine = "\n" };
            switch (format)
            {
                case "json":
                    ValidationReportWriter.WriteJson(report, writer);
                    break;
                case "jsonl":
                    ValidationReportWriter.WriteJsonLine(report, writer);
                    break;
                default:
                    ValidationReportWriter.WriteSarif([report], writer, validator);
                    break;
            }

            return writer.ToString();
        }

        static byte[] Minify(byte[] json)
        {
            using var parsed = JsonDocument.Parse(json);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                parsed.WriteTo(writer);
            }

            return buffer.ToArray();
        }
    }

    [Fact]
    public void Sarif_has_rules_in_the_driver_the_rule_set_in_the_run_and_pointers_as_logical_locations()
    {
        var report = English.Validate(SeedData.Bytes, "samples/guanting-2024.json");
        using var writer = new StringWriter();
        ValidationReportWriter.WriteSarif([report], writer, English);
        using var sarif = JsonDocument.Parse(writer.ToString());
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal(RuleCatalog.Version, run.GetProperty("properties").GetProperty("ruleSetVersion").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString())));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(report.Findings.Length, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var finding = report.Findings[i];
            Assert.Equal(finding.RuleId, result.GetProperty("ruleId").GetString());
            Assert.Equal(finding.RuleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" }, result.GetProperty("level").GetString());
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
            Assert.Equal("samples/guanting-2024.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(finding.Location!.Line, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(finding.Pointer, Assert.Single(location.GetProperty("logicalLocations").EnumerateArray()).GetProperty("fullyQualifiedName").GetString());
            Assert.StartsWith(finding.Message, result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Reports are written in pieces of about 64 KB, to a stream as UTF-8 and to a text writer through a decoder: the
    /// seed's Chinese SARIF log (hundreds of KB, pieces ending inside three-byte characters) is the same either way.
    /// </summary>
    [Fact]
    public void A_large_report_is_written_the_same_to_a_stream_and_to_a_text_writer()
    {
        var chinese = TargetValidator.CreateBuilder().UseCulture(Language.Chinese).Build();
        var reports = new[] { chinese.Validate(SeedData.Bytes, "a.json"), chinese.Validate(SeedData.Bytes, "b.json") };
        using var stream = new MemoryStream();
        ValidationReportWriter.WriteSarif(reports, stream, chinese);
        using var writer = new StringWriter();
        ValidationReportWriter.WriteSarif(reports, writer, chinese);

        var expected = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.True(expected.Length > 4 * 64 * 1024, expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, writer.ToString());
        Assert.DoesNotContain('\uFFFD', expected);
    }

    [Fact]
    public void Json_reports_round_trip_the_findings()
    {
        var reports = new[] { English.Validate(SeedData.Bytes, "a.json"), English.ValidateJson("{", "b.json") };
        using var writer = new StringWriter();
        ValidationReportWriter.WriteJson(reports, writer);
        using var json = JsonDocument.Parse(writer.ToString());
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["a.json", "b.json"], files.Select(f => f.GetProperty("file").GetString()));
        Assert.Equal(reports[0].WarningCount, files[0].GetProperty("warnings").GetInt32());
        var first = files[0].GetProperty("findings")[0];
        Assert.Equal(reports[0].Findings[0].Message, first.GetProperty("message").GetString());
        Assert.Equal(reports[0].Findings[0].Location!.Line, first.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal("PT001", files[1].GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Text_reports_end_with_a_summary_per_file()
    {
        using var writer = new StringWriter();
        ValidationReportWriter.WriteText(English.Validate(SeedData.Document), writer, Language.English);
        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal($"(input): 9 errors, 204 warnings, 3 infos (rule set {RuleCatalog.Version}); not valid", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("(input): error PT102: ", StringComparison.Ordinal) && l.EndsWith("[/projects/2/goals/0]", StringComparison.Ordinal));
    }
}
