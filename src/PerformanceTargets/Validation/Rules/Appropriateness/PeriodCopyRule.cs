using System.Globalization;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>
/// PT311: the implementation-period (实施期/长期) indicators of a multi-year project repeat the annual ones: the same
/// names with the same targets, row for row. Linear: one dictionary of the annual rows per table.
/// </summary>
internal sealed class PeriodCopyRule : ProjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT311",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("实施期指标与年度指标相同", "Period indicators repeat the annual ones"),
        Description = new(
            "跨年度项目的实施期（长期）指标与年度指标逐行相同（名称和指标值都相同），说明实施期目标没有单独设定：几年的产出和效益不会等于一年的。实施期在一年以内的项目不检查。",
            "When the implementation-period (long-term) indicators of a multi-year project are the annual ones row for row (same names, same targets), the period's targets were not set: several years do not produce what one does. Projects whose implementation period is a year or less are not checked."),
    };

    private static readonly Text Message = new(
        "The implementation-period indicators of table {0} repeat the annual ones ({1} rows, same names and targets): the period's targets were not set.",
        "表{0}的实施期指标与年度指标完全相同（{1} 行，名称和指标值都相同）：实施期目标未单独设定。",
        "Set what the whole period is to achieve (cumulative quantities, results at its end); for a project of one year, leave the period list out.",
        "请设定整个实施期要达到的目标（累计数量、期末成效）；一年期项目可不填实施期指标。");

    internal override void Check(ValidationContext context, ProjectFacts project)
    {
        var annual = project.Indicators;
        var period = project.PeriodIndicators;
        if (annual.Length == 0 || period.Length != annual.Length || IsWithinAYear(project.Project.ImplementationPeriod))
        {
            return;
        }

        var facts = context.Facts;
        var counts = new Dictionary<long, int>(annual.Length);
        foreach (var row in annual)
        {
            var key = Key(facts, row);
            counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        foreach (var row in period)
        {
            var key = Key(facts, row);
            if (!counts.TryGetValue(key, out var n) || n == 0)
            {
                return;
            }

            counts[key] = n - 1;
        }

        context.Add(PointerSpec.ForProject(project.Index, PeriodIndicatorsList), Message, project.Table, annual.Length);
    }

    /// <summary>A row as the reviewer compares it: its name without surrounding space, its target in the standard spelling.</summary>
    private static long Key(DocumentFacts facts, in IndicatorFacts row) => ((long)row.Name.Key << 32) | (uint)facts.TargetKey(row.TargetText);

    /// <summary>Gets whether a stated implementation period lasts twelve months or less ("2024-01" to "2024-12").</summary>
    private static bool IsWithinAYear(Model.ImplementationPeriod? period)
    {
        if (period is null || !TryMonths(period.Start, out var start) || !TryMonths(period.End, out var end))
        {
            return false;
        }

        return end - start < 12;
    }

    private static bool TryMonths(string text, out int months)
    {
        months = 0;
        if (text.Length != 7 || text[4] != '-' ||
            !int.TryParse(text.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(text.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return false;
        }

        months = (year * 12) + month;
        return true;
    }
}
