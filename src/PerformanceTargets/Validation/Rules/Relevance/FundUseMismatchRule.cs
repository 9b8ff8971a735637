using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Relevance;

/// <summary>
/// PT404: the use of funds describes another purpose than the project's name: it is the name of another project of
/// the document, or it belongs to lexicon fields unrelated to those of the name.
/// </summary>
internal sealed class FundUseMismatchRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT404",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Relevance,
        Title = new("资金用途与项目不符", "Use of funds belongs to another project"),
        Description = new(
            "资金用途写的是文档中另一个项目的名称，或与项目名称无关的领域：它是从另一张表复制来的。",
            "The use of funds names another project of the document, or a field unrelated to the project's name: it was copied from another table."),
    };

    private static readonly Text OtherProject = new(
        "The use of funds \"{0}\" is the name of table {1}, not of this project ({2}).",
        "资金用途“{0}”是表{1}的项目名称，与本项目（{2}）不符。",
        "Write what this project's money is used for.",
        "请填写本项目资金的实际用途。");

    private static readonly Text OtherField = new(
        "The use of funds \"{0}\" is about {1}, but the project's name is about {2}.",
        "资金用途“{0}”属于{1}领域，而项目名称属于{2}领域。",
        "Write what this project's money is used for.",
        "请填写本项目资金的实际用途。");

    public override void Check(ValidationContext context)
    {
        var projects = context.Facts.Projects;
        var byName = new Dictionary<string, ProjectFacts>(projects.Length, StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var core = project.CoreName;
            if (core.Length > 0 && !byName.ContainsKey(core))
            {
                byName[core] = project;
            }
        }

        foreach (var project in projects)
        {
            if (project.Project.FundUse is not { } written || IsBlank(written))
            {
                continue;
            }

            var fundUse = ProjectNames.FundUse(written);
            var pointer = PointerSpec.ForProject(project.Index, "fundUse");
            if (fundUse.Length >= 4 && byName.TryGetValue(fundUse, out var other) && other.Index != project.Index && !Overlap(project.CoreName, fundUse))
            {
                context.Add(pointer, OtherProject, fundUse, other.Table, project.Project.Name);
                continue;
            }

            var useFields = project.FundUseFields;
            var nameFields = project.NameFields;
            // A name only in the general field (村级公益事业, 乡镇转移支付, 一事一议) may pay for roads or water works alike.
            if (useFields != 0 && nameFields != 0 && nameFields != FieldLexicon.General && (useFields & FieldLexicon.WithRelated(nameFields)) == 0)
            {
                context.Add(pointer, OtherField, fundUse, new FieldNames(useFields), new FieldNames(nameFields));
            }
        }
    }

    /// <summary>Whether a use of funds says the same as a name: one contains the other, or half their character pairs are shared.</summary>
    internal static bool Overlap(string name, string fundUse)
    {
        if (name.IndexOf(fundUse, StringComparison.Ordinal) >= 0 || fundUse.IndexOf(name, StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // Dice coefficient over character pairs; names are short, so pairs are compared directly unless they are long.
        var pairsA = Math.Max(name.Length - 1, 0);
        var pairsB = Math.Max(fundUse.Length - 1, 0);
        if (pairsA + pairsB == 0)
        {
            return false;
        }

        var shared = 0;
        if ((long)pairsA * pairsB <= 4096)
        {
            for (var i = 0; i < pairsA; i++)
            {
                for (var j = 0; j < pairsB; j++)
                {
                    if (name[i] == fundUse[j] && name[i + 1] == fundUse[j + 1])
                    {
                        shared++;
                        break;
                    }
                }
            }
        }
        else
        {
            // Long texts (hostile input: two 1,000,000-character cells took minutes pair by pair): the same count
            // through a set of the use of funds' pairs, in linear time.
            var pairs = new HashSet<int>();
            for (var j = 0; j < pairsB; j++)
            {
                pairs.Add((fundUse[j] << 16) | fundUse[j + 1]);
            }

            for (var i = 0; i < pairsA; i++)
            {
                if (pairs.Contains((name[i] << 16) | name[i + 1]))
                {
                    shared++;
                }
            }
        }

        return 2.0 * shared / (pairsA + pairsB) >= 0.5;
    }
}
