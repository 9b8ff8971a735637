using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Targets;

/// <summary>Graded phrases and vague words that the target rules recognise.</summary>
internal static class TargetPhrases
{
    /// <summary>Graded phrases reviewers accept as measurable (monitoring and self-evaluation grades, quality grades).</summary>
    private static readonly HashSet<string> Graded = new(StringComparer.Ordinal)
    {
        "达到预期目标", "部分达到预期目标并具有一定效果", "部分达到预期目标", "未达到预期目标", "达到预期", "达到预期效果",
        "合格", "验收合格", "全部合格", "优秀", "优良", "良好", "达标", "全部达标", "符合标准", "符合要求", "符合规定",
        "及时", "按时", "按期", "按时完成", "按期完成", "及时完成", "及时发放", "按时发放", "年内完成", "年底前完成", "当年完成",
        "是", "否", "有", "全覆盖", "全部完成", "完成",
    };

    /// <summary>Targets that say nothing: a bare direction word or a refusal.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "改善", "提高", "提升", "增强", "加强", "促进", "改进", "优化", "有效", "明显", "显著", "好", "较好",
        "不涉及", "无", "暂无", "无此项", "不适用", "略", "/", "-", "—", "——", "N/A", "NA", "n/a",
    };

    private static readonly string[] TimeWords = ["年底", "年内", "月底", "月末", "季度", "上半年", "下半年", "年末", "日前", "月前", "天内", "日内", "工作日"];

    private static readonly string[] StandardWords = ["合格", "达标", "标准", "规范", "验收", "优良"];

    private static readonly char[] FinalStops = ['。', '.', '；', ';'];

    /// <summary>Gets the text of a qualitative target without a final full stop.</summary>
    public static string Core(IndicatorTarget target)
    {
        var text = target.Text ?? string.Empty;
        return text.Length > 0 && Array.IndexOf(FinalStops, text[text.Length - 1]) >= 0 ? text.TrimEnd(FinalStops) : text;
    }

    public static bool IsVague(IndicatorTarget target) => target.Kind == TargetKind.Qualitative && Vague.Contains(Core(target));

    public static bool IsGraded(IndicatorTarget target) => target.Kind == TargetKind.Qualitative && Graded.Contains(Core(target));

    /// <summary>Gets whether a 时效 target names a time: a date, a month, a quarter, the year's end ("2024年12月底前", "年底前").</summary>
    public static bool IsTime(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '0' and <= '9') or (>= '０' and <= '９'))
            {
                return true;
            }
        }

        foreach (var word in TimeWords)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a 质量 target names a standard ("符合国家标准", "达到验收标准").</summary>
    public static bool NamesStandard(string text)
    {
        foreach (var word in StandardWords)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>PT301: a target on 数量/质量/时效/成本/满意度 that is neither a quantity nor a recognised graded phrase.</summary>
internal sealed class UnmeasurableTargetRule : IndicatorRule
{
    private static readonly Text Message = new(
        "The target \"{0}\" of \"{1}\" is neither a quantity nor a recognised grade: it cannot be checked at the end of the year.",
        "指标“{1}”的指标值“{0}”既不是数量，也不是公认的等级表述，年末无法核验。",
        "Give a number with its unit (≥95%, 21个), a date or period, or a grade such as 达到预期目标 or 合格.",
        "请给出带单位的数值（≥95%、21个）、日期或期间，或“达到预期目标”“合格”等等级表述。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT301;

    internal override RowNeeds Needs => RowNeeds.Qualitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        if (target.Kind != TargetKind.Qualitative || TargetPhrases.IsVague(target) || TargetPhrases.IsGraded(target))
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

/// <summary>PT302: a non-standard spelling: 百分比 for %, 万 for 万元, full-width or ASCII comparators, full-width digits.</summary>
internal sealed class NonStandardSpellingRule : IndicatorRule
{
    private const TargetSpellings Reported = TargetSpellings.PercentWord | TargetSpellings.WanForWanyuan | TargetSpellings.AsciiComparator | TargetSpellings.FullWidthComparator | TargetSpellings.FullWidthCharacters;

    private static readonly Text Message = new(
        "The target \"{0}\" is not written in the standard form ({1}).",
        "指标值“{0}”写法不规范（{1}）。",
        "Write \"{2}\".",
        "请写作“{2}”。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT302;

    internal override RowNeeds Needs => RowNeeds.Respelled;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var spellings = indicator.Target.Spellings & Reported;
        if (spellings == TargetSpellings.None)
        {
            return;
        }

        context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Message, IndicatorTarget.TrimWhite(indicator.Indicator.Target), Described(spellings, context.Culture), new StandardForm(indicator.Target));
    }

    private static readonly string?[] DescribedCache = new string?[512];

    private static string Described(TargetSpellings spellings, Language culture)
    {
        var index = ((int)spellings & 0xFF) | (culture == Language.English ? 0x100 : 0);
        return DescribedCache[index] ??= Describe(spellings, culture);
    }

    private static string Describe(TargetSpellings spellings, Language culture)
    {
        var english = culture == Language.English;
        var parts = new List<string>(2);
        if ((spellings & TargetSpellings.PercentWord) != 0)
        {
            parts.Add(english ? "百分比 for %" : "用“百分比”代替 %");
        }

        if ((spellings & TargetSpellings.WanForWanyuan) != 0)
        {
            parts.Add(english ? "万 for 万元" : "用“万”代替“万元”");
        }

        if ((spellings & TargetSpellings.AsciiComparator) != 0)
        {
            parts.Add(english ? "an ASCII comparator such as >=" : "使用 >= 等 ASCII 比较符");
        }

        if ((spellings & TargetSpellings.FullWidthComparator) != 0)
        {
            parts.Add(english ? "a full-width comparator such as ＞" : "使用 ＞ 等全角比较符");
        }

        if ((spellings & TargetSpellings.FullWidthCharacters) != 0)
        {
            parts.Add(english ? "full-width digits or ％" : "使用全角数字或 ％");
        }

        return string.Join(english ? "; " : "；", parts);
    }
}

/// <summary>A target's standard spelling, written when the message is.</summary>
internal sealed class StandardForm(IndicatorTarget target)
{
    public override string ToString() => target.Format();
}

/// <summary>PT303: a percentage above 100 or below 0 for a rate or a satisfaction.</summary>
internal sealed class RateRangeRule : IndicatorRule
{
    private static readonly Text Message = new(
        "The target {0} of \"{1}\" is outside 0–100%: a rate cannot be more than all or less than none.",
        "指标“{1}”的指标值 {0} 超出 0–100%：比率不可能超过全部或少于零。",
        "Give a share between 0% and 100%, e.g. ≥95% or =100%.",
        "请给出 0% 到 100% 之间的比例，例如 ≥95% 或 =100%。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT303;

    internal override RowNeeds Needs => RowNeeds.Percentage;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        if (!target.IsPercentage)
        {
            return;
        }

        var value = target.Value!.Value;
        var outside = value > 100m || value < 0m ||
                      (value == 100m && target.Comparator == Comparator.Greater) ||
                      (value == 0m && target.Comparator == Comparator.Less);
        if (outside && (indicator.IsSatisfaction || (indicator.Name.IsRate && !indicator.Name.IsUnbounded)))
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Message, IndicatorTarget.TrimWhite(indicator.Indicator.Target), indicator.Name.Trimmed);
        }
    }
}

