using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT307: every indicator of a table has the same target.</summary>
internal sealed class UniformTargetRule : IndicatorListRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT307",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("所有指标值相同", "Every indicator has the same target"),
        Description = new(
            "一张表中所有指标的指标值都相同（数量、成本、效益一律 ≥95%），说明指标值未经测算，只是随手填写。",
            "When every indicator of a table has the same target (≥95% for counts, costs and benefits alike), the targets were not set, only filled in."),
    };

    private static readonly Text Message = new(
        "All {0} indicators of table {1} have the same target {2}: the targets were filled in, not set.",
        "表{1}的全部 {0} 个指标的指标值都是 {2}：指标值是随手填写的，未经测算。",
        "Set each target from the plan, history or standard it comes from: counts in 个/人, costs in 万元, rates in %.",
        "请依据计划、历史或标准逐项测算指标值：数量用个/人，成本用万元，比率用 %。");

    internal override void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, string list)
    {
        if (indicators.Length < 3 || indicators[0].Target.Kind == TargetKind.Empty)
        {
            return;
        }

        // Equal trimmed targets have one key within the validation.
        var first = indicators[0].TargetText;
        for (var i = 1; i < indicators.Length; i++)
        {
            if (indicators[i].TargetText.Key != first.Key)
            {
                return;
            }
        }

        context.Add(PointerSpec.ForProject(project.Index, list), Message, indicators.Length, project.Table, first.Trimmed);
    }
}
