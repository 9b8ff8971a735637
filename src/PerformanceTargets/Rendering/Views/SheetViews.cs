using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Rendering.Views;

/// <summary>
/// <c>sheet</c> (and each item of <c>sheets</c>): one project as the 绩效自评表 (<see cref="TableKind.Evaluation"/>) or the
/// 绩效运行监控表 (<see cref="TableKind.Monitoring"/>). The reported figures are shown as written; the library's own
/// figures (<see cref="TargetScorer"/>) are shown beside them, never in their place. Members that come from the target
/// table (anchor, title, code, name …) are those of <c>project</c>.
/// </summary>
internal sealed class SheetView : ViewObject
{
    private static readonly string[] Names =
    [
        "index", "number", "anchor", "title", "sheet_title", "code", "name", "amount_unit_label", "project",
        "evaluated", "initial_budget", "budget", "spent", "execution_points", "execution_rate", "execution_score",
        "computed_execution_rate", "computed_execution_score", "goals", "goal_outcomes", "goal_rows", "total_points",
        "total_score", "computed_total", "grade", "computed_grade", "conclusion", "problems", "improvements", "evaluation_rows",
        "monitored", "as_of", "month", "spent_label", "progress_label", "monitoring_initial_budget", "monitoring_budget",
        "monitoring_spent", "executed_share", "planned_share", "lag", "light", "monitoring_reason", "monitoring_remedy",
        "monitoring_note", "monitoring_rows", "findings", "review", "unplaced", "unplaced_count",
    ];

    private readonly RenderScope _scope;
    private readonly ProjectView _view;
    private readonly ProjectScores _scores;
    private readonly Project _project;
    private readonly SheetFindings _findings;
    private object[]? _evaluationRows;
    private object[]? _monitoringRows;

