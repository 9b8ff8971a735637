using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>
/// PT309: template placeholder text left in an indicator row: ≥**%, （≥XX个）, ××人, ★★★, 指标1, 某某, 请填写, 待定 …
/// in the name or the target (error), or in the description or the basis (warning).
/// </summary>
internal sealed class PlaceholderIndicatorRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT309",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("绩效指标中留有模板占位文字", "Template placeholder left in an indicator"),
        Description = new(
            "指标名称、指标值中留有“≥**%”“（≥XX个）”“××人”“★★★”“指标1”“某某”“请填写”“待定”等模板占位文字，说明指标未填写（错误）；指标解释、确定依据中留有占位文字为警告。",
            "Template placeholder text left in an indicator's name or target (≥**%, （≥XX个）, ××人, ★★★, 指标1, 某某, 请填写, 待定) means the indicator was never filled in (error); in its description or basis it is a warning."),
    };

    private static readonly Text Message = new(
        "The {1} \"{0}\" is the template's placeholder text: it was never filled in.",
        "{1}“{0}”是模板的占位文字，未填写。",
        "Replace it with this project's own content; delete the row if the indicator does not apply.",
        "请填写本项目的实际内容；不适用的指标请删除。");

    private static readonly LocalizedText NameLabel = new("指标名称", "indicator name");
    private static readonly LocalizedText TargetLabel = new("指标值", "target");
    private static readonly LocalizedText DescriptionLabel = new("指标解释", "description");
    private static readonly LocalizedText BasisLabel = new("指标值确定依据", "basis");

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        // Names, targets and bases repeat: their answer is kept with the text's facts. Descriptions are mostly distinct,
        // or the name again (then the name's answer is theirs).
        var cells = indicator.Indicator;
        var facts = context.Facts;
        var name = indicator.Name.IsPlaceholder;
        var description = string.Equals(cells.Description, cells.Name, StringComparison.Ordinal) ? name : Placeholders.IsCell(cells.Description);
        Report(context, project.Index, list, row, name, cells.Name, "name", NameLabel, null);
        Report(context, project.Index, list, row, indicator.TargetText.IsPlaceholder, cells.Target, "target", TargetLabel, null);
        Report(context, project.Index, list, row, description, cells.Description, "description", DescriptionLabel, Severity.Warning);
        Report(context, project.Index, list, row, cells.Basis is { } basis && facts.Text(basis).IsPlaceholder, cells.Basis, "basis", BasisLabel, Severity.Warning);
    }

    private static void Report(ValidationContext context, int project, string list, int row, bool placeholder, string? cell, string field, LocalizedText label, Severity? severity)
    {
        if (placeholder)
        {
            context.Add(PointerSpec.ForItem(project, list, row, field), Message, IndicatorTarget.TrimWhite(cell!), label, severity: severity);
        }
    }
}
