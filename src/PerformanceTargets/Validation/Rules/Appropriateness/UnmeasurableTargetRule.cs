using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT301: a target on 数量/质量/时效/成本/满意度 that is neither a quantity nor a recognised graded phrase.</summary>
internal sealed class UnmeasurableTargetRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT301",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("指标值不可衡量", "Target not measurable"),
        Description = new(
            "数量、质量、时效、成本和满意度指标的指标值应为数量（≥95%、21个、≤10万元）、日期或期间，或公认的等级表述（达到预期目标、合格）。其他文字到年末无法核验。",
            "Targets of 数量, 质量, 时效, 成本 and 满意度 indicators are quantities (≥95%, 21个, ≤10万元), dates or periods, or recognised graded phrases (达到预期目标, 合格). Other text cannot be checked at the end of the year."),
    };

    private static readonly Text Message = new(
        "The target \"{0}\" of \"{1}\" is neither a quantity nor a recognised grade: it cannot be checked at the end of the year.",
        "指标“{1}”的指标值“{0}”既不是数量，也不是公认的等级表述，年末无法核验。",
        "Give a number with its unit (≥95%, 21个), a date or period, or a grade such as 达到预期目标 or 合格.",
        "请给出带单位的数值（≥95%、21个）、日期或期间，或“达到预期目标”“合格”等等级表述。");

    internal override RowNeeds Needs => RowNeeds.Qualitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        if (TargetPhrases.IsVague(target) || TargetPhrases.IsGraded(target))
        {
            return;
        }

        // Qualitative targets on 数量 and 成本 are PT308's; 效益 targets may be qualitative.
        var text = TargetPhrases.Core(target);
        var measurable = indicator.Dimension switch
        {
            IndicatorDimension.Quality => TargetPhrases.NamesStandard(text),
            IndicatorDimension.Timeliness => TargetPhrases.IsTime(text),
            IndicatorDimension.ServiceRecipientSatisfaction => false,
            _ => true,
        };
        if (!measurable)
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Message, text, indicator.Name.Trimmed);
        }
    }
}
