using System.Collections.Immutable;
using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Rendering.Views;

/// <summary><c>project</c>: one project table (项目支出绩效目标表).</summary>
internal sealed class ProjectView : ViewObject
{
    /// <summary>The number of data columns of the header block grid (the label column comes first).</summary>
    public const int HeaderColumns = 12;

    private static readonly string[] Names =
    [
        "index", "number", "anchor", "sequence", "title", "unit", "code", "name", "funding_reference", "budget",
        "amount_unit_label", "fund_use", "spending_plan", "spending_rows", "spending_rowspan", "goals", "indicators",
        "attribute", "implementation_period", "period_goals", "period_indicators", "review_opinion", "show_attribute",
        "show_period_goals", "show_period_indicators", "show_review_opinion", "has_weight", "has_direction",
        "indicator_columns", "findings", "review", "raw",
    ];

    private readonly RenderScope _scope;
    private readonly Project _project;
    private readonly int _index;
    private readonly ReviewIndex.ProjectFindings? _findings;
    private IndicatorView[]? _indicators;
    private IndicatorView[]? _periodIndicators;
    private TableReviewView? _review;
    private ProjectCellsView? _cells;
    private bool? _hasWeight;
    private bool? _hasDirection;

    public ProjectView(RenderScope scope, Project project, int index)
    {
        _scope = scope;
        _project = project;
        _index = index;
        _findings = scope.Review?.For(index);
    }

    public override IReadOnlyList<string> Members => Names;

    /// <summary>Gets the project's zero-based index in the document.</summary>
    public int Index => _index;

    /// <summary>Gets the number of indicator rows, annual and period.</summary>
    public int IndicatorCount => _project.Indicators.Length + _project.PeriodIndicators.Length;

    /// <summary>Gets the summary of this table's findings, or null when the review view is off.</summary>
    public TableReviewView? Review => _scope.Review is null ? null : _review ??= new TableReviewView(_scope, this, _findings);

    private bool HasWeight => _hasWeight ??= _project.Indicators.Any(i => i.Weight is not null) || _project.PeriodIndicators.Any(i => i.Weight is not null) || HasIndicatorFindings("weight");

    private bool HasDirection => _hasDirection ??= _project.Indicators.Any(i => i.Direction is not null) || _project.PeriodIndicators.Any(i => i.Direction is not null) || HasIndicatorFindings("direction");

    public override bool TryGet(string member, out object? value)
    {
        var labels = _scope.Labels;
        switch (member)
        {
            case "index": value = Boxes.Int(_index); return true;
            case "number": value = Boxes.Int(_index + 1); return true;
            case "anchor": value = "table-" + (_index + 1).ToString(CultureInfo.InvariantCulture); return true;
            case "sequence": value = Boxes.Int(_project.Sequence); return true;
            case "title": value = _scope.E(labels.TableTitle(_project, _index + 1)); return true;
            case "unit": value = new UnitView(_scope, _project.Unit); return true;
            case "code": value = _scope.E(_project.Code); return true;
            case "name": value = _scope.E(_project.Name); return true;
            case "funding_reference": value = _scope.E(_project.FundingReference); return true;
            case "budget": value = new BudgetView(_project.Budget); return true;
            case "amount_unit_label": value = _scope.E(labels.AmountUnitLabel(_scope.Document.AmountUnit)); return true;
            case "fund_use": value = _scope.E(_project.FundUse); return true;
            case "spending_plan": value = SpendingPoints(); return true;
            case "spending_rows": value = SpendingRows(); return true;
            case "spending_rowspan": value = Boxes.Int(2 * Math.Max(1, (_project.SpendingPlan.Length + HeaderColumns - 1) / HeaderColumns)); return true;
            case "goals": value = Paragraphs(_project.Goals, _findings?.Goals); return true;
            case "indicators": value = _indicators ??= Indicators(_project.Indicators, _findings?.Indicators); return true;
            case "attribute": value = _scope.E(labels.Attribute(_project.Attribute)); return true;
            case "implementation_period": value = _scope.E(labels.Period(_project.ImplementationPeriod)); return true;
            case "period_goals": value = Paragraphs(_project.PeriodGoals, _findings?.PeriodGoals); return true;
            case "period_indicators": value = _periodIndicators ??= Indicators(_project.PeriodIndicators, _findings?.PeriodIndicators); return true;
            case "review_opinion": value = _scope.E(_project.ReviewOpinion); return true;
            case "show_attribute":
                value = _project.Attribute is not null || _project.ImplementationPeriod is not null ||
                        _findings?.InCell("attribute") is not null || _findings?.InCell("implementation_period") is not null;
                return true;
            case "show_period_goals": value = _project.PeriodGoals.Length > 0 || _findings?.PeriodGoals.Count > 0 || _findings?.InCell("period_goals") is not null; return true;
            case "show_period_indicators": value = _project.PeriodIndicators.Length > 0; return true;
            case "show_review_opinion": value = _project.ReviewOpinion is not null || _findings?.InCell("review_opinion") is not null; return true;
            case "has_weight": value = HasWeight; return true;
            case "has_direction": value = HasDirection; return true;
            case "indicator_columns": value = Boxes.Int(6 + (HasWeight ? 1 : 0) + (HasDirection ? 1 : 0)); return true;
            case "findings": value = _cells ??= new ProjectCellsView(_scope, _findings); return true;
            case "review": value = Review; return true;
            case "raw": value = new ProjectView(_scope.Raw, _project, _index); return true;
            default: value = null; return false;
        }
    }