    public SheetView(RenderScope scope, ProjectView view, ProjectScores scores)
    {
        _scope = scope;
        _view = view;
        _scores = scores;
        _project = scores.Project;
        _findings = SheetFindings.Build(scope, scope.Review?.For(scores.Index), _project);
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        var labels = _scope.Labels;
        var evaluation = _project.Evaluation;
        var computed = _scores.Evaluation;
        var monitoring = _project.Monitoring;
        var status = _scores.Monitoring;
        switch (member)
        {
            case "index":
            case "number":
            case "anchor":
            case "code":
            case "name":
            case "amount_unit_label":
            case "goals":
            case "review":
                return _view.TryGet(member, out value);
            case "title": value = _scope.E(SheetTitle(labels, _scope.Options.TableKind == TableKind.Monitoring)); return true;
            case "sheet_title": value = _scope.E(labels[_scope.Options.TableKind == TableKind.Monitoring ? "monitoring_sheet" : "evaluation_sheet"]); return true;
            case "project": value = _view; return true;
            case "evaluated": value = computed is not null; return true;
            case "initial_budget": value = RenderScope.Number(evaluation?.InitialBudget); return true;
            case "budget": value = RenderScope.Number(evaluation?.Budget ?? _project.Budget.Total); return true;
            case "spent": value = RenderScope.Number(evaluation?.Spent); return true;
            case "execution_points": value = evaluation?.ExecutionPoints is { } stated ? RenderScope.Number(stated) : Amount(computed?.ExecutionPoints); return true;
            case "execution_rate": value = evaluation?.ExecutionRate is { } rate ? RenderScope.Number(rate) + "%" : Percent(computed?.ExecutionRate); return true;
            case "execution_score": value = evaluation?.ExecutionScore is { } reported ? RenderScope.Number(reported) : Figure(computed?.ExecutionScore); return true;
            case "computed_execution_rate": value = Percent(computed?.ExecutionRate); return true;
            case "computed_execution_score": value = Figure(computed?.ExecutionScore); return true;
            case "goal_outcomes": value = _scope.E(evaluation?.GoalOutcomes ?? []); return true;
            case "goal_rows": value = GoalRows(evaluation); return true;
            case "total_points": value = Amount(computed?.TotalPoints); return true;
            case "total_score": value = evaluation?.TotalScore is { } total ? RenderScope.Number(total) : Amount(computed?.TotalScore); return true;
            case "computed_total": value = Amount(computed?.TotalScore); return true;
            case "grade": value = evaluation?.Grade is { } grade ? Grade(grade) : computed is null ? null : Grade(computed.Grade); return true;
            case "computed_grade": value = computed is null ? null : Grade(computed.Grade); return true;
            case "conclusion": value = _scope.E(evaluation?.Conclusion); return true;
            case "problems": value = _scope.E(evaluation?.Problems); return true;
            case "improvements": value = _scope.E(evaluation?.Improvements); return true;
            case "evaluation_rows": value = _evaluationRows ??= EvaluationRows(); return true;
            case "monitored": value = status is not null; return true;
            case "as_of": value = _scope.E(monitoring?.AsOf); return true;
            case "month": value = Boxes.Int(status?.Month); return true;
            case "spent_label": value = _scope.E(MonthLabel("spent_to_date")); return true;
            case "progress_label": value = _scope.E(MonthLabel("progress")); return true;
            case "monitoring_initial_budget": value = RenderScope.Number(monitoring?.InitialBudget); return true;
            case "monitoring_budget": value = RenderScope.Number(monitoring?.Budget ?? _project.Budget.Total); return true;
            case "monitoring_spent": value = RenderScope.Number(monitoring?.Spent); return true;
            case "executed_share": value = Percent(status?.ExecutedShare); return true;
            case "planned_share": value = Percent(status?.PlannedShare); return true;
            case "lag": value = Figure(status?.Lag); return true;
            case "light": value = status is null ? null : LightView.Of(_scope, status.Light); return true;
            case "monitoring_reason": value = _scope.E(monitoring?.DeviationReason); return true;
            case "monitoring_remedy": value = _scope.E(monitoring?.Remedy); return true;
            case "monitoring_note": value = _scope.E(monitoring?.Note); return true;
            case "monitoring_rows": value = _monitoringRows ??= MonitoringRows(); return true;
            case "findings": value = _findings.Cells(-1); return true;
            case "unplaced": value = _scope.Views(_findings.Unplaced); return true;
            case "unplaced_count": value = Boxes.Int(_findings.Unplaced.Count); return true;
            default: value = null; return false;
        }
    }

    private string SheetTitle(Labels labels, bool monitoring)
    {
        var sequence = (_project.Sequence ?? (_scores.Index + 1)).ToString(CultureInfo.InvariantCulture);
        var sheet = labels[monitoring ? "monitoring_sheet" : "evaluation_sheet"];
        return labels.IsChinese ? sequence + "." + _project.Name + sheet : sequence + ". " + _project.Name + ": " + sheet;
    }

