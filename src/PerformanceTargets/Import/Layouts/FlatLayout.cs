using System.Globalization;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Layouts;

/// <summary>A table of a source that may hold a flat table: a sheet of a workbook (or, next, a table of a Word document).</summary>
/// <param name="Name">Its name, as a user chooses it (<see cref="ImportOptions.SheetName"/>).</param>
/// <param name="Identity">What it is read from: two tables with one identity are read once.</param>
/// <param name="Rows">Reads its rows, lazily, each time it is called.</param>
internal sealed record FlatTableSource(string Name, object Identity, Func<IEnumerable<SourceRow>> Rows);

/// <summary>
/// The flat layout: one row per indicator under a header row that names the columns (found among the first 30 rows,
/// with the title rows above it), project-level cells (单位名称, 项目名称, 预算数, 年度目标 …) on the first row of each
/// project. It maps the header through <see cref="ImportColumns"/>, groups rows into projects, checks the rows'
/// structure, and hands every cell to the <see cref="TargetBuilder"/>. Rows come from any reader (CSV, a sheet) and are
/// read once, one at a time.
/// </summary>
internal sealed class FlatLayout
{
    private const int HeaderSearchRows = 30;

    /// <summary>How a note under a table starts (besides 注：): 说明, 填表说明, 备注, and the signature lines (填报人：, 联系电话：).</summary>
    private static readonly string[] NotePrefixes = ["说明", "填表说明", "备注", "填报人：", "填表人：", "审核人：", "联系电话：", "联系人："];

    private static readonly ImportField[] RequiredColumns = [ImportField.ProjectName, ImportField.Total, ImportField.Level1, ImportField.Level2, ImportField.Name, ImportField.Target];

    private static readonly ImportField[] ProjectFields =
    [
        ImportField.UnitName, ImportField.UnitCode, ImportField.ProjectCode, ImportField.Total, ImportField.Fiscal, ImportField.Other,
        ImportField.FundUse, ImportField.Goals, ImportField.PeriodGoals, ImportField.Attribute, ImportField.Period, ImportField.Review,
        ImportField.InitialBudget, ImportField.YearBudget, ImportField.Spent, ImportField.TotalScore, ImportField.Grade, ImportField.AsOf,
    ];

    private static readonly ImportField[] IndicatorFields =
    [
        ImportField.Level1, ImportField.Level2, ImportField.Name, ImportField.Description, ImportField.Comparator, ImportField.Target,
        ImportField.MeasureUnit, ImportField.Weight, ImportField.Direction, ImportField.Basis, ImportField.Actual, ImportField.Points,
        ImportField.Score, ImportField.DeviationReason, ImportField.Progress, ImportField.ExpectedYearEnd, ImportField.Likelihood, ImportField.Remedy,
    ];

    private readonly TargetBuilder _builder;
    private readonly ImportContext _context;
    private readonly Dictionary<ImportField, int> _columns = [];
    private readonly IndicatorCells _cells = new();
    private readonly Dictionary<ImportField, string> _firstValues = [];
    private SourceRow _header = null!;
    private int _width;
    private int _started;
    private ProjectDraft? _project;
    private string? _projectName;
    private string? _projectCode;
    private int _projectRow;
    private bool _stopped;

    private FlatLayout(ImportContext context)
    {
        _context = context;
        _builder = new TargetBuilder(context, AmountUnit.Yuan);
    }

    /// <summary>Imports a flat table from its rows; null when there is no header, a required column is missing, or a limit was passed.</summary>
    public static TargetDocument? Import(IEnumerable<SourceRow> rows, ImportContext context) => new FlatLayout(context).Run(rows);

