using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>
/// PT301: a target on 质量/时效/满意度 that is neither a quantity nor a recognised graded phrase; on 时效, also 及时,
/// 按时, 适时, 尽快 … when no time is stated in the target, the name or the description.
/// </summary>
internal sealed class UnmeasurableTargetRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT301",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("指标值不可衡量", "Target not measurable"),
        Description = new(
            "数量、质量、时效、成本和满意度指标的指标值应为数量（≥95%、21个、≤10万元、3%～5%）、日期或期间，或公认的等级表述（达到预期目标、合格）。时效指标写“及时”“按时”“适时”“尽快”而指标值、名称、指标解释都未写明时间的，同样无法核验。其他文字到年末无法核验。",
            "Targets of 数量, 质量, 时效, 成本 and 满意度 indicators are quantities (≥95%, 21个, ≤10万元, 3%～5%), dates or periods, or recognised graded phrases (达到预期目标, 合格). A 时效 target of 及时, 按时, 适时 or 尽快 with no time stated in the target, the name or the description cannot be checked either. Other text cannot be checked at the end of the year."),
    };

    private static readonly Text Message = new(
        "The target \"{0}\" of \"{1}\" is neither a quantity nor a recognised grade: it cannot be checked at the end of the year.",
        "指标“{1}”的指标值“{0}”既不是数量，也不是公认的等级表述，年末无法核验。",
        "Give a number with its unit (≥95%, 21个), a date or period, or a grade such as 达到预期目标 or 合格.",
        "请给出带单位的数值（≥95%、21个）、日期或期间，或“达到预期目标”“合格”等等级表述。");

    private static readonly Text NoTime = new(
        "The timeliness target \"{0}\" of \"{1}\" states no time: neither the target, the name nor the description says by when.",
        "时效指标“{1}”的指标值“{0}”没有写明时间：指标值、名称和指标解释都没有说明在何时之前。",
        "Give the deadline or the period (2024年6月底前, 资金到位后30日内), or a timeliness rate (≥95%).",
        "请写明期限或时段（2024年6月底前、资金到位后30日内），或改为及时率（≥95%）。");

    internal override RowNeeds Needs => RowNeeds.Qualitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        // Vague words and wishes are PT308's, placeholders PT309's.
        var target = indicator.Target;
        if (TargetPhrases.IsVague(target) || TargetPhrases.IsWishOn(in indicator) || indicator.TargetText.IsPlaceholder)
        {
            return;
        }

        // Qualitative targets on 数量 and 成本 are PT308's; 效益 targets may be qualitative. On 时效, 及时/按时/适时/尽快
        // say "on time" only when a time is stated: in the target, the name or the description.
        var text = TargetPhrases.Core(target);
        var graded = TargetPhrases.IsGraded(target);
        var pointer = PointerSpec.ForItem(project.Index, list, row, "target");
        switch (indicator.Dimension)
        {
            case IndicatorDimension.Timeliness when !TargetPhrases.IsTime(text) && TargetPhrases.IsTimelinessWord(text):
                if (!TimeText.States(indicator.Name.Trimmed) && !TimeText.States(indicator.Indicator.Description))
                {
                    context.Add(pointer, NoTime, text, indicator.Name.Trimmed);
                }

                return;
            case IndicatorDimension.Timeliness when !graded && !TargetPhrases.IsTime(text):
            case IndicatorDimension.Quality when !graded && !TargetPhrases.NamesStandard(text):
            case IndicatorDimension.ServiceRecipientSatisfaction when !graded:
                context.Add(pointer, Message, text, indicator.Name.Trimmed);
                return;
        }
    }
}
