using System.Globalization;
using System.Text.RegularExpressions;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Text;

/// <summary>The lines of one project table: its title paragraphs and its rows.</summary>
internal sealed class RawTable
{
    public RawTable(int ordinal, List<TextParagraph> title)
    {
        Ordinal = ordinal;
        Title = title;
    }

    public int Ordinal { get; }

    public List<TextParagraph> Title { get; }

    public List<TextRow> Rows { get; } = [];

    public int LastLine => Rows.Count > 0 ? Rows[^1].Cells[^1].Line : Title.Count > 0 ? Title[^1].Line : 0;
}

/// <summary>What parsing one table gave: the project (null when the table could not be imported) and its header facts.</summary>
internal sealed class ParsedTable
{
    public Project? Project { get; set; }

    public ValueMap Map { get; } = new();

    public int? Sequence { get; set; }

    public int Number { get; set; }

    public string? Title { get; set; }

    public SourcePosition TitleAt { get; set; }

    public BudgetUnit? Unit { get; set; }

    public SourcePosition UnitAt { get; set; }

    public AmountUnit? AmountUnit { get; set; }

    public string? AmountUnitText { get; set; }

    public SourcePosition AmountUnitAt { get; set; }

    public bool UsesCostCategory { get; set; }
}

/// <summary>
/// Parses one project table of the text layout. Rows are recognised by their label cells (项目编码, 预算数, 资金支出计划,
/// 绩效目标, 一级指标 …), so that tables whose rows come in another order or lack a row still import; the indicator
/// rows are read by the column names of their header row.
/// </summary>
internal sealed class ProjectTableParser
{
    private static readonly Dictionary<string, Field> FieldLabels = BuildLabels(
        (Field.Code, ["项目编码", "项目代码", "项目编号"]),
        (Field.Name, ["项目名称"]),
        (Field.Total, ["预算数", "预算金额", "年度预算数", "资金总额", "年度资金总额", "预算总额", "项目预算数", "年度预算", "总预算", "预算资金"]),
        (Field.Fiscal, ["其中：财政资金", "财政资金", "其中：财政拨款", "财政拨款", "其中财政资金", "其中：财政性资金"]),
        (Field.Other, ["其他资金", "其中：其他资金", "其他来源资金", "其中其他资金"]),
        (Field.Attribute, ["项目属性"]),
        (Field.Period, ["项目实施期", "实施期", "项目期限", "项目周期"]),
        (Field.FundUse, ["资金用途", "项目资金用途", "资金主要用途"]),
        (Field.Review, ["财政部门审核意见", "审核意见", "财政审核意见", "财政部门意见"]));

