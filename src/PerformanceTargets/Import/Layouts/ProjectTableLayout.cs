using System.Globalization;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import.Layouts;

/// <summary>The blocks of one project table: its title paragraphs and its rows, in order.</summary>
internal sealed class RawTable
{
    public RawTable(int ordinal, List<SourceCell> title)
    {
        Ordinal = ordinal;
        Title = title;
    }

    /// <summary>Gets the position of the table among the document's tables, from 1.</summary>
    public int Ordinal { get; }

    public List<SourceCell> Title { get; }

    public List<SourceRow> Rows { get; } = [];

    /// <summary>Gets the indicator headers that a caption of the implementation-period indicators (实施期绩效指标) stands above.</summary>
    public HashSet<SourceRow> PeriodCaptions { get; } = [];

    public int LastLine => Rows.Count > 0 ? Rows[^1].Cells[^1].At.Line : Title.Count > 0 ? Title[^1].At.Line : 0;
}

/// <summary>What reading one table gave the document layout: whether its project was kept, and its title facts.</summary>
internal sealed class ParsedTable
{
    public bool Kept { get; set; }

    public int? Sequence { get; set; }

    public int Number { get; set; }

    public string? Title { get; set; }

    public Place TitleAt { get; set; }
}

/// <summary>
/// Reads one project table of a budget performance text (the seed's layout: one table per project). Rows are
/// recognised by their label cells (项目编码, 预算数, 资金支出计划, 绩效目标, 一级指标 …, named in
/// <see cref="ImportColumns"/>), so that tables whose rows come in another order or lack a row still import; the
/// indicator rows are read by the column names of their header row. It checks the table's structure (a row cut short,
/// an unknown label, a cell too many) and hands every value cell to a <see cref="ProjectDraft"/>.
/// </summary>
internal sealed class ProjectTableLayout
{
    private static readonly HashSet<string> GroupLabels = new(
        ["预算规模及资金用途", "预算规模及用途", "预算规模", "资金规模", "预算情况", "资金来源", "项目资金", "资金情况", "项目资金情况", "资金投入"],
        StringComparer.Ordinal);

    /// <summary>Labels of a column merged in front of the indicator header and rows (绩效指标 over 一级指标 | 二级指标 …): not data.</summary>
    private static readonly HashSet<string> IndicatorGroupLabels = new(
        ["绩效指标", "年度绩效指标", "项目绩效指标", "实施期绩效指标", "年度指标", "实施期指标"],
        StringComparer.Ordinal);

    /// <summary>Labels of the unit that carries out the project (the project's unit), beside its supervising department (主管部门).</summary>
    private static readonly HashSet<string> ImplementingUnitLabels = new(["实施单位", "项目实施单位", "执行单位"], StringComparer.Ordinal);

    private static readonly string[] StageNames =
    [
        "the table title", "the unit row (816001… | 单位：万元)", "the row 项目编码 | … | 项目名称 | …", "the budget row (预算数 | 其中：财政资金 | 其他资金)",
        "the use of funds (资金用途)", "the spending plan (资金支出计划（%）| 3月底 …)", "the goals row (绩效目标)",
        "the indicator header (一级指标 | 二级指标 | 三级指标 | …)", "the indicator rows",
    ];

    private static readonly string[] StageNamesZh =
    [
        "表格标题", "单位行（816001… | 单位：万元）", "“项目编码 | … | 项目名称 | …”行", "预算行（预算数 | 其中：财政资金 | 其他资金）",
        "资金用途", "资金支出计划（资金支出计划（%）| 3月底 …）", "绩效目标行", "指标表头（一级指标 | 二级指标 | 三级指标 | …）", "指标行",
    ];

    private readonly TargetBuilder _builder;
    private readonly ImportContext _context;
    private readonly RawTable _table;
    private readonly ParsedTable _result = new();
    private readonly HashSet<object> _seen = [];
    private readonly IndicatorCells _cells = new();
    private ProjectDraft _draft = null!;

    private Pending _pending;
    private Place _pendingAt;
    private string _pendingLabel = string.Empty;
    private SourceCell _planLabel;
    private List<SourceCell> _months = [];

    private ImportField[]? _columns;
    private string _expected = string.Empty;
    private bool _columnsUsable;
    private bool _hasIndicators;
    private bool _blankIndicatorRows;
    private bool _periodCaption;
    private List<(int Index, ImportField Field, SourceCell Label)> _goalColumns = [];
    private int _rowNumber;
    private Stage _stage;

    private ProjectTableLayout(TargetBuilder builder, RawTable table)
    {
        _builder = builder;
        _context = builder.Context;
        _table = table;
    }

