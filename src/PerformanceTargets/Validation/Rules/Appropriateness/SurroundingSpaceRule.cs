using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT306: leading or trailing spaces in a project name, an indicator name or a target.</summary>
internal sealed class SurroundingSpaceRule : ProjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT306",
        DefaultSeverity = Severity.Info,
        Category = RuleCategory.Appropriateness,
        Title = new("首尾有空格", "Leading or trailing spaces"),
        Description = new(
            "名称或指标值首尾有空格，通常是复制时带入的。人读无碍，但比对文字的系统会视为不同的值。",
            "A name or target begins or ends with spaces, usually left from copying. Harmless to a reader, but systems comparing text see two different values."),
    };

    private static readonly Text Message = new(
        "{0} \"{1}\" begins or ends with spaces.",
        "{0}“{1}”首尾有空格。",
        "Remove the spaces: \"{2}\".",
        "请删除空格：“{2}”。");

    internal override void Check(ValidationContext context, ProjectFacts project)
    {
        var name = project.Project.Name;
        if (name.Length > 0 && (IndicatorTarget.IsWhite(name[0]) || IndicatorTarget.IsWhite(name[name.Length - 1])))
        {
            context.Add(PointerSpec.ForProject(project.Index, "name"), Message, new LocalizedText("项目名称", "The project name"), name, IndicatorTarget.TrimWhite(name));
        }

        Check(context, project, project.Indicators, false);
        Check(context, project, project.PeriodIndicators, true);
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period)
    {
        var list = ListName(period);
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            if (indicator.Name.HasOuterWhitespace && indicator.Name.Trimmed.Length > 0)
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "name"), Message, new LocalizedText("指标名称", "The indicator name"), indicator.Indicator.Name, indicator.Name.Trimmed);
            }

            if ((indicator.Target.Spellings & TargetSpellings.SurroundingWhitespace) != 0 && indicator.Target.Kind != TargetKind.Empty)
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "target"), Message, new LocalizedText("指标值", "The target"), indicator.Indicator.Target, IndicatorTarget.TrimWhite(indicator.Indicator.Target));
            }
        }
    }
}