/// <summary>
/// PT304: a unit contradicting the indicator: a count given in %, a rate given as a count, a satisfaction not in %,
/// or a unit written in the name that differs from the target's.
/// </summary>
internal sealed class UnitMismatchRule : IndicatorRule
{
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

    public override RuleDescriptor Descriptor => RuleCatalog.PT304;

    internal override RowNeeds Needs => RowNeeds.Quantitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        if (target.Kind != TargetKind.Quantitative || indicator.IsCost)
        {
            // Cost indicators are PT204's.
            return;
        }

        var name = indicator.Name;
        var written = IndicatorTarget.TrimWhite(indicator.Indicator.Target);
        var pointer = PointerSpec.ForItem(project.Index, list, row, "target");
        if (indicator.IsSatisfaction)
        {
            if (!target.IsPercentage && target.Unit != "分")
            {
                context.Add(pointer, SatisfactionNotPercent, name.Trimmed, written);
            }

            return;
        }

        if (name.UnitInName is { } unit && target.Unit is not null && !string.Equals(unit, target.Unit, StringComparison.Ordinal))
        {
            context.Add(pointer, NameUnit, name.Trimmed, written, unit);
        }
        else if (target.IsPercentage && !name.IsRate && (name.IsCount || indicator.Dimension == IndicatorDimension.Quantity))
        {
            context.Add(pointer, CountInPercent, name.Trimmed, written);
        }
        else if (name.IsRate && Units.IsCount(target.Unit))
        {
            context.Add(pointer, RateAsCount, name.Trimmed, written);
        }
    }
}

