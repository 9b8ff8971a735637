using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT302: a non-standard spelling: 百分比 for %, 万 for 万元, full-width or ASCII comparators, full-width digits.</summary>
internal sealed class NonStandardSpellingRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT302",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("指标值写法不规范", "Non-standard spelling of a target"),
        Description = new(
            "指标值请用规范写法：用 % 而非“百分比”，用“万元”而非“万”，用 ≥ ≤ > < = 而非 >= <= ＞ ＜，数字用半角。读取表格的系统按规范写法比对。",
            "Write targets in the standard form: % not 百分比, 万元 not 万, ≥ ≤ > < = not >= <= ＞ ＜, half-width digits. Systems that read the tables compare these forms."),
    };

    private const TargetSpellings Reported = TargetSpellings.PercentWord | TargetSpellings.WanForWanyuan | TargetSpellings.AsciiComparator | TargetSpellings.FullWidthComparator | TargetSpellings.FullWidthCharacters;

    private static readonly Text Message = new(
        "The target \"{0}\" is not written in the standard form ({1}).",
        "指标值“{0}”写法不规范（{1}）。",
        "Write \"{2}\".",
        "请写作“{2}”。");

    internal override RowNeeds Needs => RowNeeds.Respelled;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var spellings = indicator.Target.Spellings & Reported;
        if (spellings == TargetSpellings.None)
        {
            return;
        }

        context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Message, IndicatorTarget.TrimWhite(indicator.Indicator.Target), Described(spellings), new StandardForm(indicator.Target));
    }

    private static readonly LocalizedText?[] DescribedCache = new LocalizedText?[256];

    private static LocalizedText Described(TargetSpellings spellings) =>
        DescribedCache[(int)spellings & 0xFF] ??= new LocalizedText(Describe(spellings, Language.Chinese), Describe(spellings, Language.English));

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
