using System.Buffers;
using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Relevance;

/// <summary>
/// PT402: the same indicator row (name and target, spelling normalised) in three or more projects of different
/// purpose: copy-paste boilerplate. Two projects have different purposes when the lexicon fields of their names, uses
/// of funds and goals neither overlap nor are related; projects of no known field count as one purpose together.
/// Satisfaction rows are exempt: 服务对象满意度 ≥95% fits every project. So are the rows of how a project's money is paid
/// and used and whether it keeps its time (资金拨付及时率, 资金使用合规率, 预算执行率, 项目按时完成率 …), which departments
/// across the country print in every table and which fit every project too.
/// </summary>
internal sealed class BoilerplateRowRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT402",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Relevance,
        Title = new("指标行在无关项目间照搬", "Indicator row copied across unrelated projects"),
        Description = new(
            "同一指标行（名称和指标值）出现在三个以上用途不同的项目中，是照搬的模板：没有哪一行能同时适用于防火、垃圾清运和统计。项目用途依据文档列明的领域词表判断；满意度指标行和资金管理、项目进度的通用指标行（资金拨付及时率、资金使用合规率、预算执行率、项目按时完成率等）除外。",
            "The same row (name and target) in three or more projects of different purpose is copy-paste boilerplate: no row fits fire prevention, rubbish collection and statistics alike. Purposes come from a documented lexicon of fields; satisfaction rows and the common rows of fund management and project progress (资金拨付及时率, 资金使用合规率, 预算执行率, 项目按时完成率 …) are exempt."),
    };

    private const int MinimumPurposes = 3;

    /// <summary>
    /// The words of the rows that fit every project: how its money is paid, reaches it and is used, and whether the
    /// project keeps its time. A name containing one is never boilerplate (asked only of a group about to be reported).
    /// </summary>
    private static readonly KeywordMatcher EveryProjectRows = new(new[]
    {
        "资金拨付", "资金到位", "资金支付", "资金使用", "资金下达", "资金执行", "资金支出", "经费拨付", "经费使用", "经费支出",
        "预算执行", "专款专用", "项目完成及时", "项目按时完成", "项目实施进度", "项目完成率",
    }.Select(word => (word, 1UL)));

    private static readonly Text Message = new(
        "The row \"{0}: {1}\" recurs in tables of unrelated purpose ({2}): copy-paste boilerplate.",
        "指标行“{0}：{1}”在用途互不相关的多张表中重复出现（{2}），是照搬的模板。",
        "Set indicators from this project's own plan: what it buys, how well, how soon, and for whom.",
        "请依据本项目自身的计划设置指标：做了什么、做得如何、何时完成、惠及何人。");

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

        // The rows and five arrays indexed by text number are lent by the shared pools; only first and tail need a start
        // value. The texts are counted after the rows are filled: a target's standard spelling may be a new text.
        var rows = ArrayPool<Row>.Shared.Rent(total);
        int[]? buffer = null;
        try
        {
            var n = Fill(facts, rows);
            var count = facts.TextCount;
            buffer = ArrayPool<int>.Shared.Rent(5 * count);
            Group(context, facts, rows, n, new Span<int>(buffer, 0, 5 * count));
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<int>.Shared.Return(buffer);
            }

            ArrayPool<Row>.Shared.Return(rows);
        }
    }

    private static int Fill(DocumentFacts facts, Row[] rows)
    {
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

                    rows[n++] = new Row(project.Index, period == 1, i, indicator.Name.Key, facts.TargetKey(indicator.TargetText));
                }
            }
        }

        return n;
    }

    private static void Group(ValidationContext context, DocumentFacts facts, Row[] rows, int n, Span<int> buffer)
    {
        // Chain the rows of each name (in document order), then split each chain by target.
        var count = buffer.Length / 5;
        var last = buffer.Slice(0, count);
        var first = buffer.Slice(count, count);
        first.Fill(-1);

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
        var tail = buffer.Slice(2 * count, count);
        var head = buffer.Slice(3 * count, count);
        var projects = buffer.Slice(4 * count, count);
        tail.Fill(-1);

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
                if (projects[target] >= MinimumPurposes && OfDifferentPurposes(facts, rows, head[target]) && !FitsEveryProject(facts, rows[head[target]]))
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
                new TableList(tables, project.Table));
        }
    }

    /// <summary>Whether the row's name is one of those that fit every project (<see cref="EveryProjectRows"/>).</summary>
    private static bool FitsEveryProject(DocumentFacts facts, Row row) =>
        EveryProjectRows.Match(facts.Projects[row.Project].List(row.Period)[row.Index].Name.Trimmed) != 0;

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

                    // Lock-free: two threads racing list the same tables, and the first list wins for both.
                    Interlocked.CompareExchange(ref _tables, tables, null);
                }

                return _tables!;
            }
        }
    }

    /// <summary>The other tables of a row, formatted when the message is.</summary>
    private sealed class TableList(TableSet tables, int self) : ILocalizedArgument
    {
        private const int MaximumNamed = 10;

        public override string ToString() => Format(Language.Chinese);

        public string Format(Language culture)
        {
            var all = tables.Tables;

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