/// <summary>PT305: a satisfaction target below the configured floor (80% unless set).</summary>
internal sealed class SatisfactionFloorRule : IndicatorRule
{
    private static readonly Text Message = new(
        "The satisfaction target {0} of \"{1}\" is below {2}%: set low to pass.",
        "满意度指标“{1}”的指标值 {0} 低于 {2}%，目标设置偏低。",
        "Set the target at {2}% or more, as reviewers expect.",
        "请将目标设为不低于 {2}%。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT305;

    internal override RowNeeds Needs => RowNeeds.Percentage;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        if (!indicator.IsSatisfaction || !target.IsPercentage || target.Comparator is Comparator.Less or Comparator.LessOrEqual)
        {
            return;
        }

        if (target.Value < context.SatisfactionFloor && target.Value >= 0m)
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Message, IndicatorTarget.TrimWhite(indicator.Indicator.Target), indicator.Name.Trimmed, context.SatisfactionFloor);
        }
    }
}

/// <summary>PT306: leading or trailing spaces in a project name, an indicator name or a target.</summary>
internal sealed class SurroundingSpaceRule : BuiltInRule
{
    private static readonly Text Message = new(
        "{0} \"{1}\" begins or ends with spaces.",
        "{0}“{1}”首尾有空格。",
        "Remove the spaces: \"{2}\".",
        "请删除空格：“{2}”。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT306;

    public override void Check(ValidationContext context)
    {
        var english = context.Culture == Language.English;
        foreach (var project in context.Facts.Projects)
        {
            var name = project.Project.Name;
            if (name.Length > 0 && (IndicatorTarget.IsWhite(name[0]) || IndicatorTarget.IsWhite(name[name.Length - 1])))
            {
                context.Add(PointerSpec.ForProject(project.Index, "name"), Message, english ? "The project name" : "项目名称", name, IndicatorTarget.TrimWhite(name));
            }

            Check(context, project, project.Indicators, false, english);
            Check(context, project, project.PeriodIndicators, true, english);
        }
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period, bool english)
    {
        var list = ListName(period);
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            if (indicator.Name.HasOuterWhitespace && indicator.Name.Trimmed.Length > 0)
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "name"), Message, english ? "The indicator name" : "指标名称", indicator.Indicator.Name, indicator.Name.Trimmed);
            }

            if ((indicator.Target.Spellings & TargetSpellings.SurroundingWhitespace) != 0 && indicator.Target.Kind != TargetKind.Empty)
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "target"), Message, english ? "The target" : "指标值", indicator.Indicator.Target, IndicatorTarget.TrimWhite(indicator.Indicator.Target));
            }
        }
    }
}

/// <summary>PT307: every indicator of a table has the same target.</summary>
internal sealed class UniformTargetRule : BuiltInRule
{
    private static readonly Text Message = new(
        "All {0} indicators of table {1} have the same target {2}: the targets were filled in, not set.",
        "表{1}的全部 {0} 个指标的指标值都是 {2}：指标值是随手填写的，未经测算。",
        "Set each target from the plan, history or standard it comes from: counts in 个/人, costs in 万元, rates in %.",
        "请依据计划、历史或标准逐项测算指标值：数量用个/人，成本用万元，比率用 %。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT307;

    public override void Check(ValidationContext context)
    {
        foreach (var project in context.Facts.Projects)
        {
            Check(context, project, project.Indicators, false);
            Check(context, project, project.PeriodIndicators, true);
        }
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period)
    {
        if (indicators.Length < 3 || indicators[0].Target.Kind == TargetKind.Empty)
        {
            return;
        }

        var first = IndicatorTarget.TrimWhite(indicators[0].Indicator.Target);
        for (var i = 1; i < indicators.Length; i++)
        {
            var target = indicators[i].Indicator.Target;
            if (!ReferenceEquals(target, indicators[0].Indicator.Target) && !string.Equals(IndicatorTarget.TrimWhite(target), first, StringComparison.Ordinal))
            {
                return;
            }
        }

        context.Add(PointerSpec.ForProject(project.Index, ListName(period)), Message, indicators.Length, project.Table, first);
    }
}

/// <summary>PT308: a vague target (改善, 提高, 不涉及, 无 alone), or a qualitative target on a 数量 or 成本 indicator.</summary>
internal sealed class VagueTargetRule : IndicatorRule
{
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

    public override RuleDescriptor Descriptor => RuleCatalog.PT308;

    internal override RowNeeds Needs => RowNeeds.Qualitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        if (target.Kind != TargetKind.Qualitative)
        {
            return;
        }

        var pointer = PointerSpec.ForItem(project.Index, list, row, "target");
        if (TargetPhrases.IsVague(target))
        {
            context.Add(pointer, VagueWord, TargetPhrases.Core(target), indicator.Name.Trimmed);
        }
        else if (indicator.Dimension == IndicatorDimension.Quantity || indicator.IsCost)
        {
            var english = context.Culture == Language.English;
            var kind = indicator.IsCost ? (english ? "cost" : "成本指标") : (english ? "quantity" : "数量指标");
            context.Add(pointer, QualitativeCount, TargetPhrases.Core(target), indicator.Name.Trimmed, kind);
        }
    }
}
