using PerformanceTargets.Diagnostics;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>
/// A finding reads in both languages (<see cref="Finding.Text"/>, <see cref="Finding.HintText"/>) whatever language the
/// validator was built for: the arguments of a message (lists of fields, tables, levels, lights, the parts of a
/// detail) are written in the language of the text, never in the validator's.
/// </summary>
public class FindingLanguageTests
{
    public static TheoryData<string> Documents => new()
    {
        TestPaths.Sample("guanting-2024.json"),
        TestPaths.Sample("guanting-2024-evaluation.json"),
        TestPaths.Sample("guanting-2024-monitoring.json"),
        TestPaths.TestData("Provinces", "defects.json"),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Both_languages_of_a_finding_do_not_depend_on_the_validators_language(string file)
    {
        var chinese = TargetValidator.CreateBuilder().UseCulture(Language.Chinese).Build().ValidateFile(file);
        var english = TargetValidator.CreateBuilder().UseCulture(Language.English).Build().ValidateFile(file);

        Assert.NotEmpty(chinese.Findings);
        Assert.Equal(chinese.Findings.Length, english.Findings.Length);
        for (var i = 0; i < chinese.Findings.Length; i++)
        {
            var zh = chinese.Findings[i];
            var en = english.Findings[i];
            Assert.Equal(zh.RuleId, en.RuleId);
            Assert.Equal(zh.Text, en.Text);
            Assert.Equal(zh.HintText, en.HintText);
            Assert.Equal(zh.Message, zh.Text.Chinese);
            Assert.Equal(en.Message, en.Text.English);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void English_text_carries_no_Chinese_list_punctuation(string file)
    {
        var report = TargetValidator.CreateBuilder().UseCulture(Language.Chinese).Build().ValidateFile(file);
        foreach (var finding in report.Findings)
        {
            // The English templates never use 、 or ；: one in the text comes from an argument written in Chinese. Quoted
            // data ("…") may hold anything, so only the text outside quotes is checked.
            var outside = string.Concat(finding.Text.English.Split('"').Where((_, i) => i % 2 == 0));
            Assert.False(outside.Contains('、') || outside.Contains('；'), finding.RuleId + ": " + finding.Text.English);
        }
    }
}
