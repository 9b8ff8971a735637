using System.Globalization;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT207: the same indicator name twice in one table.</summary>
internal sealed class DuplicateIndicatorRule : IndicatorListRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT207",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("同一表中指标重复", "Same indicator twice in a table"),
        Description = new(
            "同一指标名称在一张表中出现两次：其中一行是复制的，或两行衡量的是同一件事。",
            "An indicator name appears twice in one table: one of the rows is a copy, or the two measure the same thing."),
    };

    private static readonly Text Message = new(
        "Indicator \"{0}\" appears twice in table {1} (rows {2}).",
        "指标“{0}”在表{1}中出现两次（第 {2} 行）。",
        "Delete the copy, or rename one of them to say what each measures.",
        "请删除重复的一行，或修改名称以区分各自衡量的内容。");

    internal override void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, string list)
    {
        // Tables are short: compare pairs; a long flat sheet goes through a dictionary.
        if (indicators.Length > 32)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < indicators.Length; i++)
            {
                var name = indicators[i].Name.Trimmed;
                if (name.Length == 0)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var earlier))
                {
                    Report(context, project, list, name, earlier, i);
                }
                else
                {
                    seen[name] = i;
                }
            }

            return;
        }

        for (var i = 1; i < indicators.Length; i++)
        {
            var name = indicators[i].Name.Trimmed;
            if (name.Length == 0)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(indicators[j].Name.Trimmed, name, StringComparison.Ordinal))
                {
                    Report(context, project, list, name, j, i);
                    break;
                }
            }
        }
    }

    private static void Report(ValidationContext context, ProjectFacts project, string list, string name, int earlier, int later) =>
        context.Add(PointerSpec.ForItem(project.Index, list, later, "name"), Message, name, project.Table, string.Format(CultureInfo.InvariantCulture, "{0}, {1}", earlier + 1, later + 1));
}
