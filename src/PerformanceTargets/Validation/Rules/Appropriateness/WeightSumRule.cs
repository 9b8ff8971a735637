using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT210: weights present but not summing to 100 in a table.</summary>
internal sealed class WeightSumRule : IndicatorListRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT210",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("权重合计不等于 100", "Weights do not sum to 100"),
        Description = new(
            "表中填写权重时，各指标权重之和应为 100；保留两位小数造成的舍入差（每个权重至多 0.005，如 33.33×3 = 99.99）不计。",
            "When a table gives weights (权重), those of its indicators sum to 100, up to the rounding of weights written to two decimals (at most 0.005 a weight, as in 33.33 × 3 = 99.99)."),
    };

    /// <summary>The most a weight written to two decimals is off by (33.33 for a third): the sum may miss 100 by this much a weight.</summary>
    private const decimal RoundingPerWeight = 0.005m;

    private static readonly Text Message = new(
        "The weights of table {0} sum to {1}, not 100.",
        "表{0}的权重合计为 {1}，不等于 100。",
        "Give every indicator a weight, so that they sum to 100.",
        "请为每个指标填写权重，使合计为 100。");

    private static readonly Text Partial = new(
        "Only {1} of the indicators of table {0} have a weight.",
        "表{0}只有 {1} 个指标填写了权重。",
        "Give every indicator a weight, so that they sum to 100.",
        "请为每个指标填写权重，使合计为 100。");

    internal override void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, string list)
    {
        var sum = 0m;
        var weighted = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Indicator.Weight is { } weight)
            {
                sum = AddAmounts(sum, weight) ?? decimal.MaxValue;
                weighted++;
            }
        }

        if (weighted == 0)
        {
            return;
        }

        var pointer = PointerSpec.ForProject(project.Index, list);
        if (weighted < indicators.Length)
        {
            context.Add(pointer, Partial, project.Table, weighted);
        }
        else if (sum < 100m - (RoundingPerWeight * weighted) || sum > 100m + (RoundingPerWeight * weighted))
        {
            context.Add(pointer, Message, project.Table, sum);
        }
    }
}
