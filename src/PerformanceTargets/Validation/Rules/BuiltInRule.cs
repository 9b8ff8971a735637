using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules;

/// <summary>Marks the library's own rules, which are trusted not to throw.</summary>
internal interface IBuiltInRule : IValidationRule
{
}

/// <summary>
/// A built-in rule of stage 2: its descriptor (id, default severity, category, title and description) declared in the
/// class beside its check, which reads the shared document facts. The class lives in the folder of its category and
/// is registered in <see cref="BuiltInRules"/>; <see cref="RuleCatalog"/> is derived from that list. A rule that looks
/// at one table, one indicator list or one indicator row at a time derives from <see cref="ProjectRule"/>,
/// <see cref="IndicatorListRule"/> or <see cref="IndicatorRule"/>, which do the walking.
/// </summary>
/// <remarks>One instance serves every validation, possibly on several threads at once: no mutable state.</remarks>
internal abstract class BuiltInRule : IBuiltInRule
{
    public const string IndicatorsList = "indicators";
    public const string PeriodIndicatorsList = "periodIndicators";

    /// <summary>Gets what the rule is: declare it as <c>public override RuleDescriptor Descriptor { get; } = new() { … };</c> at the top of the class.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Check(ValidationContext context);

    /// <summary>Gets the JSON name of an indicator list.</summary>
    protected static string ListName(bool period) => period ? PeriodIndicatorsList : IndicatorsList;

    /// <summary>Gets whether text is null, empty or only white space.</summary>
    protected static bool IsBlank(string? text) => IndicatorTarget.IsBlank(text);

    /// <summary>Adds two amounts, or gives null when either is null or the sum overflows <see cref="decimal"/>.</summary>
    protected static decimal? AddAmounts(decimal? a, decimal? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        try
        {
            return a.Value + b.Value;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Joins names for a message: with "、" in Chinese, ", " in English.</summary>
    protected static LocalizedText JoinNames(IEnumerable<string> names)
    {
        var list = names as IReadOnlyCollection<string> ?? [.. names];
        return new LocalizedText(string.Join("、", list), string.Join(", ", list));
    }

    /// <summary>Joins names that are written differently in each language.</summary>
    protected static LocalizedText JoinNames(IEnumerable<LocalizedText> names)
    {
        var list = names as IReadOnlyCollection<LocalizedText> ?? [.. names];
        return new LocalizedText(string.Join("、", list.Select(n => n.Chinese)), string.Join(", ", list.Select(n => n.English)));
    }

    /// <summary>Names levels of the framework for a message: "产出指标、效益指标", or "产出指标 (output), 效益指标 (benefit)" in English.</summary>
    protected static LocalizedText LevelNames(IEnumerable<(string Name, string EnglishName)> levels) =>
        JoinNames(levels.Select(l => new LocalizedText(l.Name, l.Name + " (" + l.EnglishName.ToLowerInvariant() + ")")));
}

/// <summary>A built-in rule that looks at each project table on its own, in document order.</summary>
internal abstract class ProjectRule : BuiltInRule
{
    public sealed override void Check(ValidationContext context)
    {
        foreach (var project in context.Facts.Projects)
        {
            Check(context, project);
        }
    }

    /// <summary>Checks one project table.</summary>
    internal abstract void Check(ValidationContext context, ProjectFacts project);
}

/// <summary>
/// A built-in rule that looks at each indicator list on its own: a table's annual indicators, then its period
/// (implementation-period) indicators when it has any.
/// </summary>
internal abstract class IndicatorListRule : BuiltInRule
{
    public sealed override void Check(ValidationContext context)
    {
        foreach (var project in context.Facts.Projects)
        {
            Check(context, project, project.Indicators, IndicatorsList);
            if (project.PeriodIndicators.Length > 0)
            {
                Check(context, project, project.PeriodIndicators, PeriodIndicatorsList);
            }
        }
    }

    /// <summary>Checks one indicator list.</summary>
    /// <param name="context">The validation.</param>
    /// <param name="project">The table.</param>
    /// <param name="indicators">The list; the annual one may be empty.</param>
    /// <param name="list">The JSON name of the list, for pointers.</param>
    internal abstract void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, string list);
}

/// <summary>What a row must be for a row rule to have anything to say about it; the validator skips other rows.</summary>
[Flags]
internal enum RowNeeds
{
    None = 0,
    Quantitative = 1,
    Qualitative = 2,
    Percentage = 4,
    Cost = 8,
    TargetValue = 16,
    Respelled = 32,

    /// <summary>A quantity or a range: a number with its unit ("≥95%", "3%～5%", "±2%").</summary>
    Measured = 64,
}

/// <summary>A built-in rule that looks at each indicator row on its own.</summary>
internal abstract class IndicatorRule : BuiltInRule
{
    /// <summary>
    /// Gets what a row must be for this rule to look at it (<see cref="RowNeeds.None"/>: every row). Rows that lack any
    /// of these are never given to the rule's row check, so the check need not test them again.
    /// </summary>
    internal virtual RowNeeds Needs => RowNeeds.None;

    /// <summary>Gets what a row is, for <see cref="Needs"/>.</summary>
    internal static RowNeeds Describe(in IndicatorFacts row)
    {
        var target = row.Target;
        var needs = target.Kind switch
        {
            TargetKind.Quantitative => RowNeeds.Quantitative | RowNeeds.Measured | (target.IsPercentage ? RowNeeds.Percentage : RowNeeds.None),
            TargetKind.Range => RowNeeds.Measured,
            TargetKind.Qualitative => RowNeeds.Qualitative,
            _ => RowNeeds.None,
        };
        if (row.IsCost)
        {
            needs |= RowNeeds.Cost;
        }

        if (row.Indicator.TargetValue is not null)
        {
            needs |= RowNeeds.TargetValue;
        }

        if (target.Spellings != TargetSpellings.None)
        {
            needs |= RowNeeds.Respelled;
        }

        return needs;
    }

    /// <summary>Checks every row with <see cref="Needs"/>; the validator instead runs all row rules in one pass, row by row, with the same filter.</summary>
    public sealed override void Check(ValidationContext context)
    {
        var needs = Needs;
        foreach (var project in context.Facts.Projects)
        {
            for (var period = 0; period < 2; period++)
            {
                var rows = project.List(period == 1);
                var list = ListName(period == 1);
                for (var row = 0; row < rows.Length; row++)
                {
                    if ((needs & ~Describe(in rows[row])) == 0)
                    {
                        Check(context, project, row, in rows[row], list);
                    }
                }
            }
        }
    }

    /// <summary>Checks one row that has every one of <see cref="Needs"/>. The validator calls every row rule for a row before moving to the next row.</summary>
    internal abstract void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list);
}
