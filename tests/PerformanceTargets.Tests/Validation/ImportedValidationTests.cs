using PerformanceTargets.Import;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>Validating what the importers read: findings point at the source text, import diagnostics are PT902.</summary>
public class ImportedValidationTests
{
    private static string Key(Finding f) => f.RuleId + " " + f.Pointer + " " + f.Severity;

    [Fact]
    public void The_seed_text_gives_the_findings_of_its_json_with_source_lines_plus_the_page_number_infos()
    {
        var fromJson = TargetValidator.Default.ValidateFile(TestPaths.Sample("guanting-2024.json"));
        var fromText = TargetValidator.Default.ValidateFile(TestPaths.Seed);
        Assert.NotNull(fromText.Document);
        Assert.Equal(fromJson.Document, fromText.Document);
        var imported = fromText.Findings.Where(f => f.RuleId == "PT902").ToList();
        Assert.Equal(2, imported.Count);
        Assert.All(imported, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.All(imported, f => Assert.StartsWith("PTI009", f.Message, StringComparison.Ordinal));
        Assert.Equal([71, 72], imported.Select(f => f.Location!.Line));
        Assert.Equal(
            fromJson.Findings.Select(Key).Order(StringComparer.Ordinal),
            fromText.Findings.Where(f => f.RuleId != "PT902").Select(Key).Order(StringComparer.Ordinal));

        // Every finding of the text points into the text: the placeholder goal of table 3 is on its goal line.
        var lines = File.ReadAllLines(TestPaths.Seed);
        var placeholder = fromText.Findings.First(f => f.RuleId == "PT102");
        Assert.Equal(TestPaths.Seed, placeholder.Location!.File);
        Assert.Equal(3, placeholder.Location.Table);
        Assert.Contains("目标内容1", lines[placeholder.Location.Line - 1], StringComparison.Ordinal);
        Assert.All(fromText.Findings, f => Assert.NotNull(f.Location));
    }

    [Fact]
    public void A_damaged_source_gives_a_pt902_error_at_its_line_and_the_intact_tables_are_still_reviewed()
    {
        using var temp = new TempDirectory();
        var lines = File.ReadAllLines(TestPaths.Seed).ToList();
        var row = lines.FindIndex(l => l == "\t发放社区工作者人数");
        lines.RemoveAt(row);
        var path = temp.File("damaged.txt");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        var report = TargetValidator.Default.ValidateFile(path);
        var error = Assert.Single(report.Findings, f => f.RuleId == "PT902" && f.Severity == Severity.Error);
        Assert.StartsWith("PTI", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Location!.File);
        Assert.Equal(5, error.Location.Table);
        Assert.False(report.IsValid);
        Assert.Contains(report.Findings, f => f.RuleId == "PT102" && f.Location!.Table == 13);
    }

    [Fact]
    public void Nothing_importable_is_a_report_without_document_and_with_the_reason()
    {
        using var temp = new TempDirectory();
        var path = temp.File("empty.txt");
        File.WriteAllText(path, string.Empty);
        var report = TargetValidator.Default.ValidateFile(path);
        Assert.Null(report.Document);
        Assert.False(report.IsValid);
        Assert.Contains(report.Findings, f => f.RuleId == "PT902" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Messages_follow_the_validator_culture()
    {
        var english = TargetValidator.CreateBuilder().UseCulture(Language.English).Build().Validate(TargetImporter.Import(TestPaths.Seed));
        var chinese = TargetValidator.Default.Validate(TargetImporter.Import(TestPaths.Seed));
        Assert.Contains("page number", english.Findings.First(f => f.RuleId == "PT902").Message, StringComparison.Ordinal);
        Assert.Contains("页码", chinese.Findings.First(f => f.RuleId == "PT902").Message, StringComparison.Ordinal);
    }
}