    private bool HasIndicatorFindings(string cell) =>
        _findings is not null && (_findings.Indicators.Keys.Any(k => k.Cell == cell) || _findings.PeriodIndicators.Keys.Any(k => k.Cell == cell));

    private ParagraphView[] Paragraphs(ImmutableArray<string> texts, Dictionary<int, List<Finding>>? findings)
    {
        var views = new ParagraphView[texts.Length];
        for (var i = 0; i < views.Length; i++)
        {
            var group = findings is not null && findings.TryGetValue(i, out var list) ? _scope.Group(list) : null;
            views[i] = new ParagraphView(_scope, texts[i], i, group);
        }

        return views;
    }

    private SpendingPointView[] SpendingPoints()
    {
        var plan = _project.SpendingPlan;
        var views = new SpendingPointView[plan.Length];
        for (var i = 0; i < views.Length; i++)
        {
            views[i] = new SpendingPointView(_scope, plan[i], i, 1, _findings);
        }

        return views;
    }

    /// <summary>
    /// The spending plan laid out on the 12 data columns of the header block: up to 12 points a row, the columns shared
    /// out so that the row is filled (4 points: 3 columns each). An empty plan is one row with one empty cell.
    /// </summary>
    private SpendingRowView[] SpendingRows()
    {
        var plan = _project.SpendingPlan;
        if (plan.Length == 0)
        {
            return [new SpendingRowView([new SpendingPointView(_scope, null, -1, HeaderColumns, null)])];
        }

        var rows = new SpendingRowView[(plan.Length + HeaderColumns - 1) / HeaderColumns];
        for (var r = 0; r < rows.Length; r++)
        {
            var start = r * HeaderColumns;
            var count = Math.Min(HeaderColumns, plan.Length - start);
            var points = new SpendingPointView[count];
            for (var i = 0; i < count; i++)
            {
                var span = (HeaderColumns / count) + (i < HeaderColumns % count ? 1 : 0);
                points[i] = new SpendingPointView(_scope, plan[start + i], start + i, span, _findings);
            }

            rows[r] = new SpendingRowView(points);
        }

        return rows;
    }

    /// <summary>
    /// The indicator rows with their merged cells: a 一级指标 cell spans the run of consecutive rows with the same
    /// level-1 text, a 二级指标 cell the run with the same level-1 and level-2 text; the rows below the first of a run have
    /// no cell of their own (rowspan null). Findings on a merged cell of any row of the run are shown in the run's cell.
    /// </summary>
    private IndicatorView[] Indicators(ImmutableArray<Indicator> indicators, Dictionary<(int Row, string Cell), List<Finding>>? findings)
    {
        var views = new IndicatorView[indicators.Length];
        var merge = _scope.Options.MergedCells == MergedCellStyle.Merge;
        var i = 0;
        while (i < indicators.Length)
        {
            var level1 = indicators[i].Level1;
            var end1 = i + 1;
            while (merge && end1 < indicators.Length && string.Equals(indicators[end1].Level1, level1, StringComparison.Ordinal))
            {
                end1++;
            }

            var j = i;
            while (j < end1)
            {
                var level2 = indicators[j].Level2;
                var end2 = j + 1;
                while (merge && end2 < end1 && string.Equals(indicators[end2].Level2, level2, StringComparison.Ordinal))
                {
                    end2++;
                }

                for (var k = j; k < end2; k++)
                {
                    int? span1 = k == i ? end1 - i : null;
                    int? span2 = k == j ? end2 - j : null;
                    IndicatorCellsView? cells = null;
                    if (findings is not null)
                    {
                        var level1Findings = k == i ? Collect(findings, i, end1, "level1") : null;
                        var level2Findings = k == j ? Collect(findings, j, end2, "level2") : null;
                        cells = IndicatorCellsView.Create(_scope, findings, k, level1Findings, level2Findings);
                    }

                    views[k] = new IndicatorView(_scope, indicators[k], k, span1, span2, cells);
                }

                j = end2;
            }

            i = end1;
        }

        return views;
    }

