using System.Globalization;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Import.Layouts;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Building;

/// <summary>
/// One project while a layout reads it: the builder's reading of the cells the layout names, into the values of a
/// <see cref="Project"/> with the place of each (see <see cref="TargetBuilder"/>). Value errors are reported here, in
/// one set of messages for every layout; structure errors (a cell missing from a row) are the layout's.
/// </summary>
internal sealed class ProjectDraft
{
    private readonly TargetBuilder _builder;
    private readonly ImportContext _context;
    private readonly int? _sequence;
    private readonly List<SpendingPoint> _plan = [];
    private readonly List<string> _goals = [];
    private readonly List<string> _periodGoals = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<Indicator> _periodIndicators = [];

    private string? _code;
    private decimal? _initialBudget;
    private decimal? _yearBudget;
    private decimal? _spent;
    private decimal? _totalScore;
    private EvaluationGrade? _grade;
    private string? _asOf;
    private bool _evaluated;
    private bool _monitored;
    private SourceCell? _name;
    private bool _nameTooLong;
    private SourceCell? _totalCell;
    private decimal? _total;
    private decimal? _fiscal;
    private decimal? _other;
    private string? _fundUse;
    private string? _review;
    private ProjectAttribute? _attribute;
    private ImplementationPeriod? _period;
    private string? _unitCode;
    private string? _unitName;
    private bool _unitPlaced;

    private bool _periodTable;
    private string? _level1;
    private Place _level1At;
    private string? _level2;
    private Place _level2At;

    internal ProjectDraft(TargetBuilder builder, int table, Place at, int? sequence, int firstDiagnostic)
    {
        _builder = builder;
        _context = builder.Context;
        Table = table;
        At = at;
        Locations = new ProjectLocations(builder.Pointers);
        _sequence = sequence;
        FirstDiagnostic = firstDiagnostic;
        Locations.Map(string.Empty, at);
        if (sequence is not null)
        {
            Locations.Map("/sequence", at);
        }
    }

    /// <summary>Gets the table number every place of the project is given.</summary>
    public int Table { get; }

    /// <summary>Gets where the project starts.</summary>
    public Place At { get; }

    /// <summary>Gets the project's name as read so far, or null.</summary>
    public string? Name => _name is { IsBlank: false } name && !_nameTooLong ? name.Text : null;

    /// <summary>Gets where the project's name is, when read.</summary>
    public Place? NameAt => _name?.At;

    internal ProjectLocations Locations { get; }

    internal int FirstDiagnostic { get; }

    internal Place UnitAt { get; private set; }

    internal Place UnitCodeAt { get; private set; }

    internal Place UnitNameAt { get; private set; }

