using System.Globalization;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Flat;

/// <summary>
/// Imports a flat indicator table: one row per indicator, project-level cells (单位名称, 项目名称, 预算数, 年度目标 …)
/// on the first row of each project, columns mapped by their header names.
/// </summary>
internal sealed class FlatTableImporter
{
    private const int HeaderSearchRows = 30;

    private static readonly FlatField[] RequiredColumns = [FlatField.ProjectName, FlatField.Total, FlatField.Level1, FlatField.Level2, FlatField.Name, FlatField.Target];

    private static readonly FlatField[] ProjectFields =
    [
        FlatField.UnitName, FlatField.UnitCode, FlatField.ProjectCode, FlatField.Total, FlatField.Fiscal, FlatField.Other,
        FlatField.FundUse, FlatField.Goals, FlatField.PeriodGoals, FlatField.Attribute, FlatField.Period, FlatField.Review,
    ];

    private readonly ImportContext _context;
    private readonly FlatGrid _grid;
    private readonly Dictionary<FlatField, int> _columns = [];
    private readonly List<ProjectBuilder> _projects = [];
    private readonly List<(string Text, FlatCell Cell)> _titles = [];
    private int _headerIndex;
    private AmountUnit? _amountUnit;
    private FlatCell? _amountUnitCell;
    private int _year;
    private FlatCell? _yearCell;
    private int _width;

    private FlatTableImporter(ImportContext context, FlatGrid grid)
    {
        _context = context;
        _grid = grid;
    }

    /// <summary>Whether text looks like a CSV flat table: a delimiter under which an early line names three known columns.</summary>
    public static bool RecognizeCsv(string text) => CsvReader.DetectDelimiter(text) != '\0';

    public static TargetDocument? ImportCsv(string text, ImportContext context)
    {
        var delimiter = CsvReader.DetectDelimiter(text);
        if (delimiter == '\0')
        {
            delimiter = ',';
        }

        var rows = CsvReader.Read(text, delimiter, context);
        return new FlatTableImporter(context, new FlatGrid(rows, fromSheet: false, null)).Run();
    }

