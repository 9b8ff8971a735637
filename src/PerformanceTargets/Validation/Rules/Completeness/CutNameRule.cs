using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>
/// PT401: indicator names cut at a fixed length. The names concerned have the document's greatest name length (at
/// least 6 characters), each is a strict prefix of its own description, and at least two different names do so: a
/// system cut them at its field width. A short name that a longer description extends (服务水平 / 服务水平是否提升) is
/// not a cut: other names of the document are longer.
/// </summary>
internal sealed class CutNameRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT401",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("指标名称被截断", "Indicator name cut short"),
        Description = new(
            "多个名称在同一长度（文档中最长的名称长度）处中断，且各为其描述的开头：系统按字段宽度截断了名称。较短的名称被较长的描述自然延伸的，不算截断。",
            "Several names stop at the same length, the longest of the document, and each is the start of its own description: a system cut them at a field width. A short name that a longer description merely extends is not a cut."),
    };

    private const int MinimumCutLength = 6;

    private static readonly Text Message = new(
        "The name \"{0}\" stops where its description \"{1}\" goes on: names of this document are cut at {2} characters.",
        "指标名称“{0}”在其描述“{1}”的中途中断：本文档的指标名称在第 {2} 个字处被截断。",
        "Give the whole name (\"{1}\"), or a shorter name that is complete.",
        "请填写完整名称（“{1}”），或改用完整的简短名称。");

    public override void Check(ValidationContext context)
    {
        var longest = 0;
        foreach (var project in context.Facts.Projects)
        {
            longest = Math.Max(longest, Longest(project.Indicators));
            longest = Math.Max(longest, Longest(project.PeriodIndicators));
        }

        if (longest < MinimumCutLength)
        {
            return;
        }

        // Distinct cut names at that length.
        string? firstCut = null;
        var several = false;
        foreach (var project in context.Facts.Projects)
        {
            for (var period = 0; period < 2; period++)
            {
                foreach (var indicator in project.List(period == 1))
                {
                    if (IsCut(indicator, longest))
                    {
                        if (firstCut is null)
                        {
                            firstCut = indicator.Name.Trimmed;
                        }
                        else if (!string.Equals(firstCut, indicator.Name.Trimmed, StringComparison.Ordinal))
                        {
                            several = true;
                        }
                    }
                }
            }
        }

        if (!several)
        {
            return;
        }

        foreach (var project in context.Facts.Projects)
        {
            Report(context, project, project.Indicators, false, longest);
            Report(context, project, project.PeriodIndicators, true, longest);
        }
    }

    private static int Longest(IndicatorFacts[] indicators)
    {
        var longest = 0;
        foreach (var indicator in indicators)
        {
            longest = Math.Max(longest, indicator.Name.Trimmed.Length);
        }

        return longest;
    }

    private static bool IsCut(in IndicatorFacts indicator, int length)
    {
        var name = indicator.Name.Trimmed;
        var description = indicator.Indicator.Description;
        if (name.Length != length || description is null || description.Length <= name.Length)
        {
            return false;
        }

        var trimmed = IndicatorTarget.TrimWhite(description);
        return trimmed.Length > name.Length && trimmed.StartsWith(name, StringComparison.Ordinal);
    }

    private static void Report(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period, int length)
    {
        for (var i = 0; i < indicators.Length; i++)
        {
            if (IsCut(indicators[i], length))
            {
                context.Add(PointerSpec.ForItem(project.Index, ListName(period), i, "name"), Message, indicators[i].Name.Trimmed, IndicatorTarget.TrimWhite(indicators[i].Indicator.Description!), length);
            }
        }
    }
}
