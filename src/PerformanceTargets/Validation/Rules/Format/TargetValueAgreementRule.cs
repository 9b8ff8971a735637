using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Format;

/// <summary>PT211: a targetValue that disagrees with the verbatim target.</summary>
internal sealed class TargetValueAgreementRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT211",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Format,
        Title = new("targetValue 与指标值不一致", "targetValue disagrees with target"),
        Description = new(
            "规范化的 targetValue 应与原文指标值一致：类型、比较符、数值和单位（或文字）相同。修改指标值后请重新规范化。",
            "The normalised targetValue must say what the verbatim target says: the same kind, comparator, number and unit (or text). Re-run the normaliser after editing a target."),
    };

    private static readonly Text Message = new(
        "targetValue says {0}, but the target \"{1}\" says {2}.",
        "targetValue 为 {0}，而指标值“{1}”表示 {2}。",
        "Re-run the normaliser (perftargets normalize), or correct whichever of the two is wrong.",
        "请重新规范化（perftargets normalize），或修正两者中有误的一方。");

    internal override RowNeeds Needs => RowNeeds.TargetValue;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        if (indicator.Indicator.TargetValue is not { } stated)
        {
            return;
        }

        var parsed = indicator.Target.ToTargetValue();
        if (parsed is not null && Agrees(stated, parsed))
        {
            return;
        }

        context.Add(
            PointerSpec.ForItem(project.Index, list, row, "targetValue"),
            Message,
            stated.Format(),
            indicator.Indicator.Target,
            parsed?.Format() ?? (context.Culture == Language.English ? "nothing" : "空"));
    }

    private static bool Agrees(TargetValue stated, TargetValue parsed)
    {
        if (stated.Kind != parsed.Kind)
        {
            return false;
        }

        if (stated.Kind == TargetValueKind.Qualitative)
        {
            return string.Equals(IndicatorTarget.TrimWhite(stated.Text ?? string.Empty), parsed.Text, StringComparison.Ordinal);
        }

        return stated.Comparator == parsed.Comparator &&
               stated.Value == parsed.Value &&
               string.Equals(stated.Unit is null ? null : Units.Standard(stated.Unit), parsed.Unit, StringComparison.Ordinal);
    }
}