    /// <summary>
    /// Reads the value of a project field: code, name, amounts, use of funds, goals, 新增/延续, implementation period,
    /// review opinion, or (in a flat table) the unit's name or code; 年度 goes to the document. A layout calls it once a
    /// field, except for goals, which accumulate.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="label">The cell that names it (the label cell, or the column's header), quoted in messages.</param>
    /// <param name="value">The cell that holds the value.</param>
    public void Field(ImportField field, SourceCell label, SourceCell value)
    {
        value = value with { At = value.At.InTable(Table) };
        switch (field)
        {
            case ImportField.ProjectCode:
                _code = Text(value, "项目编码", "the project code", "/code");
                break;
            case ImportField.ProjectName:
                _name = value;
                if (!value.IsBlank)
                {
                    _nameTooLong = _builder.Fits(value.Text, value.At, "项目名称", "the project name", "/name", Dropped.Project) is null;
                    Locations.Map("/name", value.At);
                }

                break;
            case ImportField.Total:
                _totalCell = value;
                _total = Amount(label, value, "/budget/total", required: true);
                if (_total is not null)
                {
                    Locations.Map("/budget", value.At);
                }

                break;
            case ImportField.Fiscal:
                _fiscal = Amount(label, value, "/budget/fiscal", required: false);
                break;
            case ImportField.Other:
                _other = Amount(label, value, "/budget/other", required: false);
                break;
            case ImportField.FundUse:
                _fundUse = Text(value, "资金用途", "the use of funds", "/fundUse");
                break;
            case ImportField.Review:
                _review = Text(value, "财政部门审核意见", "the review opinion", "/reviewOpinion");
                break;
            case ImportField.Attribute:
                Attribute(label, value);
                break;
            case ImportField.Period:
                Period(label, value);
                break;
            case ImportField.Goals:
                Goals(value, _goals, "/goals");
                break;
            case ImportField.PeriodGoals:
                Goals(value, _periodGoals, "/periodGoals");
                break;
            case ImportField.UnitName:
                _unitName = Text(value, "单位名称", "the unit name", "/unit/name");
                UnitPart(value, _unitName, code: false);
                break;
            case ImportField.UnitCode:
                _unitCode = Text(value, "单位编码", "the unit code", "/unit/code");
                UnitPart(value, _unitCode, code: true);
                break;
            case ImportField.Year:
                _builder.StatedYear(value, column: true);
                break;
            case ImportField.InitialBudget:
                _initialBudget = Amount(label, value, "/evaluation/initialBudget", required: true);
                break;
            case ImportField.YearBudget:
                _yearBudget = Amount(label, value, "/evaluation/budget", required: true);
                if (_total is null && _yearBudget is { } budget)
                {
                    // A self-evaluation or monitoring table without 预算数: its 全年预算数 is the budget.
                    _total = budget;
                    _totalCell = value;
                    Locations.Map("/budget/total", value.At);
                }

                break;
            case ImportField.Spent:
                _spent = Amount(label, value, "/evaluation/spent", required: true);
                break;
            case ImportField.TotalScore:
                _totalScore = Points(label, value, "/evaluation/totalScore");
                break;
            case ImportField.Grade:
                _grade = Grade(label, value);
                break;
            case ImportField.AsOf:
                _asOf = AsOf(label, value);
                _monitored |= _asOf is not null;
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Reads the unit cell heading a project table: a 6-digit unit code followed by the unit's name
    /// ("816001怀来县官厅镇人民政府"), or "单位名称：…" (a warning <c>PTI110</c>: a name without code).
    /// </summary>
    public void Unit(SourceCell cell)
    {
        cell = cell with { At = cell.At.InTable(Table) };
        var text = cell.Text;
        var key = CellText.LabelKey(text);
        var named = key.StartsWith("单位名称：", StringComparison.Ordinal) || key.StartsWith("预算单位：", StringComparison.Ordinal);
        if (CellText.StartsWithUnitCode(text, out var codeStart) && !named)
        {
            var nameStart = codeStart + 6;
            while (nameStart < text.Length && char.IsWhiteSpace(text[nameStart]))
            {
                nameStart++;
            }

            _unitCode = text.Substring(codeStart, 6);
            var name = text.Substring(nameStart);
            _unitName = name.Length == 0 ? null : _builder.Fits(name, cell.At, "单位名称", "the unit name", "/unit/name");
            UnitAt = UnitCodeAt = cell.AtOffset(codeStart);
            UnitNameAt = cell.AtOffset(nameStart);
        }
        else
        {
            var colon = Math.Max(text.IndexOf('：'), text.IndexOf(':'));
            var name = named ? text.Substring(colon + 1) : text;
            _unitCode = null;
            _unitName = _builder.Fits(name, cell.At, "单位名称", "the unit name", "/unit/name");
            UnitAt = cell.At;
            UnitNameAt = cell.AtOffset(named ? colon + 1 : 0);
            _context.Warning(
                ImportDiagnosticCodes.UnitHeader,
                cell.At,
                "The unit cell " + CellText.Quote(text) + " is not a 6-digit unit code followed by the unit name (such as \"816001怀来县官厅镇人民政府\"); it was imported as the unit name without code.",
                "单位单元格" + CellText.Quote(text) + "不是“6 位单位编码 + 单位名称”（如“816001怀来县官厅镇人民政府”）；已作为无编码的单位名称导入。");
        }

        _unitPlaced = true;
    }

    /// <summary>Takes the unit of the project before (a unit cell merged over several projects).</summary>
    public void InheritUnit(ProjectDraft previous)
    {
        if (previous._unitCode is null && previous._unitName is null)
        {
            return;
        }

        _unitCode = previous._unitCode;
        _unitName = previous._unitName;
        UnitAt = previous.UnitAt;
        UnitCodeAt = previous.UnitCodeAt;
        UnitNameAt = previous.UnitNameAt;
        _unitPlaced = true;
    }

    /// <summary>
    /// Reads the spending plan: each month heading ("3月底") with the cumulative percentage under it ("25%"), or
    /// null when the row of percentages is too short.
    /// </summary>
    public void SpendingPlan(SourceCell label, IReadOnlyList<(SourceCell Heading, SourceCell? Value)> points)
    {
        var count = points.Count.ToString(CultureInfo.InvariantCulture);
        var present = points.Count(p => p.Value is not null).ToString(CultureInfo.InvariantCulture);
        foreach (var (heading, value) in points)
        {
            if (!CellText.TryParseMonth(heading.Text, out var month))
            {
                _context.Report(
                    Severity.Error,
                    ImportDiagnosticCodes.InvalidNumber,
                    heading.At,
                    "The spending-plan heading " + CellText.Quote(heading.Text) + " is not a month such as 3月底; that column of the plan was not imported.",
                    "资金支出计划表头" + CellText.Quote(heading.Text) + "不是“3月底”这样的月份，该列未导入。",
                    relativePointer: "/spendingPlan");
                continue;
            }

            if (value is not { } cell)
            {
                _context.Report(
                    Severity.Error,
                    ImportDiagnosticCodes.MissingCells,
                    heading.At,
                    "The spending-plan row has no percentage under " + CellText.Quote(heading.Text) + " (it has " + present + " of " + count + "); that point was not imported.",
                    "资金支出计划行在" + CellText.Quote(heading.Text) + "下没有百分比（共 " + count + " 个，只有 " + present + " 个），该点未导入。",
                    relativePointer: "/spendingPlan");
                continue;
            }

            if (!CellText.TryParsePercent(cell.Text, out var percent))
            {
                _context.Report(
                    Severity.Error,
                    ImportDiagnosticCodes.InvalidNumber,
                    cell.At,
                    "The spending plan for " + CellText.Quote(heading.Text) + " holds " + CellText.Quote(cell.Text) + "; expected a percentage such as 25%. That point was not imported.",
                    CellText.Quote(heading.Text) + "的资金支出计划为" + CellText.Quote(cell.Text) + "，应为百分比，如 25%；该点未导入。",
                    relativePointer: "/spendingPlan");
                continue;
            }

            var pointer = "/spendingPlan/" + _plan.Count.ToString(CultureInfo.InvariantCulture);
            Locations.Map(pointer, cell.At);
            Locations.Map(pointer + "/month", heading.At);
            Locations.Map(pointer + "/cumulativePercent", cell.At);
            _plan.Add(new SpendingPoint { Month = month, CumulativePercent = percent });
        }

        if (_plan.Count > 0)
        {
            Locations.Map("/spendingPlan", label.At.InTable(Table));
        }
    }

    /// <summary>
    /// A header row of indicator columns: the rows after it are new indicators whose 一级/二级 cells carry down from
    /// nothing before; <paramref name="period"/> for the 实施期 indicators of a second header.
    /// </summary>
    public void IndicatorHeader(bool period)
    {
        _periodTable = period;
        _level1 = _level2 = null;
    }

    /// <summary>An indicator row that could not be read still carries its 一级指标 to the rows below, as the merged cell does.</summary>
    public void CarryLevel1(SourceCell cell)
    {
        if (!cell.IsBlank)
        {
            _level1 = cell.Text;
            _level1At = cell.At.InTable(Table);
            _level2 = null;
        }
    }

    /// <summary>
    /// Reads an indicator row: an empty 一级指标 continues the one above (a merged cell), and then an empty 二级指标
    /// too; 指标性质 + 指标值 + 度量单位 compose the target; 权重 is a number from 0 to 100; 指标方向 is 正向 or 反向.
    /// </summary>
    /// <param name="cells">The row's cells by field; 一级指标, 二级指标, 三级指标 and 指标值 are present.</param>
    /// <param name="row">The row, quoted when it is not imported.</param>
    /// <param name="rowAt">The place of the row as a whole.</param>
    public void Indicator(IndicatorCells cells, SourceRow row, Place rowAt)
    {
        rowAt = rowAt.InTable(Table);
        var list = _periodTable ? _periodIndicators : _indicators;
        var index = list.Count;
        if (!_builder.MayAddIndicator(_indicators.Count + _periodIndicators.Count, rowAt))
        {
            return;
        }

        SourceCell Cell(ImportField field) => cells[field] is { } cell ? cell with { At = cell.At.InTable(Table) } : new SourceCell(string.Empty, rowAt);
        SourceCell? Optional(ImportField field) => cells[field] is { } cell ? cell with { At = cell.At.InTable(Table) } : null;
        int P(IndicatorPointer field) => _builder.Pointers.Indicator(_periodTable, index, field);
        string Pointer(IndicatorPointer field) => _builder.Pointers[P(field)];

        var level1Cell = Cell(ImportField.Level1);
        var level2Cell = Cell(ImportField.Level2);
        var nameCell = Cell(ImportField.Name);
        var targetCell = Cell(ImportField.Target);
        var comparatorCell = Optional(ImportField.Comparator);
        var unitCell = Optional(ImportField.MeasureUnit);
        var descriptionCell = Optional(ImportField.Description);
        var basisCell = Optional(ImportField.Basis);

        // 指标性质 used for the direction (正向, 反向): the direction, not a part of the target.
        IndicatorDirection? kindDirection = null;
        if (comparatorCell is { IsBlank: false } kindCell && IndicatorValues.TryParseDirection(kindCell.Text, out var kind) && kind is not null)
        {
            kindDirection = kind;
        }

        var unknownComparator = false;
        var target = comparatorCell is not null || unitCell is not null
            ? IndicatorValues.ComposeTarget(kindDirection is null ? comparatorCell?.Text : null, targetCell.Text, unitCell?.Text, out unknownComparator)
            : targetCell.Text;
        if (!Fits(level1Cell, Pointer(IndicatorPointer.Level1), "一级指标", "一级指标 (level 1)")
            || !Fits(level2Cell, Pointer(IndicatorPointer.Level2), "二级指标", "二级指标 (level 2)")
            || !Fits(nameCell, Pointer(IndicatorPointer.Name), "三级指标", "三级指标 (the indicator name)")
            || _builder.Fits(target, targetCell.At, "指标值", "指标值 (the target)", Pointer(IndicatorPointer.Target), Dropped.Row) is null
            || (descriptionCell is { } d && !Fits(d, Pointer(IndicatorPointer.Description), "指标解释", "the indicator's description"))
            || (basisCell is { } b && !Fits(b, Pointer(IndicatorPointer.Basis), "指标值确定依据", "the basis of the target")))
        {
            return;
        }

        var carried = level1Cell.IsBlank;
        if (carried)
        {
            if (_level1 is null)
            {
                _context.Report(
                    Severity.Error,
                    ImportDiagnosticCodes.MissingValue,
                    level1Cell.At,
                    "The first indicator row has an empty 一级指标 cell, so there is no category to continue; the row " + row.Quote() + " was not imported.",
                    "第一行指标的一级指标为空，无可延续的类别；该行 " + row.Quote() + " 未导入。",
                    relativePointer: _periodTable ? "/periodIndicators" : "/indicators");
                return;
            }
        }
        else
        {
            _level1 = level1Cell.Text;
            _level1At = level1Cell.At;
            _level2 = null;
        }

        var level2 = level2Cell.Text;
        var level2At = level2Cell.At;
        if (level2Cell.IsBlank && carried && _level2 is not null)
        {
            level2 = _level2;
            level2At = _level2At;
        }
        else
        {
            _level2 = level2;
            _level2At = level2At;
        }

        if (comparatorCell is { } comparator && unknownComparator)
        {
            _context.Report(
                Severity.Warning,
                ImportDiagnosticCodes.UnknownComparator,
                comparator.At,
                "The 指标性质 " + CellText.Quote(comparator.Text) + " is not a comparator (≥ > = ≤ <, 定量 or 定性); it was written before the value as it stands.",
                "指标性质" + CellText.Quote(comparator.Text) + "不是比较符（≥ > = ≤ <、定量 或 定性），已原样写在指标值之前。",
                relativePointer: Pointer(IndicatorPointer.Target));
        }

        decimal? weight = null;
        if (Optional(ImportField.Weight) is { IsBlank: false } weightCell)
        {
            if (CellText.TryParseWeight(weightCell.Text, out var w) && w is >= 0 and <= 100)
            {
                weight = w;
                Locations.Map(P(IndicatorPointer.Weight), weightCell.At);
            }
            else
            {
                _context.Report(
                    Severity.Error,
                    ImportDiagnosticCodes.InvalidNumber,
                    weightCell.At,
                    "The weight " + CellText.Quote(weightCell.Text) + " is not a number from 0 to 100; it was not imported.",
                    "权重" + CellText.Quote(weightCell.Text) + "不是 0 到 100 之间的数，未导入。",
                    relativePointer: Pointer(IndicatorPointer.Weight));
            }
        }

        IndicatorDirection? direction = null;
        if (kindDirection is not null && Optional(ImportField.Direction) is not { IsBlank: false })
        {
            direction = kindDirection;
            Locations.Map(P(IndicatorPointer.Direction), comparatorCell!.Value.At);
        }
        else if (Optional(ImportField.Direction) is { } directionCell)
        {
            if (!IndicatorValues.TryParseDirection(directionCell.Text, out direction))
            {
                _context.Report(
                    Severity.Warning,
                    ImportDiagnosticCodes.UnknownDirection,
                    directionCell.At,
                    "The direction " + CellText.Quote(directionCell.Text) + " is neither 正向 nor 反向; it was not imported.",
                    "指标方向" + CellText.Quote(directionCell.Text) + "既不是正向也不是反向，未导入。",
                    relativePointer: Pointer(IndicatorPointer.Direction));
            }
            else if (direction is not null)
            {
                Locations.Map(P(IndicatorPointer.Direction), directionCell.At);
            }
        }

        var (evaluation, monitoring) = Lifecycle(cells, index);
        list.Add(new Indicator
        {
            Level1 = _level1!,
            Level2 = level2,
            Name = nameCell.Text,
            Description = descriptionCell?.Text,
            Target = target,
            Basis = basisCell?.Text,
            Weight = weight,
            Direction = direction,
            Evaluation = evaluation,
            Monitoring = monitoring,
        });
        Locations.Map(P(IndicatorPointer.Self), rowAt);
        Locations.Map(P(IndicatorPointer.Level1), _level1At);
        Locations.Map(P(IndicatorPointer.Level2), level2At);
        Locations.Map(P(IndicatorPointer.Name), nameCell.At);
        Locations.Map(P(IndicatorPointer.Target), (comparatorCell ?? targetCell).At);
        if (descriptionCell is { } description)
        {
            Locations.Map(P(IndicatorPointer.Description), description.At);
        }

        if (basisCell is { } basis)
        {
            Locations.Map(P(IndicatorPointer.Basis), basis.At);
        }
    }

    /// <summary>The project, or null after an error <c>PTI109</c> when it has no name or no budget total.</summary>
    internal Project? Build(Place end)
    {
        var name = Name;
        if (name is null || _total is not { } total)
        {
            if (_nameTooLong)
            {
                return null;
            }

            var noName = name is null;
            var at = noName ? _name?.At ?? end : _totalCell?.At ?? end;
            _context.Report(
                Severity.Error,
                ImportDiagnosticCodes.MissingValue,
                at,
                noName
                    ? "The project has no 项目名称 (the project name), which every project needs; it was not imported."
                    : "Project " + CellText.Quote(name) + " has no 预算数 (the budget total), which every project needs; it was not imported.",
                noName
                    ? "项目缺少项目名称（每个项目必需），未导入。"
                    : "项目" + CellText.Quote(name) + "缺少预算数（每个项目必需），未导入。",
                noName ? "Write the project's name in its 项目名称 cell." : "Write the project's budget total in its 预算数 cell (in a flat table, on the project's first row).",
                noName ? "请在项目名称单元格中填写项目名称。" : "请在预算数单元格中填写项目的预算数（一维表填在该项目的首行）。",
                relativePointer: string.Empty);
            return null;
        }

        var reference = FundingReferences.Find(name);
        if (reference is not null)
        {
            Locations.Map("/fundingReference", _name!.Value.AtOffset(name.IndexOf(reference, StringComparison.Ordinal)));
        }

        BudgetUnit? unit = null;
        if (_unitPlaced && (_unitCode is not null || _unitName is not null))
        {
            unit = new BudgetUnit { Code = _unitCode, Name = _unitName };
            Locations.Map("/unit", UnitAt);
            if (_unitCode is not null)
            {
                Locations.Map("/unit/code", UnitCodeAt);
            }

            if (_unitName is not null)
            {
                Locations.Map("/unit/name", UnitNameAt);
            }
        }

        return new Project
        {
            Sequence = _sequence,
            Unit = unit,
            Code = _code,
            Name = name,
            FundingReference = reference,
            Budget = new Budget { Total = total, Fiscal = _fiscal, Other = _other },
            FundUse = _fundUse,
            SpendingPlan = [.. _plan],
            Goals = [.. _goals],
            Indicators = [.. _indicators],
            Attribute = _attribute,
            ImplementationPeriod = _period,
            PeriodGoals = [.. _periodGoals],
            PeriodIndicators = [.. _periodIndicators],
            ReviewOpinion = _review,
            Evaluation = _evaluated || _totalScore is not null || _grade is not null || (!_monitored && (_spent is not null || _initialBudget is not null))
                ? new ProjectEvaluation { InitialBudget = _initialBudget, Budget = _yearBudget, Spent = _spent, TotalScore = _totalScore, Grade = _grade }
                : null,
            Monitoring = _monitored ? MonitoringBlock(end) : null,
        };
    }

    /// <summary>
    /// The self-evaluation and monitoring cells of an indicator row (format 1.1): 实际完成值, 分值, 得分 and the deviation
    /// reason make an <c>evaluation</c> block; 1–N月执行情况, 全年预计完成情况, 完成目标可能性 (and then the deviation reason
    /// and 改进措施) a <c>monitoring</c> block. Cells are kept verbatim; a number that does not read is reported and left out.
    /// </summary>
    private (IndicatorEvaluation? Evaluation, IndicatorMonitoring? Monitoring) Lifecycle(IndicatorCells cells, int index)
    {
        var prefix = (_periodTable ? "/periodIndicators/" : "/indicators/") + index.ToString(CultureInfo.InvariantCulture);
        string? Verbatim(ImportField field, string pointer)
        {
            if (cells[field] is not { IsBlank: false } cell)
            {
                return null;
            }

            var at = cell.At.InTable(Table);
            if (_builder.Fits(cell.Text, at, ImportColumns.Header(field), ImportColumns.Header(field), prefix + pointer) is not { } text)
            {
                return null;
            }

            Locations.Map(prefix + pointer, at);
            return text;
        }

        var monitoringTable = cells[ImportField.Progress] is not null || cells[ImportField.ExpectedYearEnd] is not null || cells[ImportField.Likelihood] is not null;
        var evaluationTable = cells[ImportField.Actual] is not null || cells[ImportField.Score] is not null || cells[ImportField.Points] is not null;
        IndicatorEvaluation? evaluation = null;
        IndicatorMonitoring? monitoring = null;
        if (evaluationTable)
        {
            var header = new SourceCell("分值", default);
            var points = cells[ImportField.Points] is { IsBlank: false } p ? Points(header, p with { At = p.At.InTable(Table) }, prefix + "/evaluation/points") : null;
            var score = cells[ImportField.Score] is { IsBlank: false } sc ? Points(new SourceCell("得分", default), sc with { At = sc.At.InTable(Table) }, prefix + "/evaluation/score") : null;
            evaluation = new IndicatorEvaluation
            {
                Actual = Verbatim(ImportField.Actual, "/evaluation/actual"),
                Points = points,
                Score = score,
                DeviationReason = monitoringTable ? null : Verbatim(ImportField.DeviationReason, "/evaluation/deviationReason"),
            };
            _evaluated = true;
        }

        if (monitoringTable)
        {
            MonitoringLikelihood? likelihood = null;
            if (cells[ImportField.Likelihood] is { IsBlank: false } l)
            {
                likelihood = Likelihood(l with { At = l.At.InTable(Table) }, prefix + "/monitoring/likelihood");
            }

            monitoring = new IndicatorMonitoring
            {
                Progress = Verbatim(ImportField.Progress, "/monitoring/progress"),
                ExpectedYearEnd = Verbatim(ImportField.ExpectedYearEnd, "/monitoring/expectedYearEnd"),
                Likelihood = likelihood,
                DeviationReason = Verbatim(ImportField.DeviationReason, "/monitoring/deviationReason"),
                Remedy = Verbatim(ImportField.Remedy, "/monitoring/remedy"),
            };
            _monitored = true;
        }

        return (evaluation, monitoring);
    }

    /// <summary>The project's monitoring block: as of the 监控时点 cell, else the last day of the month of a 1–N月 header in the fiscal year.</summary>
    private ProjectMonitoring? MonitoringBlock(Place end)
    {
        var asOf = _asOf;
        if (asOf is null && _builder.MonitoringMonth > 0 && _builder.KnownYear > 0)
        {
            var year = _builder.KnownYear;
            var month = _builder.MonitoringMonth;
            asOf = string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, DateTime.DaysInMonth(year, month));
        }

        if (asOf is null)
        {
            _context.Report(
                Severity.Warning,
                ImportDiagnosticCodes.InvalidValue,
                end,
                "The monitoring columns were imported for the indicators, but the project's monitoring date is unknown (no 监控时点 column and no 1–N月 header with a fiscal year), so the project has no monitoring block.",
                "已导入指标的监控列，但项目的监控时点不明（没有“监控时点”列，也没有带预算年度的“1–N月”表头），项目没有 monitoring 块。",
                relativePointer: "/monitoring");
            return null;
        }

        return new ProjectMonitoring { AsOf = asOf, InitialBudget = _initialBudget, Budget = _yearBudget, Spent = _spent };
    }

    /// <summary>Reads points or a score: a non-negative number, "分" after it and brackets around it allowed ("（10分）"); null (and <c>PTI108</c>) otherwise.</summary>
    private decimal? Points(SourceCell label, SourceCell value, string pointer)
    {
        if (value.IsBlank)
        {
            return null;
        }

        return NonNegative(label, value, CellText.PointsNumber(value.Text), pointer, Severity.Warning, "a number of points such as 10 or 9.5", "分数，如 10 或 9.5");
    }

    private EvaluationGrade? Grade(SourceCell label, SourceCell value)
    {
        if (value.IsBlank)
        {
            return null;
        }

        EvaluationGrade? grade = CellText.LabelKey(value.Text) switch
        {
            "优" or "优秀" or "A" => EvaluationGrade.Excellent,
            "良" or "良好" or "B" => EvaluationGrade.Good,
            "中" or "中等" or "合格" or "C" => EvaluationGrade.Fair,
            "差" or "较差" or "不合格" or "D" => EvaluationGrade.Poor,
            _ => null,
        };
        if (grade is null)
        {
            _context.Report(
                Severity.Warning,
                ImportDiagnosticCodes.InvalidValue,
                value.At,
                CellText.Quote(label.Text) + " holds " + CellText.Quote(value.Text) + ", which is not a grade (优, 良, 中, 差); it was not imported.",
                CellText.Quote(label.Text) + " 的值" + CellText.Quote(value.Text) + "不是评价等级（优、良、中、差），未导入。",
                relativePointer: "/evaluation/grade");
        }
        else
        {
            Locations.Map("/evaluation/grade", value.At);
        }

        return grade;
    }

    private string? AsOf(SourceCell label, SourceCell value)
    {
        if (value.IsBlank)
        {
            return null;
        }

        if (CellText.TryParseDate(value.Text, out var year, out var month, out var day))
        {
            Locations.Map("/monitoring/asOf", value.At);
            return string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day);
        }

        _context.Report(
            Severity.Warning,
            ImportDiagnosticCodes.InvalidValue,
            value.At,
            CellText.Quote(label.Text) + " holds " + CellText.Quote(value.Text) + ", which is not a date such as 2024-07-31 or 2024年7月31日; it was not imported.",
            CellText.Quote(label.Text) + " 的值" + CellText.Quote(value.Text) + "不是日期（如 2024-07-31 或 2024年7月31日），未导入。",
            relativePointer: "/monitoring/asOf");
        return null;
    }