    /// <summary>
    /// Imports the table named <see cref="ImportOptions.SheetName"/> among <paramref name="tables"/>, or else the first
    /// that has a header row; an error <c>PTI209</c> when there is none.
    /// </summary>
    public static TargetDocument? Import(IReadOnlyList<FlatTableSource> tables, ImportContext context)
    {
        var names = CellText.Join(tables.Select(t => t.Name));
        if (context.Options.SheetName is { } wanted)
        {
            var match = tables.FirstOrDefault(t => string.Equals(t.Name, wanted, StringComparison.Ordinal))
                ?? tables.FirstOrDefault(t => string.Equals(t.Name.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                context.Error(
                    ImportDiagnosticCodes.SheetNotFound,
                    Place.None,
                    "The workbook has no sheet named " + CellText.Quote(wanted) + "; its sheets are " + names + ".",
                    "工作簿中没有名为" + CellText.Quote(wanted) + "的工作表；现有工作表为 " + names + "。");
                return null;
            }

            return Import(match.Rows(), context);
        }

        var searched = new HashSet<object>();
        foreach (var table in tables)
        {
            if (searched.Add(table.Identity) && FindHeader(table.Rows().Take(HeaderSearchRows).ToList()) >= 0)
            {
                return Import(table.Rows(), context);
            }
        }

        context.Error(
            ImportDiagnosticCodes.SheetNotFound,
            Place.None,
            "No sheet of the workbook has a header row naming the indicator columns (项目名称, 一级指标, 二级指标, 三级指标, 指标值 …); sheets: " + names + ".",
            "工作簿中没有任何工作表含有指标表头行（项目名称、一级指标、二级指标、三级指标、指标值 等）；工作表：" + names + "。",
            "Choose the sheet with --sheet, or add the header row.",
            "请用 --sheet 指定工作表，或补充表头行。");
        return null;
    }

    /// <summary>The index of the row, among the first 30, that names the most known columns (at least three); -1 when none does.</summary>
    private static int FindHeader(List<SourceRow> rows)
    {
        var best = -1;
        var bestScore = 2;
        for (var i = 0; i < rows.Count && i < HeaderSearchRows; i++)
        {
            var score = HeaderRow.Score(rows[i]);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    private TargetDocument? Run(IEnumerable<SourceRow> rows)
    {
        using var enumerator = rows.GetEnumerator();
        var first = new List<SourceRow>(HeaderSearchRows);
        while (first.Count < HeaderSearchRows && enumerator.MoveNext())
        {
            first.Add(enumerator.Current);
        }

        var headerIndex = FindHeader(first);
        if (headerIndex < 0)
        {
            var firstRow = first.Find(r => !r.IsEmpty);
            var search = HeaderSearchRows.ToString(CultureInfo.InvariantCulture);
            _context.Error(
                ImportDiagnosticCodes.HeaderNotFound,
                firstRow?.At ?? new Place(1),
                "No header row was found in the first " + search + " rows: expected a row naming columns such as 单位名称, 项目名称, 预算数, 一级指标, 二级指标, 三级指标, 指标值" + (firstRow is null ? "." : "; the first row is " + firstRow.Quote() + "."),
                "前 " + search + " 行中没有表头行：应有一行列名，如 单位名称、项目名称、预算数、一级指标、二级指标、三级指标、指标值" + (firstRow is null ? "。" : "；第一行为 " + firstRow.Quote() + "。"));
            return null;
        }

        ReadTitleRows(first.Take(headerIndex));
        if (!ReadHeader(first[headerIndex]))
        {
            return null;
        }

        foreach (var row in first.Skip(headerIndex + 1))
        {
            if (_stopped)
            {
                break;
            }

            ReadRow(row);
        }

        first.Clear();
        while (!_builder.Refused && !_stopped && enumerator.MoveNext())
        {
            ReadRow(enumerator.Current);
        }

        EndProject();
        if (_started == 0)
        {
            _context.Warning(
                ImportDiagnosticCodes.SectionMissing,
                _header.At,
                "The table has a header row but no project rows below it.",
                "表格有表头行，但其下没有项目行。");
        }

        return _builder.Build();
    }

    /// <summary>Title rows above the header: the first cell gives the title, a year in them the fiscal year, "单位：元" the amount unit.</summary>
    private void ReadTitleRows(IEnumerable<SourceRow> rows)
    {
        var titled = false;
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells)
            {
                if (cell.IsBlank)
                {
                    continue;
                }

                var key = CellText.LabelKey(cell.Text);
                var unitAt = key.IndexOf("单位：", StringComparison.Ordinal);
                if (unitAt >= 0 && ImportColumns.ParseAmountUnit(key.Substring(unitAt + 3)) is not null)
                {
                    // "单位：元", "金额单位：万元" (not "预算单位：怀来县…", which names the budget unit).
                    _builder.StatedAmountUnit(cell, key.Substring(unitAt + 3), 0);
                    if (unitAt == 0 || key.StartsWith("金额单位：", StringComparison.Ordinal))
                    {
                        continue;
                    }
                }

                if (!titled)
                {
                    _builder.Title([cell]);
                    titled = true;
                }

                _builder.StatedYear(cell, column: false);
            }
        }
    }

    private bool ReadHeader(SourceRow header)
    {
        _header = header;
        var fields = HeaderRow.Map(header, _ => true, _context);
        for (var index = 0; index < fields.Length; index++)
        {
            if (!header.Cells[index].IsBlank)
            {
                _width = index + 1;
            }

            var field = fields[index];
            if (field is ImportField.None or ImportField.Ignored)
            {
                continue;
            }

            _columns[field] = index;
            if (ImportColumns.YearPrefix(header.Cells[index].Text) > 0)
            {
                _builder.StatedYear(header.Cells[index], column: false); // 2024年预算数
            }

            if (ImportColumns.MonthOf(header.Cells[index].Text) is > 0 and var month)
            {
                _builder.MonitoringMonth = month;
            }

            if (field is ImportField.Total or ImportField.Fiscal or ImportField.Other or ImportField.InitialBudget or ImportField.YearBudget or ImportField.Spent && ImportColumns.AmountUnitOf(header.Cells[index].Text) is { } unit)
            {
                _builder.StatedAmountUnit(header.Cells[index], unit == AmountUnit.Yuan ? "元" : "万元", 0);
            }
        }

        // A self-evaluation or monitoring table states its budget as 全年预算数 or 调整后预算数: that is its 预算数.
        var missing = RequiredColumns.Where(f => !_columns.ContainsKey(f) && !(f == ImportField.Total && _columns.ContainsKey(ImportField.YearBudget))).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        var names = string.Join("、", missing.Select(ImportColumns.Header));
        var found = CellText.Join(header.Cells.Where(c => !c.IsBlank).Select(c => c.Text));
        _context.Error(
            ImportDiagnosticCodes.MissingColumn,
            header.At,
            "The header row lacks the column(s) " + names + ", which every flat table needs; the header has " + found + ". Nothing was imported.",
            "表头行缺少必需的列：" + names + "；现有表头为 " + found + "。未导入任何内容。",
            "Add the column, or rename a column to one of the names listed in docs/import.md.",
            "请补充该列，或将某一列改为 docs/import.md 所列的列名之一。");
        return false;
    }

    private SourceCell? Cell(SourceRow row, ImportField field) => _columns.TryGetValue(field, out var index) ? row.Cell(index) : null;

    private SourceCell HeaderCell(ImportField field) => _header.Cells[_columns[field]];

    private void ReadRow(SourceRow row)
    {
        if (row.IsEmpty || RepeatedHeader(row) || (_started > 0 && Note(row)))
        {
            return;
        }

        if (!row.Sparse && row.Count < _width)
        {
            var missing = _columns.Where(c => c.Value >= row.Count).OrderBy(c => c.Value).Select(c => ImportColumns.Header(c.Key)).ToList();
            var count = row.Count.ToString(CultureInfo.InvariantCulture);
            var width = _width.ToString(CultureInfo.InvariantCulture);
            _context.Error(
                ImportDiagnosticCodes.RowCellCount,
                row.At,
                "The row has " + count + " cells where the header has " + width + " (missing: " + string.Join(", ", missing) + "); the row " + row.Quote() + " was not imported.",
                "该行有 " + count + " 个单元格，表头有 " + width + " 个（缺少：" + string.Join("、", missing) + "）；该行 " + row.Quote() + " 未导入。",
                "Add the missing delimiters (empty cells still need their commas).",
                "请补上缺少的分隔符（空单元格也须保留逗号）。");
            return;
        }

        RowChecks.ExtraCells(row, _width, ImportDiagnosticCodes.RowCellCount, _context);

        var name = Cell(row, ImportField.ProjectName)!.Value;
        var code = Cell(row, ImportField.ProjectCode);
        if (!name.IsBlank && (_project is null || !string.Equals(name.Text, _projectName, StringComparison.Ordinal)
            || (code is { IsBlank: false } c && !string.Equals(c.Text, _projectCode, StringComparison.Ordinal))))
        {
            StartProject(row);
        }
        else if (_project is null)
        {
            _context.Error(
                ImportDiagnosticCodes.RowWithoutProject,
                row.At,
                "The row comes before any row that names its project (项目名称 is empty and no project came before); the row " + row.Quote() + " was not imported.",
                "该行之前没有任何写明项目名称的行（项目名称为空）；该行 " + row.Quote() + " 未导入。");
            return;
        }
        else
        {
            CheckRepeatedProjectCells(row);
        }

        _cells.Clear();
        foreach (var field in IndicatorFields)
        {
            _cells[field] = Cell(row, field);
        }

        if (!_cells.IsBlank())
        {
            _project!.Indicator(_cells, row, row.At);
        }
    }

    /// <summary>
    /// A row equal to the header row (the header repeated on each page, or over a second table of the same columns) is
    /// left out; a row that names other known columns in the project-name column starts a new table under that header.
    /// </summary>
    private bool RepeatedHeader(SourceRow row)
    {
        var nameIndex = _columns[ImportField.ProjectName];
        if (ImportColumns.Lookup(row.Text(nameIndex), null) != ImportField.ProjectName)
        {
            return false;
        }

        var same = true;
        for (var i = 0; i < Math.Max(row.Count, _width); i++)
        {
            if (!string.Equals(CellText.LabelKey(row.Text(i)), CellText.LabelKey(_header.Text(i)), StringComparison.Ordinal))
            {
                same = false;
                break;
            }
        }

        if (same)
        {
            _context.Info(
                ImportDiagnosticCodes.IgnoredText,
                row.At,
                "The row repeats the header row; it was left out.",
                "该行重复表头行，已略去。");
            return true;
        }

        if (HeaderRow.Score(row) < 3)
        {
            return false;
        }

        // Another header under the data: a second table, with its own columns.
        EndProject();
        _columns.Clear();
        _width = 0;
        if (!ReadHeader(row))
        {
            _stopped = true;
        }

        return true;
    }

    /// <summary>
    /// A note under the data (注：…, 说明：…, 填表说明, 备注, 填报人：…), or a row of a single cell there (the title of a
    /// next table, 单位：万元): an information <c>PTI009</c>, and not imported. A row whose cells all hold one text
    /// (a cell merged over the row) counts as a single cell.
    /// </summary>
    private bool Note(SourceRow row)
    {
        var texts = row.Cells.Where(c => !c.IsBlank).Select(c => c.Text).Distinct(StringComparer.Ordinal).ToList();
        var single = texts.Count == 1 && (IsNote(texts[0]) || (!row.Sparse && row.Count == 1 && _width > 1));
        if (!single && (texts.Count < 2 || !texts.TrueForAll(IsNote)))
        {
            return false;
        }

        var text = texts[0];
        var key = CellText.LabelKey(text);
        var unitAt = key.IndexOf("单位：", StringComparison.Ordinal);
        if (unitAt >= 0 && ImportColumns.ParseAmountUnit(key.Substring(unitAt + 3)) is not null)
        {
            _builder.StatedAmountUnit(row.Cells.First(c => !c.IsBlank), key.Substring(unitAt + 3), 0);
        }

        _context.Info(
            ImportDiagnosticCodes.IgnoredText,
            row.At,
            "The row " + CellText.Join(texts) + " under the table is a note or a title, not a project; it was not imported.",
            "表格下方的行 " + CellText.Join(texts) + " 是注释或标题，不是项目，未导入。");
        return true;
    }

    /// <summary>Whether a text is a note: 注 followed by a colon, a number or 释 (not 注册…), or another prefix of <see cref="NotePrefixes"/>.</summary>
    private static bool IsNote(string text)
    {
        var key = CellText.LabelKey(text);
        if (key.Length > 0 && key[0] == '注')
        {
            return key.Length == 1 || key[1] is '：' or '释' or '、' or '.' or (>= '0' and <= '9') or (>= '①' and <= '⑩');
        }

        return Array.Exists(NotePrefixes, p => key.StartsWith(p, StringComparison.Ordinal));
    }

    private void StartProject(SourceRow row)
    {
        var previous = _project;
        EndProject();
        _started++;
        var project = _builder.BeginProject(_started, row.At);
        _project = project;
        _projectRow = row.Number;
        _firstValues.Clear();
        var name = Cell(row, ImportField.ProjectName)!.Value;
        _projectName = name.Text;
        project.Field(ImportField.ProjectName, HeaderCell(ImportField.ProjectName), name);

        var unitName = Cell(row, ImportField.UnitName);
        var unitCode = Cell(row, ImportField.UnitCode);
        if (unitName is { IsBlank: false } || unitCode is { IsBlank: false })
        {
            Field(row, ImportField.UnitName);
            Field(row, ImportField.UnitCode);
        }
        else if (previous is not null)
        {
            project.InheritUnit(previous); // a unit cell merged over several projects
        }

        var code = Cell(row, ImportField.ProjectCode);
        _projectCode = code is { IsBlank: false } c ? c.Text : null;
        foreach (var field in new[]
        {
            ImportField.ProjectCode, ImportField.Total, ImportField.Fiscal, ImportField.Other, ImportField.FundUse, ImportField.Goals,
            ImportField.PeriodGoals, ImportField.Review, ImportField.Attribute, ImportField.Period, ImportField.Year,
            ImportField.InitialBudget, ImportField.YearBudget, ImportField.Spent, ImportField.TotalScore, ImportField.Grade, ImportField.AsOf,
        })
        {
            Field(row, field);
        }

        foreach (var field in ProjectFields)
        {
            if (Cell(row, field) is { } cell)
            {
                _firstValues[field] = cell.Text;
            }
        }
    }

    private void Field(SourceRow row, ImportField field)
    {
        if (Cell(row, field) is { } cell)
        {
            _project!.Field(field, HeaderCell(field), cell);
        }
    }

    private void EndProject()
    {
        if (_project is { } project)
        {
            _builder.EndProject(project, project.At);
            _project = null;
        }
    }

    /// <summary>
    /// Project-level cells repeated on a later row of the project must agree with its first row (<c>PTI206</c>), except
    /// goals written one per row, which are added in order.
    /// </summary>
    private void CheckRepeatedProjectCells(SourceRow row)
    {
        foreach (var field in ProjectFields)
        {
            if (Cell(row, field) is not { IsBlank: false } cell)
            {
                continue;
            }

            var hasFirst = _firstValues.TryGetValue(field, out var first);
            if (hasFirst && string.Equals(first, cell.Text, StringComparison.Ordinal))
            {
                continue;
            }

            if (field is ImportField.Goals or ImportField.PeriodGoals && (!hasFirst || CellText.IsBlank(first)))
            {
                _project!.Field(field, HeaderCell(field), cell);
                continue;
            }

            var name = CellText.Quote(_projectName);
            var firstRow = _projectRow.ToString(CultureInfo.InvariantCulture);
            _context.Warning(
                ImportDiagnosticCodes.ConflictingValue,
                cell.At.InTable(_project!.Table),
                "Project " + name + " has " + CellText.Quote(first) + " in this column on its first row (row " + firstRow + ") and " + CellText.Quote(cell.Text) + " here; the first value was kept.",
                "项目" + name + "在首行（第 " + firstRow + " 行）该列为" + CellText.Quote(first) + "，此处为" + CellText.Quote(cell.Text) + "；保留首行的值。",
                "Project-level cells belong on the first row of each project; a different value here may mean a new project whose name is missing.",
                "项目级单元格应填在每个项目的首行；此处的值不同，可能是某个新项目缺少项目名称。");
        }
    }
}