    private string MonthLabel(string label)
    {
        var month = _scores.Monitoring?.Month;
        var text = _scope.Labels[label];
        if (month is not { } m)
        {
            return text;
        }

        var months = m == 1 ? "1" : "1–" + m.ToString(CultureInfo.InvariantCulture);
        return _scope.Labels.IsChinese ? months + "月" + text : text + " (" + (m == 1 ? "Jan" : "Jan–" + CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m)) + ")";
    }

    private GoalRowView[] GoalRows(ProjectEvaluation? evaluation)
    {
        var goals = _project.Goals;
        var outcomes = evaluation?.GoalOutcomes ?? [];
        var count = Math.Max(1, Math.Max(goals.Length, outcomes.Length));
        var rows = new GoalRowView[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = new GoalRowView(
                i < goals.Length ? _scope.E(goals[i]) : null,
                i < outcomes.Length ? _scope.E(outcomes[i]) : null,
                i == 0 ? Boxes.Int(count) : null);
        }

        return rows;
    }

    private object[] EvaluationRows()
    {
        var rows = IndicatorViews();
        var result = new object[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = new EvaluationRowView(_scope, rows[i], _project.Indicators[i], i < _scores.Indicators.Length ? _scores.Indicators[i] : null, _findings.Cells(i));
        }

        return result;
    }

    private object[] MonitoringRows()
    {
        var rows = IndicatorViews();
        var result = new object[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = new MonitoringRowView(_scope, rows[i], _project.Indicators[i], i < _scores.Indicators.Length ? _scores.Indicators[i] : null, _findings.Cells(i));
        }

        return result;
    }

    private IndicatorView[] IndicatorViews() => _view.TryGet("indicators", out var rows) && rows is IndicatorView[] views ? views : [];

    private static string? Amount(decimal? value) => value is { } v ? SheetNumbers.Format(v) : null;

    private static string? Figure(Figure? figure) => figure is { } f && f.TryGetValue(out var v) ? SheetNumbers.Format(v) : null;

    private static string? Percent(Figure? figure) => figure is { } f && f.TryGetValue(out var v) ? SheetNumbers.Format(v) + "%" : null;

    private string Grade(EvaluationGrade grade) => _scope.E(SheetNumbers.GradeWord(grade, _scope.Labels.IsChinese))!;
}

/// <summary>One row of 年度总体目标: 预期目标 beside 实际完成情况, paragraph by paragraph.</summary>
internal sealed class GoalRowView : ViewObject
{
    private static readonly string[] Names = ["goal", "outcome", "rowspan"];

    private readonly string? _goal;
    private readonly string? _outcome;
    private readonly object? _rowspan;

    public GoalRowView(string? goal, string? outcome, object? rowspan)
    {
        _goal = goal;
        _outcome = outcome;
        _rowspan = rowspan;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "goal": value = _goal; return true;
            case "outcome": value = _outcome; return true;
            case "rowspan": value = _rowspan; return true;
            default: value = null; return false;
        }
    }
}

/// <summary>A row of the 绩效自评表: the target table's cells (一级, 二级, 三级指标, 年度指标值) and the evaluation's.</summary>
internal sealed class EvaluationRowView : ViewObject
{
    private static readonly string[] Names =
    [
        "index", "number", "level1", "level2", "name", "target", "level1_rowspan", "level2_rowspan", "actual", "points",
        "score", "score_is_computed", "formula_score", "completion", "achievement", "deviation_reason", "findings",
    ];

    private readonly RenderScope _scope;
    private readonly IndicatorView _row;
    private readonly Indicator _indicator;
    private readonly IndicatorEvaluationScore? _score;
    private readonly SheetCellsView _findings;

    public EvaluationRowView(RenderScope scope, IndicatorView row, Indicator indicator, IndicatorScores? scores, SheetCellsView findings)
    {
        _scope = scope;
        _row = row;
        _indicator = indicator;
        _score = scores?.Evaluation;
        _findings = findings;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        var evaluation = _indicator.Evaluation;
        switch (member)
        {
            case "actual": value = _scope.E(evaluation?.Actual); return true;
            case "points": value = RenderScope.Number(evaluation?.Points); return true;
            case "score":
                value = evaluation?.Score is { } reported ? RenderScope.Number(reported)
                    : _score is { ScoreSource: ScoreSource.Formula } ? SheetNumbers.Format(_score.Score) : null;
                return true;
            case "score_is_computed": value = evaluation?.Score is null && _score is { ScoreSource: ScoreSource.Formula }; return true;
            case "formula_score": value = _score?.FormulaScore.ValueOrNull is { } formula ? SheetNumbers.Format(formula) : null; return true;
            case "completion": value = _score?.Completion.ValueOrNull is { } completion ? SheetNumbers.Format(completion) + "%" : null; return true;
            case "achievement": value = _score?.Achievement is { } tier ? _scope.E(_scope.Labels["achievement_" + SheetNumbers.Name(tier)]) : null; return true;
            case "deviation_reason": value = _scope.E(evaluation?.DeviationReason); return true;
            case "findings": value = _findings; return true;
            default: return _row.TryGet(member, out value);
        }
    }
}