    private static readonly HashSet<string> GroupLabels = new(
        ["预算规模及资金用途", "预算规模及用途", "预算规模", "资金规模", "预算情况", "资金来源", "项目资金", "资金情况"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> GoalLabels = new(
        ["绩效目标", "年度绩效目标", "年度目标", "项目绩效目标", "年度总体目标", "年度绩效总目标", "年度总目标"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> PeriodGoalLabels = new(
        ["实施期目标", "实施期绩效目标", "长期目标", "长期绩效目标", "实施期总体目标", "总体目标", "中长期目标"],
        StringComparer.Ordinal);

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

    private readonly ImportContext _context;
    private readonly RawTable _table;
    private readonly ParsedTable _result = new();
    private readonly ValueMap _map;

    private readonly List<SpendingPoint> _plan = [];
    private readonly List<string> _goals = [];
    private readonly List<string> _periodGoals = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<Indicator> _periodIndicators = [];
    private readonly HashSet<Field> _seen = [];

    private string? _code;
    private string? _name;
    private SourcePosition _nameAt;
    private decimal? _total;
    private decimal? _fiscal;
    private decimal? _other;
    private string? _fundUse;
    private ProjectAttribute? _attribute;
    private ImplementationPeriod? _period;
    private string? _review;

    private Pending _pending;
    private SourcePosition _pendingAt;
    private List<(int Month, TextCell Cell)> _months = [];

    private List<IndicatorField>? _columns;
    private bool _columnsUsable;
    private bool _periodTable;
    private string? _level1;
    private SourcePosition _level1At;
    private string? _level2;
    private SourcePosition _level2At;
    private int _rowNumber;
    private Stage _stage;

    private ProjectTableParser(ImportContext context, RawTable table)
    {
        _context = context;
        _table = table;
        _map = _result.Map;
    }

    private enum Field
    {
        Code,
        Name,
        Total,
        Fiscal,
        Other,
        Attribute,
        Period,
        FundUse,
        Review,
        Unit,
        AmountUnit,
        Plan,
        Goals,
        PeriodGoals,
        Indicators,
    }

    private enum Pending
    {
        None,
        FundUse,
        Percents,
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
        Group,
        Plan,
        Goals,
        PeriodGoals,
        IndicatorHeader,
        Other,
    }

    private int Table => _result.Number;

    /// <summary>Whether a row starts a project table of its own (the unit row or the code/name row).</summary>
    public static bool StartsTable(TextRow row)
    {
        var kind = Classify(row);
        return kind == RowKind.Unit || (kind == RowKind.Fields && FieldLabels.TryGetValue(CellText.LabelKey(row.Text(0)), out var field) && field is Field.Code or Field.Name);
    }

    /// <summary>Whether a row is an indicator header (一级指标 | 二级指标 | …).</summary>
    public static bool IsIndicatorHeader(TextRow row) => Classify(row) == RowKind.IndicatorHeader;

    public static ParsedTable Parse(ImportContext context, RawTable table) => new ProjectTableParser(context, table).Run();

    private static RowKind Classify(TextRow row)
    {
        var first = row.Text(0);
        var key = CellText.LabelKey(first);
        if (key.Length == 0)
        {
            return RowKind.Continuation;
        }

        if (UnitCode().IsMatch(first) || key.StartsWith("单位：", StringComparison.Ordinal) || key.StartsWith("金额单位：", StringComparison.Ordinal)
            || key.StartsWith("单位名称：", StringComparison.Ordinal) || key.StartsWith("预算单位：", StringComparison.Ordinal))
        {
            return RowKind.Unit;
        }

        if (FieldLabels.ContainsKey(key))
        {
            return RowKind.Fields;
        }

        if (GroupLabels.Contains(key))
        {
            return RowKind.Group;
        }

        if (key.StartsWith("资金支出计划", StringComparison.Ordinal) || key.StartsWith("支出计划", StringComparison.Ordinal) || key.StartsWith("用款计划", StringComparison.Ordinal))
        {
            return RowKind.Plan;
        }

        if (GoalLabels.Contains(key))
        {
            return RowKind.Goals;
        }

        if (PeriodGoalLabels.Contains(key))
        {
            return RowKind.PeriodGoals;
        }

        if (IndicatorColumns.Lookup(first) == IndicatorField.Level1 && row.Cells.Count > 1 && IndicatorColumns.Lookup(row.Text(1)) != IndicatorField.None)
        {
            return RowKind.IndicatorHeader;
        }

        // A row of label/value pairs whose first label is unknown ("项目号码 | … | 项目名称 | …"): the known pairs still count.
        for (var i = 2; i < row.Cells.Count; i += 2)
        {
            if (FieldLabels.ContainsKey(CellText.LabelKey(row.Text(i))))
            {
                return RowKind.Fields;
            }
        }

        return RowKind.Other;
    }

    private static readonly Regex UnitCodePattern = new(@"^\s*[0-9]{6}(?![0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex YearMonthPattern = new(@"([0-9]{4})\s*[.\-/年．]\s*([0-9]{1,2})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Regex UnitCode() => UnitCodePattern;

    private static Regex YearMonth() => YearMonthPattern;

    private static Dictionary<string, Field> BuildLabels(params (Field Field, string[] Names)[] entries)
    {
        var map = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var (field, names) in entries)
        {
            foreach (var name in names)
            {
                map[CellText.LabelKey(name)] = field;
            }
        }

        return map;
    }

    private ParsedTable Run()
    {
        ReadTitle();
        for (var i = 0; i < _table.Rows.Count; i++)
        {
            _rowNumber = i + 1;
            ReadRow(_table.Rows[i]);
        }

        Finish();
        return _result;
    }

    private SourcePosition At(TextCell cell, int offset = 0) => new(cell.Line, cell.Column + offset, Table, _rowNumber);

    private SourcePosition AtRow(TextRow row) => new(row.Line, 0, Table, _rowNumber);

    private void ReadTitle()
    {
        if (_table.Title.Count == 0)
        {
            _result.Number = _table.Ordinal;
            var first = _table.Rows[0];
            _result.TitleAt = new SourcePosition(first.Line, 0, _table.Ordinal);
            _context.Warning(
                ImportDiagnosticCodes.TitleMismatch,
                _result.TitleAt,
                "The table starting here has no title line (such as \"1.官厅镇村干部工资绩效目标表\"); its sequence number is unknown.",
                "此处开始的表格没有标题行（如“1.官厅镇村干部工资绩效目标表”），表序号未知。");
            return;
        }

        var first0 = _table.Title[0];
        var title = string.Concat(_table.Title.Select(p => p.Text));
        _result.Title = title;
        var numbering = CellText.NumberingLength(title, out var sequence);
        if (numbering > 0 && sequence >= 1)
        {
            _result.Sequence = sequence;
        }

        _result.Number = _result.Sequence ?? _table.Ordinal;
        _result.TitleAt = new SourcePosition(first0.Line, first0.Column, _result.Number);
        _map.Add(string.Empty, _result.TitleAt);
        if (_result.Sequence is null)
        {
            _context.Warning(
                ImportDiagnosticCodes.TitleMismatch,
                _result.TitleAt,
                "The table title " + CellText.Quote(title) + " does not start with a sequence number such as \"1.\".",
                "表格标题" + CellText.Quote(title) + "不以“1.”这样的序号开头。");
        }
        else
        {
            _map.Add("/sequence", _result.TitleAt);
        }
    }

    private void ReadRow(TextRow row)
    {
        if (row.IsEmpty)
        {
            return;
        }

        var kind = Classify(row);
        if (_pending != Pending.None)
        {
            var pending = _pending;
            _pending = Pending.None;
            if (kind == RowKind.Continuation && pending == Pending.Skipped)
            {
                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    AtRow(row),
                    "The row continues the unrecognised row at line " + _pendingAt.Line.ToString(CultureInfo.InvariantCulture) + " (its first cell is empty) and was not imported either: " + CellText.Join(row.Cells.Select(c => c.Text)) + ".",
                    "该行延续第 " + _pendingAt.Line.ToString(CultureInfo.InvariantCulture) + " 行无法识别的行（首格为空），同样未导入：" + CellText.Join(row.Cells.Select(c => c.Text)) + "。");
                return;
            }

            if (kind == RowKind.Continuation)
            {
                if (pending == Pending.FundUse)
                {
                    ReadFundUse(row, 1);
                }
                else
                {
                    ReadPercents(row);
                }

                return;
            }

            if (pending == Pending.Percents)
            {
                _context.Error(
                    ImportDiagnosticCodes.TableCutShort,
                    AtRow(row),
                    "The spending plan at line " + _pendingAt.Line.ToString(CultureInfo.InvariantCulture) + " is not followed by its row of percentages (an empty first cell, then 25% 50% …); the plan was not imported.",
                    "第 " + _pendingAt.Line.ToString(CultureInfo.InvariantCulture) + " 行的资金支出计划之后没有百分比行（首格为空，随后为 25% 50% …），支出计划未导入。");
            }
        }

        if (_columns is not null && kind is RowKind.Continuation or RowKind.Other)
        {
            ReadIndicator(row);
            return;
        }

        switch (kind)
        {
            case RowKind.Unit:
                Advance(Stage.Unit);
                ReadUnit(row);
                break;
            case RowKind.Fields:
                ReadFields(row, 0);
                break;
            case RowKind.Group:
                Advance(Stage.Budget);
                ReadFields(row, 1);
                _pending = Pending.FundUse;
                _pendingAt = AtRow(row);
                break;
            case RowKind.Plan:
                Advance(Stage.Plan);
                ReadMonths(row);
                break;
            case RowKind.Goals:
                Advance(Stage.Goals);
                ReadGoals(row, _goals, "/goals", Field.Goals);
                break;
            case RowKind.PeriodGoals:
                ReadGoals(row, _periodGoals, "/periodGoals", Field.PeriodGoals);
                break;
            case RowKind.IndicatorHeader:
                Advance(Stage.IndicatorHeader);
                ReadHeader(row);
                break;
            case RowKind.Continuation:
                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    AtRow(row),
                    "The row starts with an empty cell where a label (项目编码, 预算数, 绩效目标, 一级指标 …) was expected; its cells " + CellText.Join(row.Cells.Select(c => c.Text)) + " were not imported.",
                    "该行首格为空，此处应为标签（项目编码、预算数、绩效目标、一级指标 等）；其单元格 " + CellText.Join(row.Cells.Select(c => c.Text)) + " 未导入。");
                break;
            default:
                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    At(row.Cells[0]),
                    "Unknown label " + CellText.Quote(row.Text(0)) + "; expected 项目编码, 项目名称, 预算规模及资金用途, 资金支出计划（%）, 绩效目标 or 一级指标. The row " + CellText.Join(row.Cells.Select(c => c.Text)) + " was not imported.",
                    "未知标签" + CellText.Quote(row.Text(0)) + "；应为 项目编码、项目名称、预算规模及资金用途、资金支出计划（%）、绩效目标 或 一级指标。该行 " + CellText.Join(row.Cells.Select(c => c.Text)) + " 未导入。");
                _pending = Pending.Skipped;
                _pendingAt = AtRow(row);
                break;
        }
    }

    private void Advance(Stage stage)
    {
        if (stage > _stage)
        {
            _stage = stage;
        }
    }

    private bool FirstTime(Field field, TextCell cell, string label)
    {
        if (_seen.Add(field))
        {
            return true;
        }

        _context.Warning(
            ImportDiagnosticCodes.DuplicateField,
            At(cell),
            CellText.Quote(label) + " appears a second time in this table; the first value was kept and " + CellText.Quote(cell.Text) + " was not imported.",
            CellText.Quote(label) + " 在本表中第二次出现；保留了第一次的值，" + CellText.Quote(cell.Text) + " 未导入。");
        return false;
    }

    private void ReadUnit(TextRow row)
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
                if (!FirstTime(Field.AmountUnit, cell, "单位"))
                {
                    continue;
                }

                var unit = key.Substring(key.IndexOf('：') + 1);
                _result.AmountUnitText = unit;
                _result.AmountUnitAt = At(cell);
                _result.AmountUnit = unit switch
                {
                    "万元" => AmountUnit.TenThousandYuan,
                    "元" => AmountUnit.Yuan,
                    _ => null,
                };
                if (_result.AmountUnit is null)
                {
                    _context.Warning(
                        ImportDiagnosticCodes.AmountUnit,
                        At(cell),
                        "The amount unit " + CellText.Quote(cell.Text) + " is neither 万元 nor 元; the amounts were imported as written and the document states no unit.",
                        "金额单位" + CellText.Quote(cell.Text) + "既不是万元也不是元；金额按原文导入，文档不标注单位。",
                        "Convert the amounts to 万元 or 元 in the source.",
                        "请在源文件中将金额换算为万元或元。");
                }

                continue;
            }