    private MonitoringLikelihood? Likelihood(SourceCell value, string pointer)
    {
        MonitoringLikelihood? likelihood = CellText.LabelKey(value.Text) switch
        {
            "确定能" or "能" or "确定" or "是" or "可以" or "能完成" or "certain" => MonitoringLikelihood.Certain,
            "有可能" or "可能" or "基本能" or "较大可能" or "possible" => MonitoringLikelihood.Possible,
            "完全不可能" or "不可能" or "不能" or "否" or "impossible" => MonitoringLikelihood.Impossible,
            _ => null,
        };
        if (likelihood is null)
        {
            _context.Report(
                Severity.Warning,
                ImportDiagnosticCodes.InvalidValue,
                value.At,
                "完成目标可能性 " + CellText.Quote(value.Text) + " is none of 确定能, 有可能, 完全不可能; it was not imported.",
                "完成目标可能性" + CellText.Quote(value.Text) + "不是确定能、有可能或完全不可能，未导入。",
                relativePointer: pointer);
        }
        else
        {
            Locations.Map(pointer, value.At);
        }

        return likelihood;
    }

    /// <summary>Whether an indicator cell fits the string limit; the row is not imported when one does not.</summary>
    private bool Fits(SourceCell cell, string pointer, string what, string whatEnglish) =>
        _builder.Fits(cell.Text, cell.At, what, whatEnglish, pointer, Dropped.Row) is not null;