/// <summary>A row of the 绩效运行监控表: the target table's cells and the monitoring's, with the indicator's light.</summary>
internal sealed class MonitoringRowView : ViewObject
{
    private static readonly string[] Names =
    [
        "index", "number", "level1", "level2", "name", "target", "level1_rowspan", "level2_rowspan", "progress",
        "expected_year_end", "likelihood", "deviation_causes", "deviation_reason", "remedy", "note", "light", "findings",
    ];

    private readonly RenderScope _scope;
    private readonly IndicatorView _row;
    private readonly Indicator _indicator;
    private readonly IndicatorMonitoringStatus? _status;
    private readonly SheetCellsView _findings;

    public MonitoringRowView(RenderScope scope, IndicatorView row, Indicator indicator, IndicatorScores? scores, SheetCellsView findings)
    {
        _scope = scope;
        _row = row;
        _indicator = indicator;
        _status = scores?.Monitoring;
        _findings = findings;
    }

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        var monitoring = _indicator.Monitoring;
        var labels = _scope.Labels;
        switch (member)
        {
            case "progress": value = _scope.E(monitoring?.Progress); return true;
            case "expected_year_end": value = _scope.E(monitoring?.ExpectedYearEnd); return true;
            case "likelihood": value = monitoring?.Likelihood is { } likelihood ? _scope.E(labels["likelihood_" + SheetNumbers.Name(likelihood)]) : null; return true;
            case "deviation_causes":
                value = monitoring is null || monitoring.DeviationCauses.IsEmpty
                    ? null
                    : _scope.E(string.Join(labels.IsChinese ? "、" : ", ", monitoring.DeviationCauses.Select(c => labels["cause_" + SheetNumbers.Name(c)])));
                return true;
            case "deviation_reason": value = _scope.E(monitoring?.DeviationReason); return true;
            case "remedy": value = _scope.E(monitoring?.Remedy); return true;
            case "note": value = _scope.E(monitoring?.Note); return true;
            case "light": value = LightView.Of(_scope, _status?.Light ?? Light.Unknown); return true;
            case "findings": value = _findings; return true;
            default: return _row.TryGet(member, out value);
        }
    }
}

/// <summary>
/// A light as a word, a symbol and a colour (<c>name</c> is the CSS class): ● 绿灯, ▲ 黄灯, ■ 红灯, ? 无法判断, so that it
/// reads in black and white and without telling colours apart.
/// </summary>
internal sealed class LightView : ViewObject
{
    private static readonly string[] Names = ["name", "symbol", "word", "text"];

    private readonly string _name;
    private readonly string _symbol;
    private readonly string _word;

    private LightView(string name, string symbol, string word)
    {
        _name = name;
        _symbol = symbol;
        _word = word;
    }

    public override IReadOnlyList<string> Members => Names;

    public static LightView Of(RenderScope scope, Light light)
    {
        var name = light switch
        {
            Light.Green => "green",
            Light.Yellow => "yellow",
            Light.Red => "red",
            _ => "unknown",
        };
        var symbol = light switch
        {
            Light.Green => "●",
            Light.Yellow => "▲",
            Light.Red => "■",
            _ => "?",
        };
        return new LightView(name, symbol, scope.E(scope.Labels["light_" + name])!);
    }

    public override bool TryGet(string member, out object? value)
    {
        switch (member)
        {
            case "name": value = _name; return true;
            case "symbol": value = _symbol; return true;
            case "word": value = _word; return true;
            case "text": value = _symbol + " " + _word; return true;
            default: value = null; return false;
        }
    }
}

