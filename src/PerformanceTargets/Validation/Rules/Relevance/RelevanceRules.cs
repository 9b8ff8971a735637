using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Relevance;

/// <summary>
/// PT401: indicator names cut at a fixed length. The names concerned have the document's greatest name length (at
/// least 6 characters), each is a strict prefix of its own description, and at least two different names do so: a
/// system cut them at its field width. A short name that a longer description extends (服务水平 / 服务水平是否提升) is
/// not a cut: other names of the document are longer.
/// </summary>
internal sealed class CutNameRule : BuiltInRule
{
    private const int MinimumCutLength = 6;

    private static readonly Text Message = new(
        "The name \"{0}\" stops where its description \"{1}\" goes on: names of this document are cut at {2} characters.",
        "指标名称“{0}”在其描述“{1}”的中途中断：本文档的指标名称在第 {2} 个字处被截断。",
        "Give the whole name (\"{1}\"), or a shorter name that is complete.",
        "请填写完整名称（“{1}”），或改用完整的简短名称。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT401;

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
        return name.Length == length && description is not null && description.Length > name.Length &&
               IndicatorTarget.TrimWhite(description).StartsWith(name, StringComparison.Ordinal) &&
               IndicatorTarget.TrimWhite(description).Length > name.Length;
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

/// <summary>
/// PT402: the same indicator row (name and target, spelling normalised) in three or more projects of different
/// purpose: copy-paste boilerplate. Two projects have different purposes when the lexicon fields of their names, uses
/// of funds and goals neither overlap nor are related; projects of no known field count as one purpose together.
/// Satisfaction rows are exempt: 服务对象满意度 ≥95% fits every project.
/// </summary>
internal sealed class BoilerplateRowRule : BuiltInRule
{
    private const int MinimumPurposes = 3;

    private static readonly Text Message = new(
        "The row \"{0}: {1}\" recurs in tables of unrelated purpose ({2}): copy-paste boilerplate.",
        "指标行“{0}：{1}”在用途互不相关的多张表中重复出现（{2}），是照搬的模板。",
        "Set indicators from this project's own plan: what it buys, how well, how soon, and for whom.",
        "请依据本项目自身的计划设置指标：做了什么、做得如何、何时完成、惠及何人。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT402;

    public override void Check(ValidationContext context)
    {
        // Rows are grouped by (name, standard target) in one pass without hashing: the document's facts number every
        // distinct text, so rows are chained per name number, and a name's few targets are told apart along its chain.
        var facts = context.Facts;
        var total = 0;
        foreach (var project in facts.Projects)
        {
            total += project.Indicators.Length + project.PeriodIndicators.Length;
        }

        var rows = new Row[total];
        var n = 0;
        foreach (var project in facts.Projects)
        {
            for (var period = 0; period < 2; period++)
            {
                var indicators = project.List(period == 1);
                for (var i = 0; i < indicators.Length; i++)
                {
                    var indicator = indicators[i];
                    if (indicator.IsSatisfaction || indicator.Name.Trimmed.Length == 0 || indicator.Target.Kind == TargetKind.Empty)
                    {
                        continue;
                    }

                    rows[n++] = new Row(project.Index, period == 1, i, indicator.Name.Key, facts.TargetKey(indicator.Indicator.Target));
                }
            }
        }

        // Chain the rows of each name (in document order), then split each chain by target.
        var last = new int[facts.TextCount];
        var first = new int[facts.TextCount];
        for (var i = 0; i < last.Length; i++)
        {
            first[i] = -1;
        }

        for (var i = 0; i < n; i++)
        {
            var name = rows[i].Name;
            if (first[name] < 0)
            {
                first[name] = i;
            }
            else
            {
                rows[last[name]].NextSameName = i;
            }

            last[name] = i;
        }

        // Along each name's chain, rows with one target form a group: tails and counts by target number, reset after
        // each chain, keep this linear in the number of rows.
        var tail = new int[facts.TextCount];
        var head = new int[facts.TextCount];
        var projects = new int[facts.TextCount];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = -1;
        }

        var targets = new List<int>();
        for (var name = 0; name < first.Length; name++)
        {
            if (first[name] < 0)
            {
                continue;
            }

            targets.Clear();
            for (var i = first[name]; i >= 0; i = rows[i].NextSameName)
            {
                var target = rows[i].Target;
                if (tail[target] < 0)
                {
                    head[target] = i;
                    projects[target] = 1;
                    targets.Add(target);
                }
                else
                {
                    projects[target] += rows[i].Project == rows[tail[target]].Project ? 0 : 1;
                    rows[tail[target]].Next = i;
                }

                tail[target] = i;
            }

            foreach (var target in targets)
            {
                tail[target] = -1;
                if (projects[target] >= MinimumPurposes && OfDifferentPurposes(facts, rows, head[target]))
                {
                    Report(context, facts, rows, head[target]);
                }
            }
        }
    }

    private static void Report(ValidationContext context, DocumentFacts facts, Row[] rows, int head)
    {
        var tables = new TableSet(facts, rows, head);
        for (var i = head; i >= 0; i = rows[i].Next)
        {
            var row = rows[i];
            var project = facts.Projects[row.Project];
            var indicator = project.List(row.Period)[row.Index];
            context.Add(
                PointerSpec.ForItem(row.Project, ListName(row.Period), row.Index, "name"),
                Message,
                indicator.Name.Trimmed,
                IndicatorTarget.TrimWhite(indicator.Indicator.Target),
                new TableList(tables, project.Table, context.Culture));
        }
    }

    /// <summary>Whether at least three of the group's projects have pairwise unrelated purposes (a greedy pick, linear in the rows).</summary>
    private static bool OfDifferentPurposes(DocumentFacts facts, Row[] rows, int first)
    {
        var taken = 0UL;
        var picks = 0;
        var unknownPicked = false;
        var lastProject = -1;
        for (var i = first; i >= 0; i = rows[i].Next)
        {
            var project = rows[i].Project;
            if (project == lastProject)
            {
                continue;
            }

            lastProject = project;
            var fields = facts.Projects[project].Fields;
            if (fields == 0)
            {
                if (!unknownPicked)
                {
                    unknownPicked = true;
                    picks++;
                }
            }
            else if ((fields & taken) == 0)
            {
                taken |= FieldLexicon.WithRelated(fields);
                picks++;
            }

            if (picks >= MinimumPurposes)
            {
                return true;
            }
        }

        return false;
    }

    private struct Row(int project, bool period, int index, int name, int target)
    {
        public int Project = project;
        public bool Period = period;
        public int Index = index;
        public int Name = name;
        public int Target = target;
        public int Next = -1;
        public int NextSameName = -1;
    }

    /// <summary>The tables of a group of rows, listed when a message needs them.</summary>
    private sealed class TableSet(DocumentFacts facts, Row[] rows, int first)
    {
        private List<int>? _tables;

        public List<int> Tables
        {
            get
            {
                if (_tables is null)
                {
                    var tables = new List<int>();
                    var seen = new HashSet<int>();
                    for (var i = first; i >= 0; i = rows[i].Next)
                    {
                        var table = facts.Projects[rows[i].Project].Table;
                        if (seen.Add(table))
                        {
                            tables.Add(table);
                        }
                    }

                    _tables = tables;
                }

                return _tables;
            }
        }
    }

    /// <summary>The other tables of a row, formatted when the message is.</summary>
    private sealed class TableList(TableSet tables, int self, Language culture)
    {
        private const int MaximumNamed = 10;

        public override string ToString()
        {
            List<int> all;
            lock (tables)
            {
                all = tables.Tables;
            }

            // At most ten other tables are named, so that a message stays short however many tables share the row.
            var others = all.Where(t => t != self).ToList();
            var named = others.Take(MaximumNamed).Select(t => t.ToString(CultureInfo.InvariantCulture));
            var english = culture == Language.English;
            var text = english ? "also tables " + string.Join(", ", named) : "另见表" + string.Join("、", named);
            if (others.Count > MaximumNamed)
            {
                text += string.Format(CultureInfo.InvariantCulture, english ? " and {0} more" : "等 {0} 张表", others.Count - MaximumNamed);
            }

            return text;
        }
    }
}

/// <summary>
/// PT403: an indicator whose name belongs to a field of the lexicon unrelated to every field of its project
/// (新增粮食产能 in a fire-prevention fund). Projects of no known field and names of no field are not judged.
/// </summary>
internal sealed class UnrelatedFieldRule : IndicatorRule
{
    private static readonly Text Message = new(
        "\"{0}\" belongs to {1}, unrelated to this project ({2}).",
        "指标“{0}”属于{1}领域，与本项目（{2}）无关。",
        "Replace it with an indicator of what this project's money achieves.",
        "请改为反映本项目资金产出和效果的指标。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT403;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var projectFields = project.Fields;
        if (projectFields == 0)
        {
            return;
        }

        var fields = indicator.Name.Fields;
        if (fields == 0 || (fields & project.RelatedFields) != 0)
        {
            return;
        }

        context.Add(
            PointerSpec.ForItem(project.Index, list, row, "name"),
            Message,
            indicator.Name.Trimmed,
            new FieldNames(fields, context.Culture),
            new FieldNames(projectFields, context.Culture));
    }
}

/// <summary>
/// PT404: the use of funds describes another purpose than the project's name: it is the name of another project of
/// the document, or it belongs to lexicon fields unrelated to those of the name.
/// </summary>
internal sealed class FundUseMismatchRule : BuiltInRule
{
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

    public override RuleDescriptor Descriptor => RuleCatalog.PT404;

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
            if (useFields != 0 && nameFields != 0 && (useFields & FieldLexicon.WithRelated(nameFields)) == 0)
            {
                context.Add(pointer, OtherField, fundUse, new FieldNames(useFields, context.Culture), new FieldNames(nameFields, context.Culture));
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

/// <summary>The names of the fields of a mask, formatted when the message is.</summary>
internal sealed class FieldNames(ulong fields, Language culture)
{
    public override string ToString() => FieldLexicon.Describe(fields, culture);
}
