using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>
/// PT304: a unit contradicting the indicator: a count given in %, a rate given as a count or as a bare number, a
/// satisfaction not in %, or a unit stated in the name (in brackets, or with a value written into it) that differs
/// from the target's. Ranges ("3%～5%") are read like quantities.
/// </summary>
internal sealed class UnitMismatchRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT304",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("计量单位与指标不符", "Unit contradicts the indicator"),
        Description = new(
            "数量（数量指标，或名称为人数、户数、个数、次数等）不应以 % 表示；比率（……率）应以 % 表示，不应是个数或不带单位的数；满意度应以 % 表示；名称中写明的单位（括号中，或随数值写入名称，如“培训农民300人”）应与指标值单位一致。",
            "A count (a 数量指标, or a name counting 人, 户, 个, 次 …) is not given in %; a rate (…率) is given in %, not as a count or a bare number; a satisfaction is given in %; a unit the name states (in brackets, or with a value written into it, as in 培训农民300人) is the target's unit."),
    };

    private static readonly Text CountInPercent = new(
        "\"{0}\" counts things, but its target {1} is a percentage.",
        "“{0}”是数量指标，指标值 {1} 却是百分比。",
        "Give the number counted with its unit, e.g. 21个, 127人; or, if a share is meant, name the indicator as a rate (…率).",
        "请给出计数及单位，如 21个、127人；如确为比例，请将指标命名为“……率”。");

    private static readonly Text RateAsCount = new(
        "\"{0}\" is a rate, but its target {1} is a count.",
        "“{0}”是比率指标，指标值 {1} 却是个数。",
        "Give the rate in %, e.g. ≥95%; or, if a count is meant, name the indicator as a count (…数量).",
        "请以 % 表示比率，如 ≥95%；如确为计数，请将指标命名为“……数量”。");

    private static readonly Text SatisfactionNotPercent = new(
        "The satisfaction target {1} of \"{0}\" is not a percentage.",
        "满意度指标“{0}”的指标值 {1} 不是百分比。",
        "Give the share of those surveyed who are satisfied, e.g. ≥90%.",
        "请给出满意人数占调查人数的比例，例如 ≥90%。");

    private static readonly Text NameUnit = new(
        "\"{0}\" names the unit {2}, but its target {1} is in another unit.",
        "“{0}”的名称中注明单位为 {2}，指标值 {1} 的单位却不同。",
        "Give the target in {2}, or correct the unit in the name.",
        "请以 {2} 表示指标值，或修正名称中的单位。");

    private static readonly Text RateWithoutUnit = new(
        "\"{0}\" is a rate, but its target {1} is a bare number.",
        "“{0}”是比率指标，指标值 {1} 却是不带单位的数。",
        "Give the rate in %, e.g. ≥85%.",
        "请以 % 表示比率，如 ≥85%。");

    internal override RowNeeds Needs => RowNeeds.Measured;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        if (indicator.IsCost)
        {
            // Cost indicators are PT204's.
            return;
        }

        var name = indicator.Name;
        var written = indicator.TargetText.Trimmed;
        var pointer = PointerSpec.ForItem(project.Index, list, row, "target");
        var percent = target.Unit == "%";
        if (indicator.IsSatisfaction)
        {
            if (!percent && target.Unit != "分")
            {
                context.Add(pointer, SatisfactionNotPercent, name.Trimmed, written);
            }

            return;
        }

        if (name.UnitInName is { } unit && target.Unit is not null && !Units.Same(unit, target.Unit))
        {
            context.Add(pointer, NameUnit, name.Trimmed, written, unit);
        }
        else if (percent && !name.IsRate && (name.IsCount || indicator.Dimension == IndicatorDimension.Quantity))
        {
            context.Add(pointer, CountInPercent, name.Trimmed, written);
        }
        else if (name.IsRate && Units.IsCount(target.Unit))
        {
            context.Add(pointer, RateAsCount, name.Trimmed, written);
        }
        else if (name.IsRate && target.Unit is null && (target.Value ?? target.Upper) != 0m)
        {
            // 0 needs no unit: 安全事故发生率 0 is 0%.
            context.Add(pointer, RateWithoutUnit, name.Trimmed, written);
        }
    }
}