/// <summary>
/// <c>sheet.findings</c> and <c>row.findings</c>: the findings of a sheet's cells, each null when the cell has none. Cells
/// of a project: <c>code</c>, <c>name</c>, <c>initial_budget</c>, <c>budget</c>, <c>spent</c>, <c>execution_points</c>,
/// <c>execution_rate</c>, <c>execution_score</c>, <c>goals</c>, <c>goal_outcomes</c>, <c>total_score</c>, <c>grade</c>,
/// <c>conclusion</c>, <c>as_of</c>, <c>monitoring_budget</c>, <c>monitoring_spent</c>, <c>monitoring_reason</c>,
/// <c>monitoring_remedy</c>, <c>monitoring_note</c>; of a row: <c>name</c>, <c>target</c>, <c>actual</c>, <c>points</c>,
/// <c>score</c>, <c>achievement</c>, <c>deviation_reason</c>, <c>progress</c>, <c>expected_year_end</c>,
/// <c>likelihood</c>, <c>deviation_causes</c>, <c>remedy</c>, <c>note</c>.
/// </summary>
internal sealed class SheetCellsView : ViewObject
{
    private static readonly string[] Names =
    [
        "code", "name", "initial_budget", "budget", "spent", "execution_points", "execution_rate", "execution_score", "goals",
        "goal_outcomes", "total_score", "grade", "conclusion", "as_of", "monitoring_budget", "monitoring_spent",
        "monitoring_reason", "monitoring_remedy", "monitoring_note", "target", "actual", "points", "score", "achievement",
        "deviation_reason", "progress", "expected_year_end", "likelihood", "deviation_causes", "remedy", "note", "count",
    ];

    private readonly RenderScope? _scope;
    private readonly Dictionary<string, List<Finding>>? _cells;

    public SheetCellsView(RenderScope? scope, Dictionary<string, List<Finding>>? cells)
    {
        _scope = scope;
        _cells = cells;
    }

    public static SheetCellsView Empty { get; } = new(null, null);

    public override IReadOnlyList<string> Members => Names;

    public override bool TryGet(string member, out object? value)
    {
        if (member == "count")
        {
            value = Boxes.Int(_cells?.Values.Sum(l => l.Count) ?? 0);
            return true;
        }

        if (Array.IndexOf(Names, member) < 0)
        {
            value = null;
            return false;
        }

        value = _cells is not null && _scope is not null && _cells.TryGetValue(member, out var list) ? _scope.Group(list) : null;
        return true;
    }
}

/// <summary>The findings of one project placed in the cells of a sheet, from their JSON Pointers; the rest are unplaced.</summary>
internal sealed class SheetFindings
{
    private readonly RenderScope _scope;
    private readonly Dictionary<int, Dictionary<string, List<Finding>>> _cells = [];

    private SheetFindings(RenderScope scope) => _scope = scope;

    public List<Finding> Unplaced { get; } = [];

