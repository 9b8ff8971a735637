using PerformanceTargets.Import;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>An import diagnostic that becomes a PT902 finding keeps its hint in the validator's language.</summary>
public class ImportHintFindingTests
{
    private const string HintEn = "Check the table in the source: a cell is missing or a row break is misplaced.";
    private const string HintZh = "请核对源文件中的表格：可能缺少单元格，或换行位置有误。";

    private static TargetValidator Validator(Language culture) => TargetValidator.CreateBuilder().UseCulture(culture).Build();

    private static Finding Pt902Error(ValidationReport report) =>
        Assert.Single(report.Findings, f => f.RuleId == "PT902" && f.Severity == Severity.Error);

    [Fact]
    public void ValidateFile_gives_the_hint_of_a_damaged_table_in_the_validators_language()
    {
        using var temp = new TempDirectory();
        var lines = File.ReadAllLines(TestPaths.Seed).ToList();
        lines.RemoveAt(lines.FindIndex(l => l == "\t发放社区工作者人数"));
        var path = temp.File("damaged.txt");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var chinese = Pt902Error(Validator(Language.Chinese).ValidateFile(path));
        Assert.StartsWith("PTI105: ", chinese.Message, StringComparison.Ordinal);
        Assert.Equal(HintZh, chinese.Hint);

        var english = Pt902Error(Validator(Language.English).ValidateFile(path));
        Assert.StartsWith("PTI105: ", english.Message, StringComparison.Ordinal);
        Assert.Equal(HintEn, english.Hint);
    }

    [Fact]
    public void Validate_of_an_import_result_gives_the_hint_in_the_validators_language()
    {
        var imported = TargetImporter.Import(File.ReadAllBytes(TestPaths.Seed), new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = 1000  } });
        Assert.Equal("Raise DocumentLimits.MaxInputBytes if the file is genuine.", Pt902Error(Validator(Language.English).Validate(imported, "seed.txt")).Hint);
        var chinese = Pt902Error(Validator(Language.Chinese).Validate(imported, "seed.txt"));
        Assert.Equal("如文件确无问题，请调高 DocumentLimits.MaxInputBytes。", chinese.Hint);
        Assert.Contains("输入过大", chinese.Message, StringComparison.Ordinal);

        // The finding's hint is the diagnostic's, in the validator's language; a diagnostic without a hint gives none.
        var withoutHint = new ImportResult(null, SourceMap.Empty, [Assert.Single(imported.Diagnostics) with { HintText = null }], imported.Encoding, imported.Layout);
        Assert.Null(Pt902Error(Validator(Language.Chinese).Validate(withoutHint, "seed.txt")).Hint);
        var custom = new ImportResult(null, SourceMap.Empty, [Assert.Single(imported.Diagnostics) with { HintText = new LocalizedText("中文提示", "English hint") }], imported.Encoding, imported.Layout);
        Assert.Equal("中文提示", Pt902Error(Validator(Language.Chinese).Validate(custom, "seed.txt")).Hint);
        Assert.Equal("English hint", Pt902Error(Validator(Language.English).Validate(custom, "seed.txt")).Hint);
    }
}
