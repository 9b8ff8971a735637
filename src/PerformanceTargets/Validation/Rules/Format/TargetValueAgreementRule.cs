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
            "规范化的 targetValue 应与原文指标值一致：类型、比较符、数值和单位（或文字）相同，单位按 PT304 的等同关系比较（人、名、位相同，公里与千米相同等），金额换算后比较（240万元 = 2400000元）；范围（3%～5%、±2%）没有 targetValue。修改指标值后请重新规范化。",
            "The normalised targetValue must say what the verbatim target says: the same kind, comparator, number and unit (or text), units being compared as PT304 compares them (人 = 名 = 位, 公里 = 千米 …) and money after conversion (240万元 = 2400000元); a range (3%～5%, ±2%) has none. Re-run the normaliser after editing a target."),
    };

    private static readonly Text Message = new(
        "targetValue says {0}, but the target \"{1}\" says {2}.",
        "targetValue 为 {0}，而指标值“{1}”表示 {2}。",
        "Re-run the normaliser (perftargets normalize), or correct whichever of the two is wrong.",
        "请重新规范化（perftargets normalize），或修正两者中有误的一方。");

    private static readonly Text RangeMessage = new(
        "targetValue says {0}, but the target \"{1}\" is the range {2}, which has no targetValue.",
        "targetValue 为 {0}，而指标值“{1}”是范围 {2}，范围没有 targetValue。",
        "Remove targetValue (perftargets normalize does), or correct the target.",
        "请删除 targetValue（perftargets normalize 会删除），或修正指标值。");

    internal override RowNeeds Needs => RowNeeds.TargetValue;

    private static readonly LocalizedText Nothing = new("空", "nothing");

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        if (indicator.Indicator.TargetValue is not { } stated)
        {
            return;
        }

        var target = indicator.Target;
        var parsed = target.ToTargetValue();
        if (parsed is not null ? Agrees(stated, parsed) : target.Kind == TargetKind.Range && AgreesWithRange(stated, target))
        {
            return;
        }

        context.Add(
            PointerSpec.ForItem(project.Index, list, row, "targetValue"),
            target.Kind == TargetKind.Range ? RangeMessage : Message,
            stated.Format(),
            indicator.Indicator.Target,
            (object?)parsed?.Format() ?? (target.Kind == TargetKind.Range ? target.Format() : Nothing));
    }

    /// <summary>
    /// A range has no targetValue form (the normaliser writes none); the qualitative text that rule set 1.0.0's
    /// normaliser wrote for it, the target as written or any spelling of the same range, is accepted.
    /// </summary>
    private static bool AgreesWithRange(TargetValue stated, IndicatorTarget target)
    {
        if (stated.Kind != TargetValueKind.Qualitative || stated.Text is null)
        {
            return false;
        }

        var text = IndicatorTarget.TrimWhite(stated.Text);
        if (string.Equals(text, IndicatorTarget.TrimWhite(target.Verbatim), StringComparison.Ordinal))
        {
            return true;
        }

        var range = IndicatorTarget.Parse(text);
        return range.Kind == TargetKind.Range && range.Lower == target.Lower && range.Upper == target.Upper && string.Equals(range.Unit, target.Unit, StringComparison.Ordinal);
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
               stated.Value is { } value && parsed.Value is { } other &&
               SameQuantity(value, stated.Unit is null ? null : Units.Standard(stated.Unit), other, parsed.Unit);
    }

    /// <summary>
    /// Gets whether two numbers with their (standard) units are one quantity: equal numbers in one unit or two spellings
    /// of it (<see cref="Units.Same"/>: 人, 名 and 位 …), or equal amounts of money once converted (240万元 = 2400000元).
    /// </summary>
    private static bool SameQuantity(decimal a, string? unitA, decimal b, string? unitB)
    {
        if (unitA is null || unitB is null)
        {
            return unitA is null && unitB is null && a == b;
        }

        if (Units.Same(unitA, unitB))
        {
            return a == b;
        }

        return IndicatorTarget.InYuan(a, unitA) is { } yuanA && IndicatorTarget.InYuan(b, unitB) is { } yuanB && yuanA == yuanB;
    }
}
