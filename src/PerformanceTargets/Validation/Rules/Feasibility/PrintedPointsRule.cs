using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT613: the points printed in a level-1 cell ("产出指标(70分)") differ from the sum of its indicators' points.</summary>
internal sealed class PrintedPointsRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT613",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Feasibility,
        Title = new("一级指标标注的分值与其指标分值之和不符", "Level-1 points as printed differ from its indicators"),
        Description = new(
            "自评表常在一级指标中标注分值，如“产出指标(70分)”：标注的分值应等于该一级指标下各指标分值之和。",
            "Self-evaluation tables often print a level-1 category's points in its cell, such as 产出指标(70分): the points printed equal the sum of the points of its indicators."),
    };

    private static readonly Text Message = new(
        "\"{0}\" prints {1} points, but its indicators' points sum to {2}.",
        "“{0}”标注 {1} 分，其下各指标分值之和为 {2}。",
        "Correct the points printed in the level-1 cell or those of its indicators.",
        "请修正一级指标标注的分值或其下指标的分值。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        // One finding per level-1 cell text, at its first row, in table order.
        List<(string Cell, decimal Printed, decimal Sum, int First)>? groups = null;
        foreach (var indicator in project.Indicators)
        {
            // The points printed in the trimmed cell, parsed once per distinct cell (the document's facts).
            var facts = context.Facts.Text(indicator.Indicator.Level1);
            if (facts.HasOuterWhitespace)
            {
                facts = context.Facts.Text(facts.Trimmed);
            }

            if (facts.Points is not { } printed)
            {
                continue;
            }

            var cell = facts.Text;

            groups ??= [];
            var at = groups.FindIndex(g => string.Equals(g.Cell, cell, StringComparison.Ordinal));
            var points = indicator.Evaluation?.Points ?? 0m;
            if (at < 0)
            {
                groups.Add((cell, printed, points, indicator.Index));
            }
            else
            {
                groups[at] = (cell, printed, Checked(groups[at].Sum, points), groups[at].First);
            }
        }

        foreach (var (cell, printed, sum, first) in groups ?? [])
        {
            if (!TargetScorer.Agree(printed, sum))
            {
                context.Add(PointerSpec.ForItem(project.Index, IndicatorsList, first, "level1"), Message, cell, printed, sum);
            }
        }
    }

    private static decimal Checked(decimal a, decimal b) => AddAmounts(a, b) ?? decimal.MaxValue;
}