    public static SheetFindings Build(RenderScope scope, ReviewIndex.ProjectFindings? findings, Project project)
    {
        var sheet = new SheetFindings(scope);
        if (findings is null)
        {
            return sheet;
        }

        var monitoringSheet = scope.Options.TableKind == TableKind.Monitoring;
        foreach (var finding in findings.All)
        {
            var tokens = (finding.Pointer ?? string.Empty).Split('/');

            // "", "projects", i, field, …
            var field = tokens.Length > 3 ? tokens[3] : null;
            var sub = tokens.Length > 4 ? tokens[4] : null;
            var place = field switch
            {
                "code" => (-1, "code"),
                "name" => (-1, "name"),
                "goals" => (-1, "goals"),
                "budget" => (-1, monitoringSheet ? "monitoring_budget" : "budget"),
                "evaluation" when !monitoringSheet => (-1, ProjectEvaluationCell(sub)),
                "monitoring" when monitoringSheet => (-1, ProjectMonitoringCell(sub)),
                "indicators" when tokens.Length > 4 && int.TryParse(tokens[4], NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row < project.Indicators.Length =>
                    (row, IndicatorCell(tokens.Length > 5 ? tokens[5] : null, tokens.Length > 6 ? tokens[6] : null, monitoringSheet)),
                _ => (-1, (string?)null),
            };
            if (place.Item2 is null)
            {
                sheet.Unplaced.Add(finding);
                continue;
            }

            if (!sheet._cells.TryGetValue(place.Item1, out var cells))
            {
                sheet._cells[place.Item1] = cells = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
            }

            if (!cells.TryGetValue(place.Item2, out var list))
            {
                cells[place.Item2] = list = [];
            }

            list.Add(finding);
        }

        return sheet;
    }

    public SheetCellsView Cells(int row) => _cells.TryGetValue(row, out var cells) ? new SheetCellsView(_scope, cells) : SheetCellsView.Empty;

    private static string? ProjectEvaluationCell(string? field) => field switch
    {
        "initialBudget" => "initial_budget",
        "budget" => "budget",
        "spent" => "spent",
        "executionPoints" => "execution_points",
        "executionRate" => "execution_rate",
        "executionScore" => "execution_score",
        "goalOutcomes" => "goal_outcomes",
        "grade" => "grade",
        "conclusion" or "problems" or "improvements" => "conclusion",
        _ => "total_score",
    };

    private static string? ProjectMonitoringCell(string? field) => field switch
    {
        "asOf" => "as_of",
        "budget" or "initialBudget" => "monitoring_budget",
        "spent" => "monitoring_spent",
        "deviationReason" => "monitoring_reason",
        "remedy" => "monitoring_remedy",
        "note" => "monitoring_note",
        _ => "monitoring_spent",
    };

    private static string? IndicatorCell(string? field, string? sub, bool monitoringSheet) => field switch
    {
        "target" or "targetValue" or "direction" => "target",
        "evaluation" when monitoringSheet => null,
        "monitoring" when !monitoringSheet => null,
        "evaluation" => sub switch
        {
            "actual" => "actual",
            "points" => "points",
            "score" => "score",
            "achievement" => "achievement",
            "deviationReason" => "deviation_reason",
            _ => "score",
        },
        "monitoring" => sub switch
        {
            "progress" => "progress",
            "expectedYearEnd" => "expected_year_end",
            "likelihood" => "likelihood",
            "deviationCauses" => "deviation_causes",
            "deviationReason" => "deviation_reason",
            "remedy" => "remedy",
            "note" => "note",
            _ => "progress",
        },
        _ => "name",
    };
}

/// <summary>How the sheets write figures and enum values.</summary>
internal static class SheetNumbers
{
    /// <summary>A decimal in the invariant culture without trailing zeros (9.90 is 9.9).</summary>
    public static string Format(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string GradeWord(EvaluationGrade grade, bool chinese) => grade switch
    {
        EvaluationGrade.Excellent => chinese ? "优" : "Excellent (优)",
        EvaluationGrade.Good => chinese ? "良" : "Good (良)",
        EvaluationGrade.Fair => chinese ? "中" : "Fair (中)",
        _ => chinese ? "差" : "Poor (差)",
    };

    public static string Name(Achievement achievement) => achievement switch
    {
        Achievement.Achieved => "achieved",
        Achievement.Partly => "partly",
        _ => "not_achieved",
    };

    public static string Name(MonitoringLikelihood likelihood) => likelihood switch
    {
        MonitoringLikelihood.Certain => "certain",
        MonitoringLikelihood.Possible => "possible",
        _ => "impossible",
    };

    public static string Name(DeviationCause cause) => cause switch
    {
        DeviationCause.Funding => "funding",
        DeviationCause.Policy => "policy",
        DeviationCause.Staffing => "staffing",
        DeviationCause.Facilities => "facilities",
        _ => "other",
    };
}