    private enum Pending
    {
        None,
        FundUse,
        Percents,

        /// <summary>After a row of percentages: a row below with an empty first cell holds more months (a plan of more than 12 points).</summary>
        MoreMonths,

        /// <summary>After a goals row of sub-labels only (总体目标 | 实施期目标 | 年度目标): the texts are in the row below, column by column.</summary>
        Goals,
        Skipped,
    }

    private enum Stage
    {
        Title,
        Unit,
        Fields,
        Budget,
        FundUse,
        Plan,
        Goals,
        IndicatorHeader,
        Indicators,
    }

    private enum RowKind
    {
        Continuation,
        Unit,
        Fields,

        /// <summary>Label/value pairs whose first label is unknown: fields in the header block, an indicator row in the indicator rows.</summary>
        Pairs,
        Group,
        Plan,
        Goals,
        PeriodGoals,
        IndicatorHeader,
        Other,
    }

    private int Table => _result.Number;

    /// <summary>Whether a row starts a project table of its own (the unit row or the code/name row).</summary>
    public static bool StartsTable(SourceRow row)
    {
        var kind = Classify(row);
        return kind == RowKind.Unit || (kind == RowKind.Fields && ImportColumns.Label(row.Text(0)) is ImportField.ProjectCode or ImportField.ProjectName);
    }

    /// <summary>Whether a row is an indicator header (一级指标 | 二级指标 | …).</summary>
    public static bool IsIndicatorHeader(SourceRow row) => Classify(row) == RowKind.IndicatorHeader;

    /// <summary>
    /// The number of cells in front of an indicator header's 一级指标 that are no indicator columns: 序号 (ignored, as in
    /// a flat table) and a group label merged over the indicator rows (绩效指标, 年度绩效指标 …); at most two.
    /// </summary>
    public static int IndicatorLead(SourceRow row)
    {
        var lead = 0;
        while (lead < 2 && lead < row.Count)
        {
            var key = CellText.LabelKey(row.Text(lead));
            if (!IndicatorGroupLabels.Contains(key) && ImportColumns.Lookup(key, null) != ImportField.Ignored)
            {
                break;
            }

            lead++;
        }

        return lead;
    }

    /// <summary>Whether a row is labelled as a row of a project table (unit, fields, budget, plan, goals, indicator header).</summary>
    public static bool IsLabelRow(SourceRow row) => Classify(row) is not (RowKind.Continuation or RowKind.Other);

