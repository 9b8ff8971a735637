using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>
/// PT308: a vague target (改善, 提高, 不涉及, 无 alone), a benefit or satisfaction target that only restates a wish
/// (干劲高涨), or a qualitative target on a 数量 or 成本 indicator.
/// </summary>
internal sealed class VagueTargetRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT308",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("指标值模糊", "Vague target"),
        Description = new(
            "只写“改善”“提高”“不涉及”“无”的指标值，效益、满意度指标只表达愿望的指标值（“干劲高涨”“蔚然成风”“力争群众满意”），或数量、成本指标使用定性表述，都无法核验。请给出数值，或能说明程度的等级表述（“明显增强”“得到保障”）。",
            "A target that is only 改善, 提高, 不涉及 or 无, a benefit or satisfaction target that only restates a wish (干劲高涨, 蔚然成风, 力争群众满意), or a qualitative target on a 数量 or 成本 indicator, cannot be checked. Give a number, or a graded phrase that says how much (明显增强, 得到保障)."),
    };

    private static readonly Text VagueWord = new(
        "The target \"{0}\" of \"{1}\" says nothing measurable.",
        "指标“{1}”的指标值“{0}”没有可衡量的内容。",
        "Say how much: a number (≥95%, 3个), or a grade such as 达到预期目标; drop an indicator that does not apply.",
        "请说明程度：数值（≥95%、3个）或“达到预期目标”等等级表述；不适用的指标请删除。");

    private static readonly Text QualitativeCount = new(
        "The {2} indicator \"{1}\" has the qualitative target \"{0}\".",
        "{2}“{1}”的指标值“{0}”是定性表述。",
        "Give the quantity with its unit: a count (21个) or an amount (≤10万元).",
        "请给出带单位的数量：个数（21个）或金额（≤10万元）。");

    private static readonly Text Wish = new(
        "The target \"{0}\" of \"{1}\" restates a wish: it names no change that can be checked at the end of the year.",
        "指标“{1}”的指标值“{0}”只是愿景式表述，没有可在年末核验的变化。",
        "Say what changes and how far: a number (≥90%, 户均增收500元) or a graded change such as 明显增强, 得到保障.",
        "请说明什么发生变化、变化到什么程度：数值（≥90%、户均增收500元），或“明显增强”“得到保障”等等级表述。");

    internal override RowNeeds Needs => RowNeeds.Qualitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        // A placeholder target is PT309's.
        var target = indicator.Target;
        if (indicator.TargetText.IsPlaceholder)
        {
            return;
        }

        var pointer = PointerSpec.ForItem(project.Index, list, row, "target");
        if (TargetPhrases.IsVague(target))
        {
            // 无 on a 社会成本 or 生态环境成本 indicator (2021) is a target: no such cost.
            if (indicator.Dimension is not (IndicatorDimension.SocialCost or IndicatorDimension.EcologicalEnvironmentalCost) || TargetPhrases.Core(target) != "无")
            {
                context.Add(pointer, VagueWord, TargetPhrases.Core(target), indicator.Name.Trimmed);
            }
        }
        else if (TargetPhrases.IsWishOn(in indicator))
        {
            context.Add(pointer, Wish, TargetPhrases.Core(target), indicator.Name.Trimmed);
        }
        else if (indicator.Dimension == IndicatorDimension.Quantity || indicator.IsCost)
        {
            var kind = indicator.IsCost ? new LocalizedText("成本指标", "cost") : new LocalizedText("数量指标", "quantity");
            context.Add(pointer, QualitativeCount, TargetPhrases.Core(target), indicator.Name.Trimmed, kind);
        }
    }
}
