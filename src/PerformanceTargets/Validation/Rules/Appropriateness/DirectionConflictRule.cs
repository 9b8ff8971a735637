using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>
/// PT312: an indicator's stated direction contradicts its target's comparator: 正向 (higher is better) with an upper
/// bound (≤, &lt;), or 反向 (lower is better) with a lower bound (≥, &gt;). One of the two cells is wrong. An equality
/// (=0次 for a 反向 count of accidents) suits either direction and is not reported.
/// </summary>
internal sealed class DirectionConflictRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT312",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("指标方向与指标值矛盾", "Direction contradicts the target"),
        Description = new(
            "正向指标（越高越好）的指标值只能是下限（≥、>）或定值，反向指标（越低越好）的只能是上限（≤、<）或定值：正向配“≤”或反向配“≥”，两格中必有一格填错。",
            "A positive indicator (higher is better) takes a lower bound (≥, >) or an exact value, a negative one (lower is better) an upper bound (≤, <) or an exact value: a positive direction with ≤, or a negative one with ≥, means one of the two cells is wrong."),
    };

    // One hint for both messages.
    private const string HintEnglish = "Correct whichever of the two is wrong: 正向 takes ≥ or >, 反向 takes ≤ or <.";
    private const string HintChinese = "请改正填错的一格：正向指标用 ≥ 或 >，反向指标用 ≤ 或 <。";

    private static readonly Text PositiveWithUpperBound = new(
        "The direction of \"{0}\" is positive (正向, higher is better), but its target {1} is an upper bound: the two contradict each other.",
        "指标“{0}”的指标方向为正向（越高越好），但指标值 {1} 是上限，两者矛盾。",
        HintEnglish,
        HintChinese);

    private static readonly Text NegativeWithLowerBound = new(
        "The direction of \"{0}\" is negative (反向, lower is better), but its target {1} is a lower bound: the two contradict each other.",
        "指标“{0}”的指标方向为反向（越低越好），但指标值 {1} 是下限，两者矛盾。",
        HintEnglish,
        HintChinese);

    internal override RowNeeds Needs => RowNeeds.Quantitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var comparator = indicator.Target.Comparator;
        var message = indicator.Indicator.Direction switch
        {
            IndicatorDirection.Positive when comparator is Comparator.Less or Comparator.LessOrEqual => PositiveWithUpperBound,
            IndicatorDirection.Negative when comparator is Comparator.Greater or Comparator.GreaterOrEqual => NegativeWithLowerBound,
            _ => null,
        };

        if (message is not null)
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "direction"), message, indicator.Name.Trimmed, IndicatorTarget.TrimWhite(indicator.Indicator.Target));
        }
    }
}