    private static List<Finding>? Collect(Dictionary<(int Row, string Cell), List<Finding>> findings, int start, int end, string cell)
    {
        List<Finding>? result = null;
        for (var row = start; row < end; row++)
        {
            if (findings.TryGetValue((row, cell), out var list))
            {
                (result ??= []).AddRange(list);
            }
        }

        return result;
    }
}

/// <summary><c>project.unit</c>: the budget unit heading the table; <c>text</c> is code and name as the table prints them.</summary>
internal sealed class UnitView : ViewObject
{
    private static readonly string[] Names = ["code", "name", "text"];

    private readonly RenderScope _scope;
    private readonly BudgetUnit? _unit;

    public UnitView(RenderScope scope, BudgetUnit? unit)
    {
        _scope = scope;
        _unit = unit;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "code": value = _scope.E(_unit?.Code); return true;
            case "name": value = _scope.E(_unit?.Name); return true;
            case "text": value = _unit is null ? null : _scope.E((_unit.Code ?? string.Empty) + (_unit.Name ?? string.Empty)); return true;
            default: value = null; return false;
        }
    }
}

/// <summary><c>project.budget</c>: amounts as written, in the document's unit (<c>total</c>, <c>fiscal</c>, <c>other</c>).</summary>
internal sealed class BudgetView : ViewObject
{
    private static readonly string[] Names = ["total", "fiscal", "other"];

    private readonly Budget _budget;

    public BudgetView(Budget budget) => _budget = budget;

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "total": value = RenderScope.Number(_budget.Total); return true;
            case "fiscal": value = RenderScope.Number(_budget.Fiscal); return true;
            case "other": value = RenderScope.Number(_budget.Other); return true;
            default: value = null; return false;
        }
    }
}

/// <summary>One row of the spending plan grid (<c>project.spending_rows</c>): its <c>points</c>.</summary>
internal sealed class SpendingRowView : ViewObject
{
    private static readonly string[] Names = ["points"];

    private readonly SpendingPointView[] _points;

    public SpendingRowView(SpendingPointView[] points) => _points = points;

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        value = member == "points" ? _points : null;
        return member == "points";
    }
}

/// <summary>One point of the spending plan: <c>month</c>, <c>month_label</c> (3月底), <c>percent</c> (25%), <c>colspan</c>, <c>findings</c>.</summary>
internal sealed class SpendingPointView : ViewObject
{
    private static readonly string[] Names = ["index", "month", "month_label", "value", "percent", "colspan", "findings"];

    private readonly RenderScope _scope;
    private readonly SpendingPoint? _point;
    private readonly int _index;
    private readonly int _colspan;
    private readonly ReviewIndex.ProjectFindings? _findings;

    public SpendingPointView(RenderScope scope, SpendingPoint? point, int index, int colspan, ReviewIndex.ProjectFindings? findings)
    {
        _scope = scope;
        _point = point;
        _index = index;
        _colspan = colspan;
        _findings = findings;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "index": value = Boxes.Int(_index); return true;
            case "month": value = _point is null ? null : Boxes.Int(_point.Month); return true;
            case "month_label": value = _point is null ? null : _scope.E(_scope.Labels.MonthEnd(_point.Month)); return true;
            case "value": value = _point is null ? null : RenderScope.Number(_point.CumulativePercent); return true;
            case "percent": value = _point is null ? null : ViewFormat.Percent(_point.CumulativePercent); return true;
            case "colspan": value = Boxes.Int(_colspan); return true;
            case "findings": value = Findings(); return true;
            default: value = null; return false;
        }
    }

    private SpendingCellsView Findings()
    {
        if (_findings is null || _point is null)
        {
            return SpendingCellsView.Empty;
        }

        _findings.Spending.TryGetValue((_index, "month"), out var month);
        _findings.Spending.TryGetValue((_index, "percent"), out var percent);
        return month is null && percent is null ? SpendingCellsView.Empty : new SpendingCellsView(_scope.Group(month), _scope.Group(percent));
    }
}

/// <summary>The findings of one spending point: <c>month</c> and <c>percent</c>, each null when the cell has none.</summary>
internal sealed class SpendingCellsView : ViewObject
{
    private static readonly string[] Names = ["month", "percent"];

    public static SpendingCellsView Empty { get; } = new(null, null);

    private readonly FindingGroupView? _month;
    private readonly FindingGroupView? _percent;

    public SpendingCellsView(FindingGroupView? month, FindingGroupView? percent)
    {
        _month = month;
        _percent = percent;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "month": value = _month; return true;
            case "percent": value = _percent; return true;
            default: value = null; return false;
        }
    }
}