    /// <summary>An optional text value: null for a blank cell or (after <c>PTI012</c>) a value over the string limit.</summary>
    private string? Text(SourceCell value, string what, string whatEnglish, string pointer)
    {
        if (value.IsBlank || _builder.Fits(value.Text, value.At, what, whatEnglish, pointer) is not { } text)
        {
            return null;
        }

        Locations.Map(pointer, value.At);
        return text;
    }

    private void UnitPart(SourceCell value, string? text, bool code)
    {
        if (text is null)
        {
            return;
        }

        if (code)
        {
            UnitCodeAt = value.At;
        }
        else
        {
            UnitNameAt = value.At;
        }

        UnitAt = _unitName is not null ? UnitNameAt : UnitCodeAt;
        _unitPlaced = true;
    }

    /// <summary>
    /// Reads an amount: digits with an optional decimal point and well-placed thousands separators, its scale kept
    /// ("90.00"); an empty cell is 0, except the budget total, which a project needs (<c>PTI109</c> when the project ends).
    /// </summary>
    private decimal? Amount(SourceCell label, SourceCell value, string pointer, bool required)
    {
        if (value.IsBlank || (!required && NoAmount(value.Text)))
        {
            if (required)
            {
                return null;
            }

            Locations.Map(pointer, value.At);
            return 0m;
        }

        var text = value.Text;
        if (AmountWithUnit(text, out var number, out var unit))
        {
            var stated = _builder.StatedAmountText;
            if (stated is not null && !string.Equals(stated, unit, StringComparison.Ordinal))
            {
                _context.Report(
                    Severity.Error,
                    ImportDiagnosticCodes.InvalidNumber,
                    value.At,
                    CellText.Quote(label.Text) + " holds " + CellText.Quote(value.Text) + ", an amount in " + unit + ", but the amounts of this source are in " + stated + "; the value was not imported.",
                    CellText.Quote(label.Text) + " 的值为" + CellText.Quote(value.Text) + "，单位为" + unit + "，而本文件的金额单位为" + stated + "；该值未导入。",
                    "Write the amount in " + stated + ", without a unit.",
                    "请以" + stated + "为单位填写金额，不带单位。",
                    relativePointer: pointer);
                return null;
            }

            if (stated is null)
            {
                _builder.StatedAmountUnit(value, unit, Table);
            }

            text = number;
        }

        return NonNegative(label, value, text, pointer, Severity.Error, "a non-negative amount such as 67.54 or 1,234,567.00", "非负金额，如 67.54 或 1,234,567.00");
    }