            if (!FirstTime(Field.Unit, cell, "单位"))
            {
                continue;
            }

            var text = cell.Text;
            var named = key.StartsWith("单位名称：", StringComparison.Ordinal) || key.StartsWith("预算单位：", StringComparison.Ordinal);
            var match = UnitCode().Match(text);
            _result.UnitAt = At(cell);
            if (match.Success && !named)
            {
                var codeStart = text.Length - text.TrimStart().Length;
                var code = text.Substring(codeStart, 6);
                var nameStart = codeStart + 6;
                while (nameStart < text.Length && char.IsWhiteSpace(text[nameStart]))
                {
                    nameStart++;
                }

                var name = text.Substring(nameStart);
                _result.Unit = new BudgetUnit { Code = code, Name = name.Length == 0 ? null : name };
                _map.Add("/unit", At(cell, codeStart));
                _map.Add("/unit/code", At(cell, codeStart));
                if (name.Length > 0)
                {
                    _map.Add("/unit/name", At(cell, nameStart));
                }
            }
            else
            {
                var colon = Math.Max(text.IndexOf('：'), text.IndexOf(':'));
                var name = named ? text.Substring(colon + 1) : text;
                _result.Unit = new BudgetUnit { Name = name };
                _map.Add("/unit", At(cell));
                _map.Add("/unit/name", At(cell, named ? colon + 1 : 0));
                _context.Warning(
                    ImportDiagnosticCodes.UnitHeader,
                    At(cell),
                    "The unit cell " + CellText.Quote(text) + " is not a 6-digit unit code followed by the unit name (such as \"816001怀来县官厅镇人民政府\"); it was imported as the unit name without code.",
                    "单位单元格" + CellText.Quote(text) + "不是“6 位单位编码 + 单位名称”（如“816001怀来县官厅镇人民政府”）；已作为无编码的单位名称导入。");
            }
        }
    }

    private void ReadFields(TextRow row, int start)
    {
        var cells = row.Cells;
        var i = start;
        while (i < cells.Count)
        {
            var labelCell = cells[i];
            var key = CellText.LabelKey(labelCell.Text);
            if (key.Length == 0)
            {
                i++;
                continue;
            }

            var valueCell = i + 1 < cells.Count ? cells[i + 1] : null;
            if (!FieldLabels.TryGetValue(key, out var field))
            {
                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    At(labelCell),
                    "Unknown label " + CellText.Quote(labelCell.Text) + "; expected one of 项目编码, 项目名称, 预算数, 其中：财政资金, 其他资金, 项目属性, 项目实施期, 资金用途. It and its value " + CellText.Quote(valueCell?.Text) + " were not imported.",
                    "未知标签" + CellText.Quote(labelCell.Text) + "；应为 项目编码、项目名称、预算数、其中：财政资金、其他资金、项目属性、项目实施期、资金用途 之一。该标签及其值" + CellText.Quote(valueCell?.Text) + "未导入。");
                i += 2;
                continue;
            }

            if (valueCell is null)
            {
                if (field is Field.FundUse)
                {
                    // 资金用途 as the last cell of a row: the text is in the next row, as under 预算规模及资金用途.
                    _pending = Pending.FundUse;
                    _pendingAt = At(labelCell);
                    break;
                }

                _context.Error(
                    ImportDiagnosticCodes.MissingCells,
                    At(labelCell),
                    "The label " + CellText.Quote(labelCell.Text) + " is the last cell of its row; expected its value in the next cell. Nothing was imported for it.",
                    "标签" + CellText.Quote(labelCell.Text) + "是该行最后一个单元格，其后应有取值单元格；该项未导入。");
                break;
            }

            ReadField(field, labelCell, valueCell);
            i += 2;
        }
    }

    private void ReadField(Field field, TextCell label, TextCell value)
    {
        if (!FirstTime(field, value, label.Text))
        {
            return;
        }

        var at = At(value);
        switch (field)
        {
            case Field.Code:
                Advance(Stage.Fields);
                _code = value.Text;
                _map.Add("/code", at);
                break;
            case Field.Name:
                Advance(Stage.Fields);
                _name = value.Text;
                _nameAt = at;
                _map.Add("/name", at);
                break;
            case Field.Total:
                Advance(Stage.Budget);
                _total = ReadAmount(label, value, required: true);
                _map.Add("/budget", at);
                _map.Add("/budget/total", at);
                break;
            case Field.Fiscal:
                _fiscal = ReadAmount(label, value, required: false);
                _map.Add("/budget/fiscal", at);
                break;
            case Field.Other:
                _other = ReadAmount(label, value, required: false);
                _map.Add("/budget/other", at);
                break;
            case Field.FundUse:
                Advance(Stage.FundUse);
                _fundUse = value.Text;
                _map.Add("/fundUse", at);
                break;
            case Field.Review:
                _review = value.Text;
                _map.Add("/reviewOpinion", at);
                break;
            case Field.Attribute:
                ReadAttribute(label, value);
                break;
            case Field.Period:
                ReadPeriod(label, value);
                break;
            default:
                break;
        }
    }

    private decimal? ReadAmount(TextCell label, TextCell value, bool required)
    {
        if (CellText.IsBlank(value.Text))
        {
            if (!required)
            {
                return 0m;
            }

            _context.Error(
                ImportDiagnosticCodes.MissingValue,
                At(value),
                "The budget total (" + CellText.Quote(label.Text) + ") is empty; expected an amount such as 67.54.",
                "预算数（" + CellText.Quote(label.Text) + "）为空，应为金额，如 67.54。");
            return null;
        }

        if (CellText.TryParseAmount(value.Text, out var amount) && amount >= 0)
        {
            return amount;
        }

        _context.Error(
            ImportDiagnosticCodes.InvalidNumber,
            At(value),
            CellText.Quote(label.Text) + " holds " + CellText.Quote(value.Text) + "; expected a non-negative amount such as 67.54. The value was not imported.",
            CellText.Quote(label.Text) + " 的值为" + CellText.Quote(value.Text) + "，应为非负金额，如 67.54；该值未导入。");
        return null;
    }

    private void ReadAttribute(TextCell label, TextCell value)
    {
        var key = CellText.LabelKey(value.Text);
        _attribute = key switch
        {
            "新增" or "新增项目" or "新建" => ProjectAttribute.New,
            "延续" or "延续项目" or "续建" or "持续" => ProjectAttribute.Continuing,
            _ => null,
        };
        if (_attribute is not null)
        {
            _map.Add("/attribute", At(value));
        }
        else if (key.Length > 0)
        {
            ReportInvalidValue(label, value, "新增 or 延续", "新增 或 延续");
        }
    }

    private void ReadPeriod(TextCell label, TextCell value)
    {
        if (CellText.IsBlank(value.Text))
        {
            return;
        }

        var matches = YearMonth().Matches(value.Text);
        if (matches.Count == 2 && TryMonth(matches[0], out var start) && TryMonth(matches[1], out var end))
        {
            _period = new ImplementationPeriod { Start = start, End = end };
            _map.Add("/implementationPeriod", At(value));
            _map.Add("/implementationPeriod/start", At(value, matches[0].Index));
            _map.Add("/implementationPeriod/end", At(value, matches[1].Index));
            return;
        }

        ReportInvalidValue(label, value, "a period such as 2023.07-2024.01", "起止年月，如 2023.07-2024.01");
    }

    private static bool TryMonth(Match match, out string text)
    {
        var month = int.Parse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        text = match.Groups[1].Value + "-" + month.ToString("00", CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12;
    }

    private void ReportInvalidValue(TextCell label, TextCell value, string expected, string expectedZh) =>
        _context.Error(
            ImportDiagnosticCodes.InvalidValue,
            At(value),
            CellText.Quote(label.Text) + " holds " + CellText.Quote(value.Text) + "; expected " + expected + ". The value was not imported.",
            CellText.Quote(label.Text) + " 的值为" + CellText.Quote(value.Text) + "，应为" + expectedZh + "；该值未导入。");

    private void ReadFundUse(TextRow row, int index)
    {
        Advance(Stage.FundUse);
        var cell = row.Cells.Count > index ? row.Cells[index] : null;
        if (cell is null)
        {
            _context.Error(
                ImportDiagnosticCodes.MissingCells,
                AtRow(row),
                "The use-of-funds row has no text cell after its empty first cell; expected the 资金用途 text.",
                "资金用途行在首个空单元格之后没有文本单元格，应为资金用途说明。");
            return;
        }

        if (FirstTime(Field.FundUse, cell, "资金用途"))
        {
            _fundUse = cell.Text;
            _map.Add("/fundUse", At(cell));
        }

        ReportExtraCells(row, index + 1);
    }

    private void ReportExtraCells(TextRow row, int from)
    {
        for (var i = from; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (CellText.IsBlank(cell.Text))
            {
                continue; // a cell of nothing but tabs or spaces is an extraction artefact
            }

            _context.Error(
                ImportDiagnosticCodes.UnexpectedCell,
                At(cell),
                "Unexpected cell " + CellText.Quote(cell.Text) + " (cell " + (i + 1).ToString(CultureInfo.InvariantCulture) + " of a row that has " + from.ToString(CultureInfo.InvariantCulture) + "); it was not imported.",
                "多余的单元格" + CellText.Quote(cell.Text) + "（该行应有 " + from.ToString(CultureInfo.InvariantCulture) + " 个单元格，此为第 " + (i + 1).ToString(CultureInfo.InvariantCulture) + " 个），未导入。");
        }
    }

    private void ReadMonths(TextRow row)
    {
        if (!FirstTime(Field.Plan, row.Cells[0], row.Text(0)))
        {
            return;
        }

        _months = [];
        for (var i = 1; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (CellText.IsBlank(cell.Text))
            {
                continue;
            }

            if (CellText.TryParseMonth(cell.Text, out var month))
            {
                _months.Add((month, cell));
            }
            else
            {
                _context.Error(
                    ImportDiagnosticCodes.InvalidNumber,
                    At(cell),
                    "The spending-plan heading " + CellText.Quote(cell.Text) + " is not a month such as 3月底; that column of the plan was not imported.",
                    "资金支出计划表头" + CellText.Quote(cell.Text) + "不是“3月底”这样的月份，该列未导入。");
                _months.Add((0, cell));
            }
        }

        _pending = Pending.Percents;
        _pendingAt = AtRow(row);
    }

    private void ReadPercents(TextRow row)
    {
        var values = row.Cells.Skip(1).ToList();
        for (var k = 0; k < _months.Count; k++)
        {
            var (month, heading) = _months[k];
            if (k >= values.Count)
            {
                _context.Error(
                    ImportDiagnosticCodes.MissingCells,
                    AtRow(row),
                    "The spending-plan row has no percentage under " + CellText.Quote(heading.Text) + " (it has " + values.Count.ToString(CultureInfo.InvariantCulture) + " of " + _months.Count.ToString(CultureInfo.InvariantCulture) + "); that point was not imported.",
                    "资金支出计划行在" + CellText.Quote(heading.Text) + "下没有百分比（共 " + _months.Count.ToString(CultureInfo.InvariantCulture) + " 个，只有 " + values.Count.ToString(CultureInfo.InvariantCulture) + " 个），该点未导入。");
                continue;
            }

            var cell = values[k];
            if (month == 0)
            {
                continue;
            }

            if (!CellText.TryParsePercent(cell.Text, out var percent))
            {
                _context.Error(
                    ImportDiagnosticCodes.InvalidNumber,
                    At(cell),
                    "The spending plan for " + CellText.Quote(heading.Text) + " holds " + CellText.Quote(cell.Text) + "; expected a percentage such as 25%. That point was not imported.",
                    CellText.Quote(heading.Text) + "的资金支出计划为" + CellText.Quote(cell.Text) + "，应为百分比，如 25%；该点未导入。");
                continue;
            }

            var pointer = "/spendingPlan/" + _plan.Count.ToString(CultureInfo.InvariantCulture);
            _map.Add(pointer, At(cell));
            _map.Add(pointer + "/month", At(heading));
            _map.Add(pointer + "/cumulativePercent", At(cell));
            _plan.Add(new SpendingPoint { Month = month, CumulativePercent = percent });
        }

        ReportExtraCells(row, _months.Count + 1);
        if (_plan.Count > 0)
        {
            _map.Add("/spendingPlan", _pendingAt);
        }
    }

    private void ReadGoals(TextRow row, List<string> goals, string pointer, Field field)
    {
        if (!FirstTime(field, row.Cells[0], row.Text(0)))
        {
            return;
        }

        for (var i = 1; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (CellText.IsBlank(cell.Text))
            {
                continue;
            }

            foreach (var (text, offset) in CellText.SplitNumbered(cell.Text))
            {
                _map.Add(pointer + "/" + goals.Count.ToString(CultureInfo.InvariantCulture), At(cell, offset));
                goals.Add(text);
            }
        }

        if (goals.Count > 0)
        {
            _map.Add(pointer, AtRow(row));
        }
    }

    private void ReadHeader(TextRow row)
    {
        if (_columns is not null || _indicators.Count > 0)
        {
            _periodTable = true;
        }

        var columns = new List<IndicatorField>();
        var found = new HashSet<IndicatorField>();
        foreach (var cell in row.Cells)
        {
            var field = IndicatorColumns.Lookup(cell.Text);
            if (field == IndicatorField.None && !CellText.IsBlank(cell.Text))
            {
                _context.Warning(
                    ImportDiagnosticCodes.UnknownColumn,
                    At(cell),
                    "Unknown indicator column " + CellText.Quote(cell.Text) + "; expected 一级指标, 二级指标, 三级指标, 绩效指标描述, 指标值, 指标值确定依据 (or 权重, 指标方向, 度量单位). The cells of this column were not imported.",
                    "未知的指标列" + CellText.Quote(cell.Text) + "；应为 一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据（或 权重、指标方向、度量单位）。该列的单元格未导入。");
            }
            else if (field != IndicatorField.None && !found.Add(field))
            {
                _context.Warning(
                    ImportDiagnosticCodes.DuplicateField,
                    At(cell),
                    "The indicator column " + CellText.Quote(cell.Text) + " repeats an earlier column; the first was used and this column's cells were not imported.",
                    "指标列" + CellText.Quote(cell.Text) + "与前面的列重复；使用了第一列，该列的单元格未导入。");
                field = IndicatorField.None;
            }

            columns.Add(field);
        }

        // Trailing empty header cells are artefacts: a row's cells are counted against the named columns.
        while (columns.Count > 0 && columns[^1] == IndicatorField.None && CellText.IsBlank(row.Cells[columns.Count - 1].Text))
        {
            columns.RemoveAt(columns.Count - 1);
        }

        _columns = columns;
        _level1 = _level2 = null;
        var missing = new[] { IndicatorField.Level1, IndicatorField.Level2, IndicatorField.Name, IndicatorField.Target }.Where(f => !found.Contains(f)).ToList();
        _columnsUsable = missing.Count == 0;
        if (!_columnsUsable)
        {
            var names = string.Join("、", missing.Select(ColumnName));
            _context.Error(
                ImportDiagnosticCodes.MissingValue,
                AtRow(row),
                "The indicator header lacks the column(s) " + names + "; the indicator rows of this table were not imported.",
                "指标表头缺少列：" + names + "；本表的指标行未导入。");
        }
    }

    private static string ColumnName(IndicatorField field) => field switch
    {
        IndicatorField.Level1 => "一级指标",
        IndicatorField.Level2 => "二级指标",
        IndicatorField.Name => "三级指标",
        IndicatorField.Target => "指标值",
        IndicatorField.Description => "绩效指标描述",
        IndicatorField.Basis => "指标值确定依据",
        IndicatorField.Weight => "权重",
        IndicatorField.Direction => "指标方向",
        IndicatorField.Comparator => "指标性质",
        IndicatorField.MeasureUnit => "度量单位",
        _ => field.ToString(),
    };

    private void ReadIndicator(TextRow row)
    {
        Advance(Stage.Indicators);
        var columns = _columns!;
        if (!_columnsUsable)
        {
            return;
        }

        var expected = string.Join(" | ", columns.Select(ColumnName));
        if (row.Cells.Count < columns.Count)
        {
            _context.Error(
                ImportDiagnosticCodes.MissingCells,
                AtRow(row),
                "The indicator row has " + row.Cells.Count.ToString(CultureInfo.InvariantCulture) + " cells where " + columns.Count.ToString(CultureInfo.InvariantCulture) + " were expected (" + expected + "); the row " + CellText.Join(row.Cells.Select(c => c.Text)) + " was not imported.",
                "指标行有 " + row.Cells.Count.ToString(CultureInfo.InvariantCulture) + " 个单元格，应为 " + columns.Count.ToString(CultureInfo.InvariantCulture) + " 个（" + expected + "）；该行 " + CellText.Join(row.Cells.Select(c => c.Text)) + " 未导入。",
                "Check the table in the source: a cell is missing or a row break is misplaced.",
                "请核对源文件中的表格：可能缺少单元格，或换行位置有误。");
            if (!CellText.IsBlank(row.Text(0)) && columns[0] == IndicatorField.Level1)
            {
                // The category still carries down to the rows below, as the merged cell does in the original.
                _level1 = row.Text(0);
                _level1At = At(row.Cells[0]);
                _level2 = null;
            }

            return;
        }

        ReportExtraCells(row, columns.Count);
        var cells = new Dictionary<IndicatorField, TextCell>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] != IndicatorField.None)
            {
                cells[columns[i]] = row.Cells[i];
            }
        }

        var list = _periodTable ? _periodIndicators : _indicators;
        var prefix = (_periodTable ? "/periodIndicators/" : "/indicators/") + list.Count.ToString(CultureInfo.InvariantCulture);
        var level1Cell = cells[IndicatorField.Level1];
        var level2Cell = cells[IndicatorField.Level2];
        var carried = CellText.IsBlank(level1Cell.Text);
        if (carried)
        {
            if (_level1 is null)
            {
                _context.Error(
                    ImportDiagnosticCodes.MissingValue,
                    At(level1Cell),
                    "The first indicator row has an empty 一级指标 cell, so there is no category to continue; the row " + CellText.Join(row.Cells.Select(c => c.Text)) + " was not imported.",
                    "第一行指标的一级指标为空，无可延续的类别；该行 " + CellText.Join(row.Cells.Select(c => c.Text)) + " 未导入。");
                return;
            }
        }
        else
        {
            _level1 = level1Cell.Text;
            _level1At = At(level1Cell);
            _level2 = null;
        }

        var level2 = level2Cell.Text;
        var level2At = At(level2Cell);
        if (CellText.IsBlank(level2) && carried && _level2 is not null)
        {
            level2 = _level2;
            level2At = _level2At;
        }
        else
        {
            _level2 = level2;
            _level2At = level2At;
        }

        var targetCell = cells[IndicatorField.Target];
        var target = targetCell.Text;
        cells.TryGetValue(IndicatorField.Comparator, out var comparatorCell);
        cells.TryGetValue(IndicatorField.MeasureUnit, out var unitCell);
        if (comparatorCell is not null || unitCell is not null)
        {
            target = IndicatorColumns.ComposeTarget(comparatorCell?.Text, target, unitCell?.Text, out var unknown);
            if (unknown)
            {
                _context.Warning(
                    ImportDiagnosticCodes.UnknownComparator,
                    At(comparatorCell!),
                    "The 指标性质 " + CellText.Quote(comparatorCell!.Text) + " is not a comparator (≥ > = ≤ <, 定量 or 定性); it was written before the value as it stands.",
                    "指标性质" + CellText.Quote(comparatorCell.Text) + "不是比较符（≥ > = ≤ <、定量 或 定性），已原样写在指标值之前。");
            }
        }

        decimal? weight = null;
        if (cells.TryGetValue(IndicatorField.Weight, out var weightCell) && !CellText.IsBlank(weightCell.Text))
        {
            if (CellText.TryParsePercent(weightCell.Text, out var w) && w is >= 0 and <= 100)
            {
                weight = w;
                _map.Add(prefix + "/weight", At(weightCell));
            }
            else
            {
                _context.Error(
                    ImportDiagnosticCodes.InvalidNumber,
                    At(weightCell),
                    "The weight " + CellText.Quote(weightCell.Text) + " is not a number from 0 to 100; it was not imported.",
                    "权重" + CellText.Quote(weightCell.Text) + "不是 0 到 100 之间的数，未导入。");
            }
        }

        IndicatorDirection? direction = null;
        if (cells.TryGetValue(IndicatorField.Direction, out var directionCell))
        {
            if (IndicatorColumns.TryParseDirection(directionCell.Text, out direction))
            {
                if (direction is not null)
                {
                    _map.Add(prefix + "/direction", At(directionCell));
                }
            }
            else
            {
                _context.Warning(
                    ImportDiagnosticCodes.UnknownDirection,
                    At(directionCell),
                    "The direction " + CellText.Quote(directionCell.Text) + " is neither 正向 nor 反向; it was not imported.",
                    "指标方向" + CellText.Quote(directionCell.Text) + "既不是正向也不是反向，未导入。");
            }
        }

        cells.TryGetValue(IndicatorField.Description, out var descriptionCell);
        cells.TryGetValue(IndicatorField.Basis, out var basisCell);
        var nameCell = cells[IndicatorField.Name];
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
        });
        if (IndicatorFramework.Framework2021.TryGetCategory(_level1, out var category) && category == IndicatorCategory.Cost)
        {
            _result.UsesCostCategory = true;
        }

        _map.Add(prefix, AtRow(row));
        _map.Add(prefix + "/level1", _level1At);
        _map.Add(prefix + "/level2", level2At);
        _map.Add(prefix + "/name", At(nameCell));
        _map.Add(prefix + "/target", At(comparatorCell ?? targetCell));
        if (descriptionCell is not null)
        {
            _map.Add(prefix + "/description", At(descriptionCell));
        }

        if (basisCell is not null)
        {
            _map.Add(prefix + "/basis", At(basisCell));
        }
    }

    private void Finish()
    {
        if (_pending == Pending.Percents)
        {
            _context.Error(
                ImportDiagnosticCodes.TableCutShort,
                _pendingAt,
                "The table ends after the spending-plan headings at line " + _pendingAt.Line.ToString(CultureInfo.InvariantCulture) + "; expected the row of percentages below them. The plan was not imported.",
                "表格在第 " + _pendingAt.Line.ToString(CultureInfo.InvariantCulture) + " 行的资金支出计划表头之后结束，其下应有百分比行；支出计划未导入。");
        }

        var lastLine = _table.LastLine;
        var end = new SourcePosition(lastLine, 0, Table);
        if (_stage < Stage.Indicators || (_stage == Stage.Indicators && _indicators.Count == 0 && _periodIndicators.Count == 0 && _columnsUsable))
        {
            var reached = _stage == Stage.Indicators ? Stage.IndicatorHeader : _stage;
            var next = (int)reached + 1;
            _context.Error(
                ImportDiagnosticCodes.TableCutShort,
                end,
                "The table is cut short: it ends at line " + lastLine.ToString(CultureInfo.InvariantCulture) + " after " + StageNames[(int)reached] + "; expected " + StageNames[next] + " next" + (next < (int)Stage.Indicators ? " and then the indicator rows" : string.Empty) + ".",
                "表格不完整：在第 " + lastLine.ToString(CultureInfo.InvariantCulture) + " 行" + StageNamesZh[(int)reached] + "之后结束，其后应为" + StageNamesZh[next] + (next < (int)Stage.Indicators ? "以及指标行" : string.Empty) + "。",
                "Complete the table in the source; the rows present were imported when the project name and budget are among them.",
                "请在源文件中补全表格；已有各行中如含项目名称和预算数，则已导入。");
        }

        if (string.IsNullOrEmpty(_name) || _total is null)
        {
            var what = string.IsNullOrEmpty(_name) ? "项目名称 (the project name)" : "预算数 (the budget total)";
            var whatZh = string.IsNullOrEmpty(_name) ? "项目名称" : "预算数";
            _context.Error(
                ImportDiagnosticCodes.MissingValue,
                end,
                "The table has no " + what + ", which every project needs; the table was not imported.",
                "表格缺少" + whatZh + "（每个项目必需），该表未导入。");
            return;
        }

        if (_result.Title is { } title && _result.Sequence is not null)
        {
            var titleName = title.Substring(CellText.NumberingLength(title, out _));
            var titleKey = CellText.LabelKey(titleName);
            if (titleKey.EndsWith("绩效目标表", StringComparison.Ordinal))
            {
                titleKey = titleKey.Substring(0, titleKey.Length - "绩效目标表".Length);
            }

            if (!string.Equals(titleKey, CellText.LabelKey(_name), StringComparison.Ordinal))
            {
                _context.Warning(
                    ImportDiagnosticCodes.TitleMismatch,
                    _result.TitleAt,
                    "The table title " + CellText.Quote(title) + " does not match the project name " + CellText.Quote(_name) + " (line " + _nameAt.Line.ToString(CultureInfo.InvariantCulture) + ").",
                    "表格标题" + CellText.Quote(title) + "与项目名称" + CellText.Quote(_name) + "（第 " + _nameAt.Line.ToString(CultureInfo.InvariantCulture) + " 行）不一致。");
            }
        }

        var reference = FundingReferences.Find(_name);
        if (reference is not null)
        {
            _map.Add("/fundingReference", _nameAt with { Column = _nameAt.Column + _name!.IndexOf(reference, StringComparison.Ordinal) });
        }

        _result.Project = new Project
        {
            Sequence = _result.Sequence,
            Unit = _result.Unit,
            Code = _code,
            Name = _name!,
            FundingReference = reference,
            Budget = new Budget { Total = _total.Value, Fiscal = _fiscal, Other = _other },
            FundUse = _fundUse,
            SpendingPlan = [.. _plan],
            Goals = [.. _goals],
            Indicators = [.. _indicators],
            Attribute = _attribute,
            ImplementationPeriod = _period,
            PeriodGoals = [.. _periodGoals],
            PeriodIndicators = [.. _periodIndicators],
            ReviewOpinion = _review,
        };
    }
}