/// <summary><c>project.findings</c>: the findings of the header block cells, each null when the cell has none (always null when the review view is off).</summary>
internal sealed class ProjectCellsView : ViewObject
{
    private static readonly string[] Names =
    [
        "unit", "code", "name", "budget_total", "budget_fiscal", "budget_other", "fund_use", "spending_plan", "goals",
        "attribute", "implementation_period", "period_goals", "review_opinion",
    ];

    private readonly RenderScope _scope;
    private readonly ReviewIndex.ProjectFindings? _findings;

    public ProjectCellsView(RenderScope scope, ReviewIndex.ProjectFindings? findings)
    {
        _scope = scope;
        _findings = findings;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        if (Array.IndexOf(Names, member) < 0)
        {
            value = null;
            return false;
        }

        value = _findings is null ? null : _scope.Group(_findings.InCell(member));
        return true;
    }
}

/// <summary>One indicator row (<c>project.indicators</c>, <c>project.period_indicators</c>).</summary>
internal sealed class IndicatorView : ViewObject
{
    private static readonly string[] Names =
    [
        "index", "number", "level1", "level2", "name", "description", "target", "basis", "weight", "direction",
        "level1_rowspan", "level2_rowspan", "findings", "raw",
    ];

    private readonly RenderScope _scope;
    private readonly Indicator _indicator;
    private readonly int _index;
    private readonly int? _span1;
    private readonly int? _span2;
    private readonly IndicatorCellsView? _findings;

    public IndicatorView(RenderScope scope, Indicator indicator, int index, int? span1, int? span2, IndicatorCellsView? findings)
    {
        _scope = scope;
        _indicator = indicator;
        _index = index;
        _span1 = span1;
        _span2 = span2;
        _findings = findings;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "index": value = Boxes.Int(_index); return true;
            case "number": value = Boxes.Int(_index + 1); return true;
            case "level1": value = _scope.E(_indicator.Level1); return true;
            case "level2": value = _scope.E(_indicator.Level2); return true;
            case "name": value = _scope.E(_indicator.Name); return true;
            case "description": value = _scope.E(_indicator.Description); return true;
            case "target": value = _scope.E(_indicator.Target); return true;
            case "basis": value = _scope.E(_indicator.Basis); return true;
            case "weight": value = RenderScope.Number(_indicator.Weight); return true;
            case "direction": value = _scope.E(_scope.Labels.Direction(_indicator.Direction)); return true;
            case "level1_rowspan": value = Boxes.Int(_span1); return true;
            case "level2_rowspan": value = Boxes.Int(_span2); return true;
            case "findings": value = _findings ?? IndicatorCellsView.Empty; return true;
            case "raw": value = new IndicatorView(_scope.Raw, _indicator, _index, _span1, _span2, _findings); return true;
            default: value = null; return false;
        }
    }
}

/// <summary>
/// <c>row.findings</c>: the findings of one indicator row by cell, each null when the cell has none, and <c>count</c>, how
/// many there are on the row. Findings on the row as a whole are shown with the indicator's name (三级指标); those on a
/// merged cell are on the first row of the merge.
/// </summary>
internal sealed class IndicatorCellsView : ViewObject
{
    private static readonly string[] Names = ["level1", "level2", "name", "description", "target", "basis", "weight", "direction", "count"];

    private readonly FindingGroupView?[] _groups;
    private readonly object _count;

    private IndicatorCellsView(FindingGroupView?[] groups)
    {
        _groups = groups;
        var count = 0;
        foreach (var group in groups)
        {
            count += group?.Items.Length ?? 0;
        }

        _count = Boxes.Int(count);
    }

    public static IndicatorCellsView Empty { get; } = new(new FindingGroupView?[Names.Length - 1]);

    public override IReadOnlyList<string> Members => Names;

    public static IndicatorCellsView? Create(
        RenderScope scope, Dictionary<(int Row, string Cell), List<Finding>> findings, int row, List<Finding>? level1, List<Finding>? level2)
    {
        var groups = new FindingGroupView?[Names.Length - 1];
        var any = false;
        for (var i = 0; i < groups.Length; i++)
        {
            var list = i switch
            {
                0 => level1,
                1 => level2,
                _ => findings.TryGetValue((row, Names[i]), out var found) ? found : null,
            };
            groups[i] = scope.Group(list);
            any |= groups[i] is not null;
        }

        return any ? new IndicatorCellsView(groups) : null;
    }

    public override bool TryGet(string member, out object? value)
    {
        var i = member switch
        {
            "level1" => 0,
            "level2" => 1,
            "name" => 2,
            "description" => 3,
            "target" => 4,
            "basis" => 5,
            "weight" => 6,
            "direction" => 7,
            "count" => 8,
            _ => -1,
        };
        value = i < 0 ? null : i == 8 ? _count : _groups[i];
        return i >= 0;
    }
}
