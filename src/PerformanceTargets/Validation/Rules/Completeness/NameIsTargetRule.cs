using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>
/// PT310: an indicator name that is a target (2024年底前, 95%, 300) or carries one (安全饮水达标率100%, 培训农民300人):
/// the name should say what is measured, the target cell how much.
/// </summary>
internal sealed class NameIsTargetRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT310",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("指标名称是指标值或含有指标值", "Indicator name is or carries a target"),
        Description = new(
            "指标名称应说明衡量什么，指标值栏说明达到多少。名称本身是指标值（“2024年底前”“95%”、仅为数字），或在名称中写入数值（“安全饮水达标率100%”“培训农民300人”），指标值就写了两遍或填错了地方，年度间的名称也对不上。",
            "A name says what is measured, the target cell how much. A name that is itself a target (2024年底前, 95%, a bare number) or carries one (安全饮水达标率100%, 培训农民300人) writes the target twice or in the wrong place, and names no longer match from year to year."),
    };

    private static readonly Text OnlyTarget = new(
        "The name \"{0}\" is a target, not a name: it does not say what is measured.",
        "指标名称“{0}”是指标值，不是名称：没有说明衡量什么。",
        "Name what is measured (资金拨付时间, 培训农民人数) and put \"{0}\" in the target cell.",
        "请写明衡量的内容（如“资金拨付时间”“培训农民人数”），把“{0}”填入指标值栏。");

    private static readonly Text CarriesValue = new(
        "The name \"{0}\" carries the value {1}: the target belongs in its own cell.",
        "指标名称“{0}”中写入了数值 {1}：指标值应填在指标值栏。",
        "Name what is measured (\"{2}\") and give {1} as the target.",
        "名称写衡量的内容（“{2}”），{1} 填入指标值栏。");

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var name = indicator.Name;
        var start = name.ValueStart;
        if (start < 0 || Placeholders.IsCell(name.Trimmed))
        {
            return;
        }

        var pointer = PointerSpec.ForItem(project.Index, list, row, "name");
        if (start == 0)
        {
            context.Add(pointer, OnlyTarget, name.Trimmed);
        }
        else
        {
            context.Add(pointer, CarriesValue, name.Trimmed, name.Trimmed.Substring(start), IndicatorTarget.TrimWhite(name.Trimmed.Substring(0, start)));
        }
    }
}