    public static TargetDocument? ImportXlsx(byte[] bytes, ImportContext context)
    {
        var sheets = XlsxReader.ReadSheets(bytes, context);
        if (sheets is null)
        {
            return null;
        }

        var wanted = context.Options.SheetName;
        if (wanted is not null)
        {
            var match = sheets.FindIndex(s => string.Equals(s.Name, wanted, StringComparison.Ordinal));
            if (match < 0)
            {
                match = sheets.FindIndex(s => string.Equals(s.Name.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
            }

            if (match < 0)
            {
                context.Error(
                    ImportDiagnosticCodes.SheetNotFound,
                    SourcePosition.None,
                    "The workbook has no sheet named " + CellText.Quote(wanted) + "; its sheets are " + CellText.Join(sheets.Select(s => s.Name)) + ".",
                    "工作簿中没有名为" + CellText.Quote(wanted) + "的工作表；现有工作表为 " + CellText.Join(sheets.Select(s => s.Name)) + "。");
                return null;
            }

            return new FlatTableImporter(context, sheets[match].Grid).Run();
        }

        foreach (var (_, grid) in sheets)
        {
            if (FindHeader(grid) >= 0)
            {
                return new FlatTableImporter(context, grid).Run();
            }
        }

        context.Error(
            ImportDiagnosticCodes.SheetNotFound,
            SourcePosition.None,
            "No sheet of the workbook has a header row naming the indicator columns (项目名称, 一级指标, 二级指标, 三级指标, 指标值 …); sheets: " + CellText.Join(sheets.Select(s => s.Name)) + ".",
            "工作簿中没有任何工作表含有指标表头行（项目名称、一级指标、二级指标、三级指标、指标值 等）；工作表：" + CellText.Join(sheets.Select(s => s.Name)) + "。",
            "Choose the sheet with --sheet, or add the header row.",
            "请用 --sheet 指定工作表，或补充表头行。");
        return null;
    }

    private static int FindHeader(FlatGrid grid)
    {
        var best = -1;
        var bestScore = 2;
        for (var i = 0; i < grid.Rows.Count && i < HeaderSearchRows; i++)
        {
            var seen = new HashSet<FlatField>();
            foreach (var cell in grid.Rows[i].Cells)
            {
                var field = cell is null ? FlatField.None : FlatColumns.Lookup(cell.Text, seen);
                if (field is not (FlatField.None or FlatField.Ignored))
                {
                    seen.Add(field);
                }
            }

            if (seen.Count > bestScore)
            {
                best = i;
                bestScore = seen.Count;
            }
        }

        return best;
    }

    private static SourcePosition At(FlatCell? cell, FlatRow row, int? table = null) =>
        cell is null ? new SourcePosition(row.Line, 0, table, row.Number) : new SourcePosition(cell.Line, cell.Column, table, row.Number);

    private TargetDocument? Run()
    {
        _headerIndex = FindHeader(_grid);
        if (_headerIndex < 0)
        {
            var first = _grid.Rows.FirstOrDefault(r => !r.IsEmpty);
            _context.Error(
                ImportDiagnosticCodes.HeaderNotFound,
                first is null ? new SourcePosition(1) : new SourcePosition(first.Line, 0, null, first.Number),
                "No header row was found in the first " + HeaderSearchRows.ToString(CultureInfo.InvariantCulture) + " rows: expected a row naming columns such as 单位名称, 项目名称, 预算数, 一级指标, 二级指标, 三级指标, 指标值" + (first is null ? "." : "; the first row is " + CellText.Join(first.Cells.Select(c => c?.Text ?? string.Empty)) + "."),
                "前 " + HeaderSearchRows.ToString(CultureInfo.InvariantCulture) + " 行中没有表头行：应有一行列名，如 单位名称、项目名称、预算数、一级指标、二级指标、三级指标、指标值" + (first is null ? "。" : "；第一行为 " + CellText.Join(first.Cells.Select(c => c?.Text ?? string.Empty)) + "。"));
            return null;
        }

        ReadTitleRows();
        if (!ReadHeader())
        {
            return null;
        }

        for (var i = _headerIndex + 1; i < _grid.Rows.Count; i++)
        {
            ReadRow(_grid.Rows[i]);
        }

        return Build();
    }

    private void ReadTitleRows()
    {
        for (var i = 0; i < _headerIndex; i++)
        {
            var row = _grid.Rows[i];
            foreach (var cell in row.Cells)
            {
                if (cell is null || CellText.IsBlank(cell.Text))
                {
                    continue;
                }

                var key = CellText.LabelKey(cell.Text);
                var unitAt = key.IndexOf("单位：", StringComparison.Ordinal);
                if (unitAt >= 0)
                {
                    // "单位：元", "金额单位：万元" (not "预算单位：怀来县…", which names the budget unit).
                    var unit = key.Substring(unitAt + 3);
                    AmountUnit? stated = unit.StartsWith("万元", StringComparison.Ordinal) ? AmountUnit.TenThousandYuan
                        : unit.StartsWith("元", StringComparison.Ordinal) ? AmountUnit.Yuan
                        : null;
                    if (stated is not null)
                    {
                        if (_amountUnitCell is null)
                        {
                            _amountUnit = stated;
                            _amountUnitCell = cell;
                        }

                        if (unitAt == 0 || key.StartsWith("金额单位：", StringComparison.Ordinal))
                        {
                            continue;
                        }
                    }
                }

                _titles.Add((cell.Text, cell));
                if (_year == 0 && CellText.FindYear(cell.Text) is > 0 and var year)
                {
                    _year = year;
                    _yearCell = cell;
                }
            }
        }
    }

    private bool ReadHeader()
    {
        var header = _grid.Rows[_headerIndex];
        var seen = new HashSet<FlatField>();
        for (var index = 0; index < header.Cells.Count; index++)
        {
            var cell = header.Cells[index];
            if (cell is null || CellText.IsBlank(cell.Text))
            {
                continue;
            }

            _width = index + 1;
            var field = FlatColumns.Lookup(cell.Text, seen);
            if (field == FlatField.Ignored)
            {
                continue;
            }

            if (field == FlatField.None)
            {
                _context.Warning(
                    ImportDiagnosticCodes.UnknownColumn,
                    At(cell, header),
                    "Unknown column " + CellText.Quote(cell.Text) + "; its cells were not imported. Known columns: 单位名称, 项目名称, 项目编码, 预算数, 财政资金, 其他资金, 资金用途, 年度目标, 一级指标, 二级指标, 三级指标, 指标解释, 指标性质, 指标值, 度量单位, 权重, 指标方向性, 指标值确定依据 (docs/import.md lists the variants).",
                    "未知列" + CellText.Quote(cell.Text) + "，其单元格未导入。可识别的列：单位名称、项目名称、项目编码、预算数、财政资金、其他资金、资金用途、年度目标、一级指标、二级指标、三级指标、指标解释、指标性质、指标值、度量单位、权重、指标方向性、指标值确定依据（变体见 docs/import.md）。");
                continue;
            }

            if (!seen.Add(field))
            {
                _context.Warning(
                    ImportDiagnosticCodes.DuplicateColumn,
                    At(cell, header),
                    "The column " + CellText.Quote(cell.Text) + " holds the same field as an earlier column; the earlier one was used and this column's cells were not imported.",
                    "列" + CellText.Quote(cell.Text) + "与前面的列含义相同；使用了前一列，该列的单元格未导入。");
                continue;
            }

            _columns[field] = index;
            if (field is FlatField.Total or FlatField.Fiscal or FlatField.Other && FlatColumns.AmountUnitOf(cell.Text) is { } unit && _amountUnitCell is null)
            {
                _amountUnit = unit;
                _amountUnitCell = cell;
            }
        }

        var missing = RequiredColumns.Where(f => !_columns.ContainsKey(f)).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        var names = string.Join("、", missing.Select(FlatColumns.DisplayName));
        var found = CellText.Join(header.Cells.Where(c => c is not null && !CellText.IsBlank(c.Text)).Select(c => c!.Text));
        _context.Error(
            ImportDiagnosticCodes.MissingColumn,
            new SourcePosition(header.Line, 0, null, header.Number),
            "The header row lacks the column(s) " + names + ", which every flat table needs; the header has " + found + ". Nothing was imported.",
            "表头行缺少必需的列：" + names + "；现有表头为 " + found + "。未导入任何内容。",
            "Add the column, or rename a column to one of the names listed in docs/import.md.",
            "请补充该列，或将某一列改为 docs/import.md 所列的列名之一。");
        return false;
    }

    private FlatCell? Cell(FlatRow row, FlatField field) => _columns.TryGetValue(field, out var index) ? row.Cell(index) : null;

    private string Text(FlatRow row, FlatField field) => _columns.TryGetValue(field, out var index) ? row.Text(index) : string.Empty;

    private void ReadRow(FlatRow row)
    {
        if (row.IsEmpty)
        {
            return;
        }

        if (!_grid.FromSheet && row.Count < _width)
        {
            var missing = _columns.Where(c => c.Value >= row.Count).OrderBy(c => c.Value).Select(c => FlatColumns.DisplayName(c.Key));
            _context.Error(
                ImportDiagnosticCodes.RowCellCount,
                new SourcePosition(row.Line, 0, null, row.Number),
                "The row has " + row.Count.ToString(CultureInfo.InvariantCulture) + " cells where the header has " + _width.ToString(CultureInfo.InvariantCulture) + " (missing: " + string.Join(", ", missing) + "); the row " + CellText.Join(row.Cells.Select(c => c?.Text ?? string.Empty)) + " was not imported.",
                "该行有 " + row.Count.ToString(CultureInfo.InvariantCulture) + " 个单元格，表头有 " + _width.ToString(CultureInfo.InvariantCulture) + " 个（缺少：" + string.Join("、", missing) + "）；该行 " + CellText.Join(row.Cells.Select(c => c?.Text ?? string.Empty)) + " 未导入。",
                "Add the missing delimiters (empty cells still need their commas).",
                "请补上缺少的分隔符（空单元格也须保留逗号）。");
            return;
        }

        for (var i = _width; i < row.Count; i++)
        {
            if (row.Cell(i) is { } extra && !CellText.IsBlank(extra.Text))
            {
                _context.Error(
                    ImportDiagnosticCodes.RowCellCount,
                    At(extra, row),
                    "The cell " + CellText.Quote(extra.Text) + " is in column " + (i + 1).ToString(CultureInfo.InvariantCulture) + ", beyond the " + _width.ToString(CultureInfo.InvariantCulture) + " columns of the header; it was not imported.",
                    "单元格" + CellText.Quote(extra.Text) + "位于第 " + (i + 1).ToString(CultureInfo.InvariantCulture) + " 列，超出表头的 " + _width.ToString(CultureInfo.InvariantCulture) + " 列，未导入。");
            }
        }

        var name = Text(row, FlatField.ProjectName);
        var current = _projects.Count > 0 ? _projects[^1] : null;
        if (!CellText.IsBlank(name) && (current is null || !string.Equals(name, current.Name, StringComparison.Ordinal)
            || (Cell(row, FlatField.ProjectCode) is { } code && !CellText.IsBlank(code.Text) && !string.Equals(code.Text, current.Code, StringComparison.Ordinal))))
        {
            current = StartProject(row, current);
        }
        else if (current is null)
        {
            _context.Error(
                ImportDiagnosticCodes.RowWithoutProject,
                new SourcePosition(row.Line, 0, null, row.Number),
                "The row comes before any row that names its project (项目名称 is empty and no project came before); the row " + CellText.Join(row.Cells.Select(c => c?.Text ?? string.Empty)) + " was not imported.",
                "该行之前没有任何写明项目名称的行（项目名称为空）；该行 " + CellText.Join(row.Cells.Select(c => c?.Text ?? string.Empty)) + " 未导入。");
            return;
        }
        else
        {
            CheckRepeatedProjectCells(row, current);
        }

        ReadIndicator(row, current);
    }

    private ProjectBuilder StartProject(FlatRow row, ProjectBuilder? previous)
    {
        var project = new ProjectBuilder(_projects.Count + 1, row);
        _projects.Add(project);
        var table = project.Number;
        var nameCell = Cell(row, FlatField.ProjectName)!;
        project.Name = nameCell.Text;
        project.Map.Add(string.Empty, new SourcePosition(row.Line, 0, table, row.Number));
        project.Map.Add("/name", At(nameCell, row, table));
        project.NameAt = At(nameCell, row, table);

        var unitName = Cell(row, FlatField.UnitName);
        var unitCode = Cell(row, FlatField.UnitCode);
        if ((unitName is not null && !CellText.IsBlank(unitName.Text)) || (unitCode is not null && !CellText.IsBlank(unitCode.Text)))
        {
            project.Unit = new BudgetUnit
            {
                Code = unitCode is null || CellText.IsBlank(unitCode.Text) ? null : unitCode.Text,
                Name = unitName is null || CellText.IsBlank(unitName.Text) ? null : unitName.Text,
            };
            project.UnitAt = At(unitName ?? unitCode, row, table);
            if (project.Unit.Name is not null)
            {
                project.Map.Add("/unit/name", At(unitName, row, table));
            }

            if (project.Unit.Code is not null)
            {
                project.Map.Add("/unit/code", At(unitCode, row, table));
            }

            project.Map.Add("/unit", project.UnitAt);
        }
        else if (previous?.Unit is not null)
        {
            // A unit cell merged over several projects: the unit carries down.
            project.Unit = previous.Unit;
            project.UnitAt = previous.UnitAt;
            project.Map.Add("/unit", previous.UnitAt);
        }

        if (Cell(row, FlatField.ProjectCode) is { } code && !CellText.IsBlank(code.Text))
        {
            project.Code = code.Text;
            project.Map.Add("/code", At(code, row, table));
        }

        project.Total = ReadAmount(row, FlatField.Total, project, "/budget/total", required: true);
        project.Fiscal = ReadAmount(row, FlatField.Fiscal, project, "/budget/fiscal", required: false);
        project.Other = ReadAmount(row, FlatField.Other, project, "/budget/other", required: false);
        if (Cell(row, FlatField.Total) is { } totalCell)
        {
            project.Map.Add("/budget", At(totalCell, row, table));
        }

        if (Cell(row, FlatField.FundUse) is { } fundUse && !CellText.IsBlank(fundUse.Text))
        {
            project.FundUse = fundUse.Text;
            project.Map.Add("/fundUse", At(fundUse, row, table));
        }

        ReadGoals(row, FlatField.Goals, project.Goals, project, "/goals");
        ReadGoals(row, FlatField.PeriodGoals, project.PeriodGoals, project, "/periodGoals");
        if (Cell(row, FlatField.Review) is { } review && !CellText.IsBlank(review.Text))
        {
            project.Review = review.Text;
            project.Map.Add("/reviewOpinion", At(review, row, table));
        }

        if (Cell(row, FlatField.Attribute) is { } attribute && !CellText.IsBlank(attribute.Text))
        {
            project.Attribute = CellText.LabelKey(attribute.Text) switch
            {
                "新增" or "新增项目" or "新建" => ProjectAttribute.New,
                "延续" or "延续项目" or "续建" or "持续" => ProjectAttribute.Continuing,
                _ => null,
            };
            if (project.Attribute is null)
            {
                InvalidValue(attribute, row, table, "项目属性", "新增 or 延续", "新增 或 延续");
            }
            else
            {
                project.Map.Add("/attribute", At(attribute, row, table));
            }
        }

        if (Cell(row, FlatField.Period) is { } period && !CellText.IsBlank(period.Text))
        {
            var parsed = IndicatorTarget.Parse(period.Text);
            if (parsed.Kind == TargetKind.Period && parsed.PeriodStart is { } start && parsed.PeriodEnd is { } end)
            {
                project.Period = new ImplementationPeriod { Start = start, End = end };
                project.Map.Add("/implementationPeriod", At(period, row, table));
            }
            else
            {
                InvalidValue(period, row, table, "项目实施期", "a period such as 2023.07-2024.01", "起止年月，如 2023.07-2024.01");
            }
        }

        if (Cell(row, FlatField.Year) is { } yearCell && !CellText.IsBlank(yearCell.Text))
        {
            var text = yearCell.Text.Trim().TrimEnd('年');
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && TargetDocument.IsFiscalYear(year))
            {
                if (_yearCell is null || _year == 0)
                {
                    _year = year;
                    _yearCell = yearCell;
                }
                else if (year != _year)
                {
                    _context.Warning(
                        ImportDiagnosticCodes.ConflictingValue,
                        At(yearCell, row, table),
                        "The year " + CellText.Quote(yearCell.Text) + " differs from " + _year.ToString(CultureInfo.InvariantCulture) + " stated before; a document has one fiscal year, " + _year.ToString(CultureInfo.InvariantCulture) + " was kept.",
                        "年度" + CellText.Quote(yearCell.Text) + "与前面的 " + _year.ToString(CultureInfo.InvariantCulture) + " 不同；一个文档只有一个预算年度，保留 " + _year.ToString(CultureInfo.InvariantCulture) + "。");
                }
            }
            else
            {
                InvalidValue(yearCell, row, table, "年度", "a year such as 2024", "年份，如 2024");
            }
        }

        foreach (var field in ProjectFields)
        {
            if (Cell(row, field) is { } cell)
            {
                project.FirstValues[field] = cell.Text;
            }
        }

        return project;
    }

    private void InvalidValue(FlatCell cell, FlatRow row, int table, string label, string expected, string expectedZh) =>
        _context.Error(
            ImportDiagnosticCodes.InvalidValue,
            At(cell, row, table),
            label + " holds " + CellText.Quote(cell.Text) + "; expected " + expected + ". The value was not imported.",
            label + " 的值为" + CellText.Quote(cell.Text) + "，应为" + expectedZh + "；该值未导入。");

    private decimal? ReadAmount(FlatRow row, FlatField field, ProjectBuilder project, string pointer, bool required)
    {
        var cell = Cell(row, field);
        if (cell is null || CellText.IsBlank(cell.Text))
        {
            if (required)
            {
                _context.Error(
                    ImportDiagnosticCodes.MissingValue,
                    At(cell, row, project.Number),
                    "The first row of project " + CellText.Quote(project.Name) + " has no 预算数 (budget total); the project was not imported.",
                    "项目" + CellText.Quote(project.Name) + "的首行没有预算数，该项目未导入。",
                    "Put the project's budget on its first row.",
                    "请将项目的预算数填在该项目的首行。");
            }

            if (required || !_columns.ContainsKey(field))
            {
                return null;
            }

            project.Map.Add(pointer, At(cell, row, project.Number)); // an empty cell is 0
            return 0m;
        }

        if (CellText.TryParseAmount(cell.Text, out var amount) && amount >= 0)
        {
            project.Map.Add(pointer, At(cell, row, project.Number));
            return amount;
        }

        _context.Error(
            ImportDiagnosticCodes.InvalidNumber,
            At(cell, row, project.Number),
            "The amount " + CellText.Quote(cell.Text) + " is not a non-negative number (such as 1,234,567.00)" + (required ? "; the project was not imported." : "; it was not imported."),
            "金额" + CellText.Quote(cell.Text) + "不是非负数（如 1,234,567.00）" + (required ? "；该项目未导入。" : "；该值未导入。"));
        return null;
    }

    private void ReadGoals(FlatRow row, FlatField field, List<string> goals, ProjectBuilder project, string pointer)
    {
        if (Cell(row, field) is not { } cell || CellText.IsBlank(cell.Text))
        {
            return;
        }

        foreach (var (text, _) in CellText.SplitNumbered(cell.Text))
        {
            project.Map.Add(pointer + "/" + goals.Count.ToString(CultureInfo.InvariantCulture), At(cell, row, project.Number));
            goals.Add(text);
        }

        project.Map.Add(pointer, At(cell, row, project.Number));
    }

    private void CheckRepeatedProjectCells(FlatRow row, ProjectBuilder project)
    {
        foreach (var field in ProjectFields)
        {
            if (Cell(row, field) is not { } cell || CellText.IsBlank(cell.Text))
            {
                continue;
            }

            if (project.FirstValues.TryGetValue(field, out var first) && string.Equals(first, cell.Text, StringComparison.Ordinal))
            {
                continue;
            }

            if (field is FlatField.Goals or FlatField.PeriodGoals && (!project.FirstValues.TryGetValue(field, out first) || CellText.IsBlank(first)))
            {
                // Goals written on a later row of the project (one goal per row): added in order.
                var list = field == FlatField.Goals ? project.Goals : project.PeriodGoals;
                var pointer = field == FlatField.Goals ? "/goals" : "/periodGoals";
                foreach (var (text, _) in CellText.SplitNumbered(cell.Text))
                {
                    project.Map.Add(pointer + "/" + list.Count.ToString(CultureInfo.InvariantCulture), At(cell, row, project.Number));
                    list.Add(text);
                }

                continue;
            }

            _context.Warning(
                ImportDiagnosticCodes.ConflictingValue,
                At(cell, row, project.Number),
                "Project " + CellText.Quote(project.Name) + " has " + CellText.Quote(project.FirstValues.TryGetValue(field, out var was) ? was : string.Empty) + " in this column on its first row (row " + project.FirstRow.ToString(CultureInfo.InvariantCulture) + ") and " + CellText.Quote(cell.Text) + " here; the first value was kept.",
                "项目" + CellText.Quote(project.Name) + "在首行（第 " + project.FirstRow.ToString(CultureInfo.InvariantCulture) + " 行）该列为" + CellText.Quote(was ?? string.Empty) + "，此处为" + CellText.Quote(cell.Text) + "；保留首行的值。",
                "Project-level cells belong on the first row of each project; a different value here may mean a new project whose name is missing.",
                "项目级单元格应填在每个项目的首行；此处的值不同，可能是某个新项目缺少项目名称。");
        }
    }

    private void ReadIndicator(FlatRow row, ProjectBuilder project)
    {
        var fields = new[] { FlatField.Level1, FlatField.Level2, FlatField.Name, FlatField.Description, FlatField.Target, FlatField.Comparator, FlatField.MeasureUnit, FlatField.Basis, FlatField.Weight, FlatField.Direction };
        if (fields.All(f => CellText.IsBlank(Text(row, f))))
        {
            return; // a project row without an indicator
        }

        var table = project.Number;
        var prefix = "/indicators/" + project.Indicators.Count.ToString(CultureInfo.InvariantCulture);
        var level1Cell = Cell(row, FlatField.Level1);
        var carried = level1Cell is null || CellText.IsBlank(level1Cell.Text);
        if (carried)
        {
            if (project.Level1 is null)
            {
                _context.Error(
                    ImportDiagnosticCodes.MissingValue,
                    At(level1Cell, row, table),
                    "The first indicator row of project " + CellText.Quote(project.Name) + " has an empty 一级指标, so there is no category to continue; the row was not imported.",
                    "项目" + CellText.Quote(project.Name) + "的第一行指标一级指标为空，无可延续的类别；该行未导入。");
                return;
            }
        }
        else
        {
            project.Level1 = level1Cell!.Text;
            project.Level1At = At(level1Cell, row, table);
            project.Level2 = null;
        }

        var level2Cell = Cell(row, FlatField.Level2);
        var level2 = level2Cell?.Text ?? string.Empty;
        var level2At = At(level2Cell, row, table);
        if (CellText.IsBlank(level2) && carried && project.Level2 is not null)
        {
            level2 = project.Level2;
            level2At = project.Level2At;
        }
        else
        {
            project.Level2 = level2;
            project.Level2At = level2At;
        }

        var targetCell = Cell(row, FlatField.Target);
        var comparatorCell = Cell(row, FlatField.Comparator);
        var unitCell = Cell(row, FlatField.MeasureUnit);
        var target = IndicatorColumns.ComposeTarget(comparatorCell?.Text, targetCell?.Text ?? string.Empty, unitCell?.Text, out var unknown);
        if (unknown)
        {
            _context.Warning(
                ImportDiagnosticCodes.UnknownComparator,
                At(comparatorCell, row, table),
                "The 指标性质 " + CellText.Quote(comparatorCell!.Text) + " is not a comparator (≥ > = ≤ <, 定量 or 定性); it was written before the value as it stands.",
                "指标性质" + CellText.Quote(comparatorCell.Text) + "不是比较符（≥ > = ≤ <、定量 或 定性），已原样写在指标值之前。");
        }

        decimal? weight = null;
        if (Cell(row, FlatField.Weight) is { } weightCell && !CellText.IsBlank(weightCell.Text))
        {
            if (CellText.TryParsePercent(weightCell.Text, out var w) && w is >= 0 and <= 100)
            {
                weight = w;
                project.Map.Add(prefix + "/weight", At(weightCell, row, table));
            }
            else
            {
                _context.Error(
                    ImportDiagnosticCodes.InvalidNumber,
                    At(weightCell, row, table),
                    "The weight " + CellText.Quote(weightCell.Text) + " is not a number from 0 to 100; it was not imported.",
                    "权重" + CellText.Quote(weightCell.Text) + "不是 0 到 100 之间的数，未导入。");
            }
        }

        IndicatorDirection? direction = null;
        if (Cell(row, FlatField.Direction) is { } directionCell)
        {
            if (!IndicatorColumns.TryParseDirection(directionCell.Text, out direction))
            {
                _context.Warning(
                    ImportDiagnosticCodes.UnknownDirection,
                    At(directionCell, row, table),
                    "The direction " + CellText.Quote(directionCell.Text) + " is neither 正向 nor 反向; it was not imported.",
                    "指标方向" + CellText.Quote(directionCell.Text) + "既不是正向也不是反向，未导入。");
            }
            else if (direction is not null)
            {
                project.Map.Add(prefix + "/direction", At(directionCell, row, table));
            }
        }

        var nameCell = Cell(row, FlatField.Name);
        var descriptionCell = Cell(row, FlatField.Description);
        var basisCell = Cell(row, FlatField.Basis);
        project.Indicators.Add(new Indicator
        {
            Level1 = project.Level1!,
            Level2 = level2,
            Name = nameCell?.Text ?? string.Empty,
            Description = _columns.ContainsKey(FlatField.Description) ? descriptionCell?.Text ?? string.Empty : null,
            Target = target,
            Basis = _columns.ContainsKey(FlatField.Basis) ? basisCell?.Text ?? string.Empty : null,
            Weight = weight,
            Direction = direction,
        });
        if (IndicatorFramework.Framework2021.TryGetCategory(project.Level1, out var category) && category == IndicatorCategory.Cost)
        {
            project.UsesCostCategory = true;
        }

        project.Map.Add(prefix, new SourcePosition(row.Line, 0, table, row.Number));
        project.Map.Add(prefix + "/level1", project.Level1At);
        project.Map.Add(prefix + "/level2", level2At);
        project.Map.Add(prefix + "/name", At(nameCell, row, table));
        project.Map.Add(prefix + "/target", At(comparatorCell ?? targetCell, row, table));
        if (_columns.ContainsKey(FlatField.Description))
        {
            project.Map.Add(prefix + "/description", At(descriptionCell, row, table));
        }

        if (_columns.ContainsKey(FlatField.Basis))
        {
            project.Map.Add(prefix + "/basis", At(basisCell, row, table));
        }
    }

    private TargetDocument? Build()
    {
        var year = _year;
        if (year == 0)
        {
            year = _context.Options.FiscalYear ?? CellText.FindYear(Path.GetFileName(_context.File ?? string.Empty));
        }

        if (year == 0)
        {
            _context.Error(
                ImportDiagnosticCodes.FiscalYearMissing,
                SourcePosition.None,
                "The fiscal year was not found: no 年度 column, no title row with a year such as \"2024年\", and none in the file name.",
                "未找到预算年度：没有“年度”列，标题行和文件名中也没有“2024年”这样的年份。",
                "Pass the year (--year 2024, or ImportOptions.FiscalYear), or add a 年度 column.",
                "请指定年度（--year 2024，或 ImportOptions.FiscalYear），或增加“年度”列。");
            return null;
        }

        if (_yearCell is not null)
        {
            _context.Map("/fiscalYear", new SourcePosition(_yearCell.Line, _yearCell.Column));
        }

        var amountUnit = _amountUnit ?? _context.Options.AmountUnit;
        if (amountUnit is null)
        {
            amountUnit = AmountUnit.Yuan;
            _context.Info(
                ImportDiagnosticCodes.AmountUnit,
                SourcePosition.None,
                "No header or title row states the amount unit (such as 预算数（元） or 单位：万元); the amounts were taken as 元, the unit of most flat tables.",
                "表头和标题行都未注明金额单位（如“预算数（元）”“单位：万元”）；金额按元处理（多数一维表使用元）。",
                "Write the unit in the 预算数 header, or pass ImportOptions.AmountUnit.",
                "请在预算数列的表头中注明金额单位，或指定 ImportOptions.AmountUnit。");
        }
        else if (_amountUnitCell is not null)
        {
            _context.Map("/amountUnit", new SourcePosition(_amountUnitCell.Line, _amountUnitCell.Column));
        }

        var projects = new List<Project>();
        var usesCost = false;
        foreach (var builder in _projects)
        {
            if (builder.Total is null)
            {
                continue;
            }

            builder.Map.CopyTo(_context, "/projects/" + projects.Count.ToString(CultureInfo.InvariantCulture));
            var reference = FundingReferences.Find(builder.Name);
            if (reference is not null)
            {
                _context.Map("/projects/" + projects.Count.ToString(CultureInfo.InvariantCulture) + "/fundingReference", builder.NameAt);
            }

            usesCost |= builder.UsesCostCategory;
            projects.Add(new Project
            {
                Unit = builder.Unit,
                Code = builder.Code,
                Name = builder.Name,
                FundingReference = reference,
                Budget = new Budget { Total = builder.Total.Value, Fiscal = builder.Fiscal, Other = builder.Other },
                FundUse = builder.FundUse,
                Goals = [.. builder.Goals],
                Indicators = [.. builder.Indicators],
                Attribute = builder.Attribute,
                ImplementationPeriod = builder.Period,
                PeriodGoals = [.. builder.PeriodGoals],
                ReviewOpinion = builder.Review,
            });
        }

        if (_projects.Count == 0)
        {
            _context.Warning(
                ImportDiagnosticCodes.SectionMissing,
                new SourcePosition(_grid.Rows[_headerIndex].Line, 0, null, _grid.Rows[_headerIndex].Number),
                "The table has a header row but no project rows below it.",
                "表格有表头行，但其下没有项目行。");
        }

        var framework = _context.Framework(usesCost);

        var units = projects.Where(p => p.Unit is not null).Select(p => p.Unit!).ToList();
        Department? department = null;
        if (units.Count > 0 && units.TrueForAll(u => Equals(u, units[0])))
        {
            department = new Department { Code = units[0].Code, Name = units[0].Name };
            var first = _projects.First(p => p.Unit is not null && p.Total is not null);
            _context.Map("/department", first.UnitAt);
            _context.Map("/department/name", first.UnitAt);
            if (units[0].Code is not null)
            {
                _context.Map("/department/code", first.UnitAt);
            }
        }

        var title = _titles.Count > 0 ? _titles[0].Text : null;
        if (title is not null)
        {
            _context.Map("/title", new SourcePosition(_titles[0].Cell.Line, _titles[0].Cell.Column));
        }

        return new TargetDocument
        {
            Framework = framework,
            Title = title,
            FiscalYear = year,
            Department = department,
            AmountUnit = amountUnit,
            Projects = [.. projects],
        };
    }

    private sealed class ProjectBuilder
    {
        public ProjectBuilder(int number, FlatRow first)
        {
            Number = number;
            FirstRow = first.Number;
        }

        public int Number { get; }

        public int FirstRow { get; }

        public ValueMap Map { get; } = new();

        public Dictionary<FlatField, string> FirstValues { get; } = [];

        public string Name { get; set; } = string.Empty;

        public SourcePosition NameAt { get; set; }

        public string? Code { get; set; }

        public BudgetUnit? Unit { get; set; }

        public SourcePosition UnitAt { get; set; }

        public decimal? Total { get; set; }

        public decimal? Fiscal { get; set; }

        public decimal? Other { get; set; }

        public string? FundUse { get; set; }

        public List<string> Goals { get; } = [];

        public List<string> PeriodGoals { get; } = [];

        public ProjectAttribute? Attribute { get; set; }

        public ImplementationPeriod? Period { get; set; }

        public string? Review { get; set; }

        public List<Indicator> Indicators { get; } = [];

        public string? Level1 { get; set; }

        public SourcePosition Level1At { get; set; }

        public string? Level2 { get; set; }

        public SourcePosition Level2At { get; set; }

        public bool UsesCostCategory { get; set; }
    }
}