    /// <summary>Whether a cell holds a mark for "none" that tables write for a zero amount: -, —, /, 无.</summary>
    private static bool NoAmount(string text) => CellText.LabelKey(text) is "-" or "－" or "—" or "——" or "–" or "/" or "／" or "无";

    /// <summary>Splits an amount written with its unit ("120.5万元", "3000 元") into the number and 万元 or 元.</summary>
    private static bool AmountWithUnit(string text, out string number, out string unit)
    {
        var s = text.Trim();
        unit = s.EndsWith("万元", StringComparison.Ordinal) ? "万元" : s.EndsWith("元", StringComparison.Ordinal) ? "元" : string.Empty;
        number = unit.Length == 0 ? s : s.Substring(0, s.Length - unit.Length).TrimEnd();
        return unit.Length > 0 && CellText.TryParseAmount(number, out _);
    }

    /// <summary>
    /// Reads a non-negative number from a cell's text (<see cref="CellText.TryParseAmount"/>, its scale kept) and maps its
    /// place; otherwise reports <c>PTI108</c> at the cell, saying what was expected, and gives null.
    /// </summary>
    private decimal? NonNegative(SourceCell label, SourceCell value, string text, string pointer, Severity severity, string expected, string expectedChinese)
    {
        if (CellText.TryParseAmount(text, out var number) && number >= 0)
        {
            Locations.Map(pointer, value.At);
            return number;
        }

        _context.Report(
            severity,
            ImportDiagnosticCodes.InvalidNumber,
            value.At,
            CellText.Quote(label.Text) + " holds " + CellText.Quote(value.Text) + "; expected " + expected + ". The value was not imported.",
            CellText.Quote(label.Text) + " 的值为" + CellText.Quote(value.Text) + "，应为" + expectedChinese + "；该值未导入。",
            relativePointer: pointer);
        return null;
    }