    /// <summary>
    /// Whether rows are (a part of) a project table: they hold an indicator header, or labelled rows of two kinds
    /// besides the unit row (such as 项目名称 and 预算数, or 预算数 and 绩效目标). A table that merely has a 项目名称
    /// column (a summary of the budget) is not one.
    /// </summary>
    public static bool IsProjectTable(IEnumerable<SourceRow> rows)
    {
        var kinds = new HashSet<RowKind>();
        foreach (var row in rows)
        {
            var kind = Classify(row);
            if (kind == RowKind.IndicatorHeader)
            {
                return true;
            }

            if (kind is not (RowKind.Continuation or RowKind.Other or RowKind.Unit) && kinds.Add(kind == RowKind.Pairs ? RowKind.Fields : kind) && kinds.Count >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a table into a project of <paramref name="builder"/>.</summary>
    public static ParsedTable Read(TargetBuilder builder, RawTable table) => new ProjectTableLayout(builder, table).Run();

    private static bool IsFieldLabel(ImportField field) => field is not (ImportField.None or ImportField.Goals or ImportField.PeriodGoals);

    private static bool IsGoalLabel(ImportField field) => field is ImportField.Goals or ImportField.PeriodGoals;

    /// <summary>
    /// Whether a label names the project's unit: the unit that carries it out (实施单位), or a name of the unit in the
    /// shared list (主管部门, 单位名称, 预算单位 …), which is the project's unit unless its row also names the 实施单位.
    /// </summary>
    private static bool IsUnitLabel(string? text, out bool implementing)
    {
        var key = CellText.LabelKey(text);
        if (key.Length > 1 && key[^1] == '：')
        {
            key = key.Substring(0, key.Length - 1);
        }

        implementing = ImplementingUnitLabels.Contains(key);
        return implementing || (key != "单位" && ImportColumns.Lookup(key, null) == ImportField.UnitName);
    }

    /// <summary>A group label (项目资金, 资金情况 …), also with the amount unit after it (项目资金（万元）); the unit is returned.</summary>
    private static bool IsGroupLabel(string key, out string? amountUnit)
    {
        amountUnit = null;
        if (GroupLabels.Contains(key))
        {
            return true;
        }

        foreach (var unit in new[] { "万元", "元" })
        {
            var suffix = "（" + unit + "）";
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal) && GroupLabels.Contains(key.Substring(0, key.Length - suffix.Length)))
            {
                amountUnit = unit;
                return true;
            }
        }

        return false;
    }

    private static RowKind Classify(SourceRow row)
    {
        var first = row.Text(0);
        var key = CellText.LabelKey(first);
        if (key.Length == 0)
        {
            return RowKind.Continuation;
        }

        if (CellText.StartsWithUnitCode(first, out _) || key.StartsWith("单位：", StringComparison.Ordinal) || key.StartsWith("金额单位：", StringComparison.Ordinal)
            || key.StartsWith("单位名称：", StringComparison.Ordinal) || key.StartsWith("预算单位：", StringComparison.Ordinal))
        {
            return RowKind.Unit;
        }

        var label = ImportColumns.Label(key);
        if (IsFieldLabel(label) || IsUnitLabel(key, out _))
        {
            return RowKind.Fields;
        }

        if (IsGroupLabel(key, out _))
        {
            return RowKind.Group;
        }

        if (key.StartsWith("资金支出计划", StringComparison.Ordinal) || key.StartsWith("支出计划", StringComparison.Ordinal) || key.StartsWith("用款计划", StringComparison.Ordinal))
        {
            return RowKind.Plan;
        }

        if (label == ImportField.Goals)
        {
            return RowKind.Goals;
        }

        if (label == ImportField.PeriodGoals)
        {
            return RowKind.PeriodGoals;
        }

        var lead = IndicatorLead(row);
        if (ImportColumns.Lookup(row.Text(lead), null) == ImportField.Level1 && row.Count > lead + 1 && ImportColumns.IsIndicatorField(ImportColumns.Lookup(row.Text(lead + 1), null)))
        {
            return RowKind.IndicatorHeader;
        }

        // A row of label/value pairs whose first label is unknown ("项目号码 | … | 项目名称 | …"): the known pairs still count.
        for (var i = 2; i < row.Count; i += 2)
        {
            if (IsFieldLabel(ImportColumns.Label(row.Text(i))))
            {
                return RowKind.Pairs;
            }
        }

        return IsUnitRow(row) ? RowKind.Unit : RowKind.Other;
    }

    /// <summary>
    /// Whether a row whose first cell is no label is the unit row: two cells at most that hold text, the last of them the
    /// amount unit (单位：万元). Its first cell is then the budget unit, whatever it holds (a name without its code).
    /// </summary>
    private static bool IsUnitRow(SourceRow row)
    {
        var last = -1;
        var count = 0;
        for (var i = 0; i < row.Count; i++)
        {
            if (!row.Cells[i].IsBlank)
            {
                last = i;
                count++;
            }
        }

        if (count != 2 || last == 0)
        {
            return false;
        }

        var key = CellText.LabelKey(row.Text(last));
        return key.StartsWith("单位：", StringComparison.Ordinal) || key.StartsWith("金额单位：", StringComparison.Ordinal);
    }

    private ParsedTable Run()
    {
        ReadTitle();
        for (var i = 0; i < _table.Rows.Count; i++)
        {
            var row = _table.Rows[i];
            _rowNumber = row.Number > 0 ? row.Number : i + 1; // a Word table's own row numbers; the text layout counts rows here
            row.Stamp(Table, _rowNumber);
            ReadRow(row);
        }

        Finish();
        return _result;
    }

    private Place AtRow(SourceRow row) => new(row.Line, 0, Table, _rowNumber);

    private void ReadTitle()
    {
        if (_table.Title.Count == 0)
        {
            _result.Number = _table.Ordinal;
            _result.TitleAt = new Place(_table.Rows[0].Line, 0, _table.Ordinal);
            _context.Warning(
                ImportDiagnosticCodes.TitleMismatch,
                _result.TitleAt,
                "The table starting here has no title line (such as \"1.官厅镇村干部工资绩效目标表\"); its sequence number is unknown.",
                "此处开始的表格没有标题行（如“1.官厅镇村干部工资绩效目标表”），表序号未知。");
            _draft = _builder.BeginProject(_result.Number, _result.TitleAt);
            return;
        }

        var first = _table.Title[0];
        var title = string.Concat(_table.Title.Select(p => p.Text));
        _result.Title = title;
        if (CellText.NumberingLength(title, out var sequence) > 0 && sequence >= 1)
        {
            _result.Sequence = sequence;
        }

        _result.Number = _result.Sequence ?? _table.Ordinal;
        _result.TitleAt = first.At.InTable(_result.Number);
        if (_result.Sequence is null)
        {
            _context.Warning(
                ImportDiagnosticCodes.TitleMismatch,
                _result.TitleAt,
                "The table title " + CellText.Quote(title) + " does not start with a sequence number such as \"1.\".",
                "表格标题" + CellText.Quote(title) + "不以“1.”这样的序号开头。");
        }

        _draft = _builder.BeginProject(_result.Number, _result.TitleAt, _result.Sequence);
    }

    private void ReadRow(SourceRow row)
    {
        if (row.IsEmpty)
        {
            // Blank rows below the indicator header: the table is whole, its indicator rows left blank (the form of a
            // project with no indicators yet), not cut short.
            _blankIndicatorRows |= _columns is not null;
            return;
        }

        var kind = Classify(row);
        if (_pending is Pending.FundUse or Pending.Percents or Pending.MoreMonths or Pending.Goals && kind != RowKind.Continuation && _pendingLabel.Length > 0
            && string.Equals(CellText.LabelKey(row.Text(0)), _pendingLabel, StringComparison.Ordinal))
        {
            // The label repeated on the row below instead of merged over both (预算规模及资金用途, 资金支出计划（%））.
            kind = RowKind.Continuation;
        }

        if (_pending != Pending.None)
        {
            var pending = _pending;
            _pending = Pending.None;
            var pendingLine = _pendingAt.Line.ToString(CultureInfo.InvariantCulture);
            if (kind == RowKind.Continuation && pending == Pending.Skipped)
            {
                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    AtRow(row),
                    "The row continues the unrecognised row at line " + pendingLine + " (its first cell is empty) and was not imported either: " + row.Quote() + ".",
                    "该行延续第 " + pendingLine + " 行无法识别的行（首格为空），同样未导入：" + row.Quote() + "。");
                return;
            }

            if (kind == RowKind.Continuation)
            {
                switch (pending)
                {
                    case Pending.FundUse when row.Count > 2 && IsFieldLabel(ImportColumns.Label(row.Text(1))):
                        // Budget rows stacked under a group label (项目资金 | 年度资金总额 | 120.50, then | 其中：财政拨款 | 100.00).
                        ReadFields(row, 1);
                        _pending = Pending.FundUse;
                        break;
                    case Pending.FundUse:
                        ReadFundUse(row);
                        break;
                    case Pending.Goals:
                        ReadGoalTexts(row);
                        break;
                    case Pending.Percents:
                        ReadPercents(row);
                        break;
                    default:
                        ReadMoreMonths(row);
                        break;
                }

                return;
            }

            if (pending == Pending.Percents)
            {
                _context.Error(
                    ImportDiagnosticCodes.TableCutShort,
                    AtRow(row),
                    "The spending plan at line " + pendingLine + " is not followed by its row of percentages (an empty first cell, then 25% 50% …); the plan was not imported.",
                    "第 " + pendingLine + " 行的资金支出计划之后没有百分比行（首格为空，随后为 25% 50% …），支出计划未导入。");
            }
        }

        // Below the indicator header a row is an indicator unless it starts with a label of its own: with 一级指标 written
        // on every row instead of merged, an indicator named like a label (预算资金) is no budget row.
        if (_columns is not null && kind is RowKind.Continuation or RowKind.Other or RowKind.Pairs)
        {
            if (IsPeriodCaption(row))
            {
                // A caption row of the implementation-period indicators (实施期绩效指标) above their header.
                _periodCaption = true;
                return;
            }

            ReadIndicator(row);
            return;
        }

        switch (kind)
        {
            case RowKind.Unit:
                Advance(Stage.Unit);
                ReadUnit(row);
                break;
            case RowKind.Fields or RowKind.Pairs:
                ReadFields(row, 0);
                break;
            case RowKind.Group:
                Advance(Stage.Budget);
                if (IsGroupLabel(CellText.LabelKey(row.Text(0)), out var amountUnit) && amountUnit is not null && FirstTime("amount unit", row.Cells[0], "单位"))
                {
                    _builder.StatedAmountUnit(row.Cells[0], amountUnit, Table);
                }

                ReadFields(row, 1);
                _pending = Pending.FundUse;
                _pendingAt = AtRow(row);
                _pendingLabel = CellText.LabelKey(row.Text(0));
                break;
            case RowKind.Plan:
                Advance(Stage.Plan);
                ReadMonths(row);
                break;
            case RowKind.Goals:
                Advance(Stage.Goals);
                ReadGoals(row, ImportField.Goals);
                break;
            case RowKind.PeriodGoals:
                Advance(Stage.Goals);
                ReadGoals(row, ImportField.PeriodGoals);
                break;
            case RowKind.IndicatorHeader:
                Advance(Stage.IndicatorHeader);
                ReadHeader(row);
                break;
            case RowKind.Continuation:
                NoLabel(row);
                break;
            default:
                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    row.Cells[0].At,
                    "Unknown label " + CellText.Quote(row.Text(0)) + "; expected 项目编码, 项目名称, 预算规模及资金用途, 资金支出计划（%）, 绩效目标 or 一级指标. The row " + row.Quote() + " was not imported.",
                    "未知标签" + CellText.Quote(row.Text(0)) + "；应为 项目编码、项目名称、预算规模及资金用途、资金支出计划（%）、绩效目标 或 一级指标。该行 " + row.Quote() + " 未导入。");
                _pending = Pending.Skipped;
                _pendingAt = AtRow(row);
                break;
        }
    }

    private void NoLabel(SourceRow row) =>
        _context.Error(
            ImportDiagnosticCodes.UnknownLabel,
            AtRow(row),
            "The row starts with an empty cell where a label (项目编码, 预算数, 绩效目标, 一级指标 …) was expected; its cells " + row.Quote() + " were not imported.",
            "该行首格为空，此处应为标签（项目编码、预算数、绩效目标、一级指标 等）；其单元格 " + row.Quote() + " 未导入。");

    private void Advance(Stage stage)
    {
        if (stage > _stage)
        {
            _stage = stage;
        }
    }

    /// <summary>
    /// Whether a label is met for the first time in this table (a field, or the rows "unit", "amount unit" and
    /// "spending plan"); a second is a warning (<c>PTI112</c>) and not imported.
    /// </summary>
    private bool FirstTime(object key, SourceCell value, string label)
    {
        if (_seen.Add(key))
        {
            return true;
        }

        _context.Warning(
            ImportDiagnosticCodes.DuplicateField,
            value.At,
            CellText.Quote(label) + " appears a second time in this table; the first value was kept and " + CellText.Quote(value.Text) + " was not imported.",
            CellText.Quote(label) + " 在本表中第二次出现；保留了第一次的值，" + CellText.Quote(value.Text) + " 未导入。");
        return false;
    }

    private void ReadUnit(SourceRow row)
    {
        foreach (var cell in row.Cells)
        {
            var key = CellText.LabelKey(cell.Text);
            if (key.Length == 0)
            {
                continue;
            }

            if (key.StartsWith("单位：", StringComparison.Ordinal) || key.StartsWith("金额单位：", StringComparison.Ordinal))
            {
                if (FirstTime("amount unit", cell, "单位"))
                {
                    _builder.StatedAmountUnit(cell, key.Substring(key.IndexOf('：') + 1), Table);
                }

                continue;
            }

            if (FirstTime("unit", cell, "单位"))
            {
                _draft.Unit(cell);
            }
        }
    }

    private void ReadFields(SourceRow row, int start)
    {
        var cells = row.Cells;
        var i = start;
        while (i < cells.Length)
        {
            var label = cells[i];
            if (label.IsBlank)
            {
                i++;
                continue;
            }

            SourceCell? value = i + 1 < cells.Length ? cells[i + 1] : null;
            var field = ImportColumns.Label(label.Text);
            if (!IsFieldLabel(field) && IsUnitLabel(label.Text, out var implementing))
            {
                // The project's unit is the one that carries it out (实施单位); its supervising department (主管部门) is
                // the project's unit only when the row names no 实施单位.
                if (value is { } unitCell && (implementing || !RowNamesImplementingUnit(row, start))
                    && FirstTime("unit", unitCell, label.Text))
                {
                    _draft.Field(ImportField.UnitName, label, unitCell);
                }

                i += 2;
                continue;
            }

            if (!IsFieldLabel(field))
            {
                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    label.At,
                    "Unknown label " + CellText.Quote(label.Text) + "; expected one of 项目编码, 项目名称, 预算数, 其中：财政资金, 其他资金, 项目属性, 项目实施期, 资金用途. It and its value " + CellText.Quote(value?.Text) + " were not imported.",
                    "未知标签" + CellText.Quote(label.Text) + "；应为 项目编码、项目名称、预算数、其中：财政资金、其他资金、项目属性、项目实施期、资金用途 之一。该标签及其值" + CellText.Quote(value?.Text) + "未导入。");
                i += 2;
                continue;
            }

            if (value is not { } cell)
            {
                if (field is ImportField.FundUse)
                {
                    // 资金用途 as the last cell of a row: the text is in the next row, as under 预算规模及资金用途.
                    _pending = Pending.FundUse;
                    _pendingAt = label.At;
                    _pendingLabel = i == 0 ? CellText.LabelKey(label.Text) : string.Empty;
                    break;
                }

                _context.Error(
                    ImportDiagnosticCodes.MissingCells,
                    label.At,
                    "The label " + CellText.Quote(label.Text) + " is the last cell of its row; expected its value in the next cell. Nothing was imported for it.",
                    "标签" + CellText.Quote(label.Text) + "是该行最后一个单元格，其后应有取值单元格；该项未导入。");
                break;
            }

            if (FirstTime(field, cell, label.Text))
            {
                Advance(field switch
                {
                    ImportField.ProjectCode or ImportField.ProjectName => Stage.Fields,
                    ImportField.Total => Stage.Budget,
                    ImportField.FundUse => Stage.FundUse,
                    _ => Stage.Title,
                });
                _draft.Field(field, label, cell);
            }

            i += 2;
        }
    }

    private static bool RowNamesImplementingUnit(SourceRow row, int start)
    {
        for (var i = start; i < row.Count; i += 2)
        {
            if (IsUnitLabel(row.Text(i), out var implementing) && implementing)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPeriodCaption(SourceRow row)
    {
        var texts = row.Cells.Where(c => !c.IsBlank).ToList();
        return texts.Count == 1 && CellText.LabelKey(texts[0].Text).StartsWith("实施期", StringComparison.Ordinal)
            && CellText.LabelKey(texts[0].Text).EndsWith("指标", StringComparison.Ordinal);
    }

    private void ReadFundUse(SourceRow row)
    {
        Advance(Stage.FundUse);
        if (row.Count < 2)
        {
            _context.Error(
                ImportDiagnosticCodes.MissingCells,
                AtRow(row),
                "The use-of-funds row has no text cell after its empty first cell; expected the 资金用途 text.",
                "资金用途行在首个空单元格之后没有文本单元格，应为资金用途说明。");
            return;
        }

        var cell = row.Cells[1];
        if (FirstTime(ImportField.FundUse, cell, "资金用途"))
        {
            _draft.Field(ImportField.FundUse, new SourceCell("资金用途", _pendingAt), cell);
        }

        ReportExtraCells(row, 2);
    }

    private void ReportExtraCells(SourceRow row, int from) => RowChecks.ExtraCells(row, from, ImportDiagnosticCodes.UnexpectedCell, _context);

    private void ReadMonths(SourceRow row)
    {
        if (!FirstTime("spending plan", row.Cells[0], row.Text(0)))
        {
            return;
        }

        _planLabel = row.Cells[0];
        _pendingLabel = CellText.LabelKey(row.Text(0));
        Months(row);
    }

    /// <summary>The month headings of a plan row; none (an empty plan) expect no row of percentages, whose cells would be empty too.</summary>
    private void Months(SourceRow row)
    {
        _months = [.. row.Cells.Skip(1).Where(c => !c.IsBlank)];
        _pending = _months.Count > 0 ? Pending.Percents : Pending.None;
        _pendingAt = AtRow(row);
    }

    /// <summary>A second row of month headings under the plan's label (a plan of more than 12 points), or the row below the percentages.</summary>
    private void ReadMoreMonths(SourceRow row)
    {
        if (row.Cells.Skip(1).Any(c => !c.IsBlank && !CellText.TryParseMonth(c.Text, out _)))
        {
            // Not months: the row is read as any row with an empty first cell after the plan is.
            NoLabel(row);
            return;
        }

        Months(row);
    }

    private void ReadPercents(SourceRow row)
    {
        var values = row.Cells.Skip(1).ToList();
        var points = new List<(SourceCell, SourceCell?)>(_months.Count);
        for (var k = 0; k < _months.Count; k++)
        {
            points.Add((_months[k], k < values.Count ? values[k] : null));
        }

        _draft.SpendingPlan(_planLabel, points);
        ReportExtraCells(row, _months.Count + 1);
        _pending = Pending.MoreMonths;
        _pendingAt = AtRow(row);
    }

    /// <summary>
    /// Reads a goals row: the texts after the label go to its list, and a cell that is itself a goals label (总体目标 |
    /// 年度目标 | text) is no text but says which list the texts after it go to. A row of such sub-labels only
    /// (总体目标 | 实施期目标 | 年度目标) leaves its texts to the row below, column by column.
    /// </summary>
    private void ReadGoals(SourceRow row, ImportField field)
    {
        var label = row.Cells[0];
        var subLabels = new List<(int Index, ImportField Field, SourceCell Label)>();
        var values = new List<(ImportField Field, SourceCell Label, SourceCell Value)>();
        for (var i = 1; i < row.Count; i++)
        {
            var sub = ImportColumns.Label(row.Text(i));
            if (IsGoalLabel(sub))
            {
                field = sub;
                label = row.Cells[i];
                subLabels.Add((i, sub, label));
                continue;
            }

            values.Add((field, label, row.Cells[i]));
        }

        if (subLabels.Count > 0 && values.TrueForAll(v => v.Value.IsBlank))
        {
            _goalColumns = subLabels;
            _pending = Pending.Goals;
            _pendingAt = AtRow(row);
            _pendingLabel = CellText.LabelKey(row.Text(0));
            return;
        }

        if (subLabels.Count == 0)
        {
            // The row's own label: its texts go to its list, or the list was given before (PTI112).
            if (FirstTime(field, row.Cells[0], row.Text(0)))
            {
                foreach (var (f, l, v) in values)
                {
                    _draft.Field(f, l, v);
                }
            }

            return;
        }

        AddGoals(values);
    }

    /// <summary>The row below a row of goals sub-labels: the text in a sub-label's column goes to its list.</summary>
    private void ReadGoalTexts(SourceRow row)
    {
        if (row.Count > 1 && IsGoalLabel(ImportColumns.Label(row.Text(1))))
        {
            // More sub-labels under the same label (| 实施期目标 | text).
            ReadGoals(new SourceRow(row.Number, row.Line, row.Cells.Skip(1).ToArray()), ImportColumns.Label(row.Text(1)));
            return;
        }

        var values = new List<(ImportField Field, SourceCell Label, SourceCell Value)>();
        for (var i = 1; i < row.Count; i++)
        {
            var column = _goalColumns.FindLast(c => c.Index <= i);
            if (column.Label.Text is null)
            {
                column = _goalColumns[0];
            }

            values.Add((column.Field, column.Label, row.Cells[i]));
        }

        AddGoals(values);
    }

    private void AddGoals(List<(ImportField Field, SourceCell Label, SourceCell Value)> values)
    {
        var refused = new HashSet<ImportField>();
        var given = new HashSet<ImportField>();
        foreach (var (field, label, value) in values)
        {
            if (refused.Contains(field) || (!given.Contains(field) && value.IsBlank))
            {
                continue;
            }

            if (given.Add(field) && !FirstTime(field, label, label.Text))
            {
                refused.Add(field);
                continue;
            }

            _draft.Field(field, label, value);
        }
    }

    private void ReadHeader(SourceRow row)
    {
        // A label merged in front of the header and its rows (绩效指标) and a 序号 column are no indicator columns.
        var lead = IndicatorLead(row);
        var leadKeys = row.Cells.Take(lead).Select(c => CellText.LabelKey(c.Text)).ToList();
        _periodCaption |= _table.PeriodCaptions.Contains(row) || leadKeys.Exists(k => k.StartsWith("实施期", StringComparison.Ordinal));
        var repeated = _columns is not null || _hasIndicators;
        if (repeated && !_periodCaption && !_seen.Contains(ImportField.PeriodGoals))
        {
            // A second header with no 实施期 caption, label or period goals before it repeats the first (a table
            // continued on the next page): it is left out, as in a flat table, and the rows below continue the list.
            if (_columns is not null && _expected == string.Join(" | ", row.Cells.Take(_columns.Length).Select(c => c.Text)))
            {
                return;
            }
        }

        var period = repeated && (_periodCaption || _seen.Contains(ImportField.PeriodGoals));
        var rest = lead == 0 ? row : new SourceRow(row.Number, row.Line, row.Cells.Skip(lead).ToArray());
        var fields = new ImportField[lead].Concat(HeaderRow.Map(rest, f => ImportColumns.IsIndicatorField(f), _context)).ToArray();
        for (var i = 0; i < lead; i++)
        {
            fields[i] = ImportField.Ignored;
        }

        // Trailing empty header cells are artefacts: a row's cells are counted against the named columns.
        var count = fields.Length;
        while (count > 0 && fields[count - 1] == ImportField.None && row.Cells[count - 1].IsBlank)
        {
            count--;
        }

        _columns = fields.Take(count).ToArray();
        _expected = string.Join(" | ", row.Cells.Take(count).Select(c => c.Text));
        if (!repeated || period)
        {
            _draft.IndicatorHeader(period);
        }

        var missing = ImportColumns.RequiredIndicatorFields.Where(f => Array.IndexOf(_columns, f) < 0).ToList();
        _columnsUsable = missing.Count == 0;
        if (!_columnsUsable)
        {
            var names = string.Join("、", missing.Select(ImportColumns.Header));
            _context.Error(
                ImportDiagnosticCodes.MissingValue,
                AtRow(row),
                "The indicator header lacks the column(s) " + names + "; the indicator rows of this table were not imported.",
                "指标表头缺少列：" + names + "；本表的指标行未导入。");
        }
    }

    private void ReadIndicator(SourceRow row)
    {
        Advance(Stage.Indicators);
        var columns = _columns!;
        if (!_columnsUsable)
        {
            return;
        }

        if (row.Count < columns.Length)
        {
            var count = row.Count.ToString(CultureInfo.InvariantCulture);
            var expected = columns.Length.ToString(CultureInfo.InvariantCulture);
            _context.Error(
                ImportDiagnosticCodes.MissingCells,
                AtRow(row),
                "The indicator row has " + count + " cells where " + expected + " were expected (" + _expected + "); the row " + row.Quote() + " was not imported.",
                "指标行有 " + count + " 个单元格，应为 " + expected + " 个（" + _expected + "）；该行 " + row.Quote() + " 未导入。",
                "Check the table in the source: a cell is missing or a row break is misplaced.",
                "请核对源文件中的表格：可能缺少单元格，或换行位置有误。");
            var level1 = Array.IndexOf(columns, ImportField.Level1);
            if (level1 >= 0 && level1 < row.Count)
            {
                // The category still carries down to the rows below, as the merged cell does in the original.
                _draft.CarryLevel1(row.Cells[level1]);
            }

            return;
        }

        ReportExtraCells(row, columns.Length);
        _cells.Clear();
        for (var i = 0; i < columns.Length; i++)
        {
            if (ImportColumns.IsIndicatorField(columns[i]))
            {
                _cells[columns[i]] = row.Cells[i];
            }
        }

        _hasIndicators = true;
        _draft.Indicator(_cells, row, AtRow(row));
    }

    private void Finish()
    {
        var lastLine = _table.LastLine;
        var last = lastLine.ToString(CultureInfo.InvariantCulture);
        if (_pending == Pending.Percents)
        {
            var at = _pendingAt.Line.ToString(CultureInfo.InvariantCulture);
            _context.Error(
                ImportDiagnosticCodes.TableCutShort,
                _pendingAt,
                "The table ends after the spending-plan headings at line " + at + "; expected the row of percentages below them. The plan was not imported.",
                "表格在第 " + at + " 行的资金支出计划表头之后结束，其下应有百分比行；支出计划未导入。");
        }

        var end = new Place(lastLine, 0, Table);
        if ((_stage < Stage.Indicators && !_blankIndicatorRows) || (_stage == Stage.Indicators && !_hasIndicators && _columnsUsable))
        {
            var reached = _stage == Stage.Indicators ? Stage.IndicatorHeader : _stage;
            var next = (int)reached + 1;
            _context.Error(
                ImportDiagnosticCodes.TableCutShort,
                end,
                "The table is cut short: it ends at line " + last + " after " + StageNames[(int)reached] + "; expected " + StageNames[next] + " next" + (next < (int)Stage.Indicators ? " and then the indicator rows" : string.Empty) + ".",
                "表格不完整：在第 " + last + " 行" + StageNamesZh[(int)reached] + "之后结束，其后应为" + StageNamesZh[next] + (next < (int)Stage.Indicators ? "以及指标行" : string.Empty) + "。",
                "Complete the table in the source; the rows present were imported when the project name and budget are among them.",
                "请在源文件中补全表格；已有各行中如含项目名称和预算数，则已导入。");
        }

        if (_result.Title is { } title && _result.Sequence is not null && _draft.Name is { } name)
        {
            var titleKey = CellText.LabelKey(title.Substring(CellText.NumberingLength(title, out _)));
            if (titleKey.EndsWith("绩效目标表", StringComparison.Ordinal))
            {
                titleKey = titleKey.Substring(0, titleKey.Length - "绩效目标表".Length);
            }

            if (!string.Equals(titleKey, CellText.LabelKey(name), StringComparison.Ordinal))
            {
                var nameLine = (_draft.NameAt?.Line ?? 0).ToString(CultureInfo.InvariantCulture);
                _context.Warning(
                    ImportDiagnosticCodes.TitleMismatch,
                    _result.TitleAt,
                    "The table title " + CellText.Quote(title) + " does not match the project name " + CellText.Quote(name) + " (line " + nameLine + ").",
                    "表格标题" + CellText.Quote(title) + "与项目名称" + CellText.Quote(name) + "（第 " + nameLine + " 行）不一致。");
            }
        }

        _result.Kept = _builder.EndProject(_draft, end);
    }
}