    private void Attribute(SourceCell label, SourceCell value)
    {
        if (value.IsBlank)
        {
            return;
        }

        _attribute = IndicatorValues.ParseAttribute(value.Text);
        if (_attribute is not null)
        {
            Locations.Map("/attribute", value.At);
        }
        else
        {
            _builder.InvalidValue(label.Text, value, "新增 or 延续", "新增 或 延续", "/attribute");
        }
    }

    private void Period(SourceCell label, SourceCell value)
    {
        if (value.IsBlank)
        {
            return;
        }

        if (CellText.TryParsePeriod(value.Text, out var start, out var end, out var startOffset, out var endOffset))
        {
            _period = new ImplementationPeriod { Start = start, End = end };
            Locations.Map("/implementationPeriod", value.At);
            Locations.Map("/implementationPeriod/start", value.AtOffset(startOffset));
            Locations.Map("/implementationPeriod/end", value.AtOffset(endOffset));
            return;
        }

        _builder.InvalidValue(label.Text, value, "a period such as 2023.07-2024.01", "起止年月，如 2023.07-2024.01", "/implementationPeriod");
    }

    /// <summary>Reads a goals cell: "1.甲；2.乙" gives two goals, numbering removed; a cell without numbering is one goal as written.</summary>
    private void Goals(SourceCell value, List<string> goals, string pointer)
    {
        if (value.IsBlank)
        {
            return;
        }

        foreach (var (text, offset) in CellText.SplitNumbered(value.Text))
        {
            var item = pointer + "/" + goals.Count.ToString(CultureInfo.InvariantCulture);
            if (_builder.Fits(text, value.AtOffset(offset), "绩效目标", "a goal", item) is { } goal)
            {
                if (goals.Count == 0)
                {
                    Locations.Map(pointer, value.AtOffset(offset));
                }

                Locations.Map(item, value.AtOffset(offset));
                goals.Add(goal);
            }
        }
    }
}
