using System.Globalization;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Building;

/// <summary>The three sections of part 1 (部门整体绩效目标).</summary>
internal enum OverallSection
{
    None,
    Overall,
    Itemized,
    Safeguards,
}

/// <summary>
/// The one builder of the import pipeline: it turns located cells, each already named by a layout as the value of a
/// field, into the model (<see cref="TargetDocument"/>, <see cref="Project"/>, <see cref="Indicator"/>), records where
/// every value came from, and says in one set of messages what it could not read: amounts (万元 or 元, thousands
/// separators, an empty cell is 0), 新增/延续, implementation periods, numbered goals, the spending plan, units,
/// 文号, and for indicators the carry-down of merged 一级/二级 cells, targets composed from 指标性质/指标值/度量单位,
/// weights and directions; then the fiscal year, the amount unit, the department, the framework, and the limits of
/// <see cref="DocumentLimits"/> (so that what it builds is what the JSON reader reads back).
/// </summary>
/// <remarks>
/// <para>The pipeline has three layers, each knowing only its job. <b>Format readers</b> (<c>Readers/</c>) find cells
/// and their places and nothing else: <see cref="Readers.TextLayoutReader"/> gives the paragraphs and table rows of an
/// extracted text as <see cref="SourceBlock"/>s, <see cref="Readers.CsvReader"/> and <see cref="Readers.XlsxWorkbook"/>
/// give <see cref="SourceRow"/>s. <b>Layouts</b> (<c>Layouts/</c>) find labels and headers through the one catalogue
/// <see cref="Layouts.ImportColumns"/>: <see cref="Layouts.DocumentLayout"/> reads a document of project tables (cover,
/// contents, part 1, one table per project, rows recognised by their label cells), <see cref="Layouts.FlatLayout"/> a
/// flat table (a header row, one row per indicator). <b>This builder</b> reads the values.</para>
/// <para>A new format plugs in as a reader only. A Word (.docx) reader turns the body into <see cref="SourceBlock"/>s,
/// yielded lazily in document order — each paragraph a block, each table row a block whose cells are the row's cells
/// (a merged cell given once, where it starts; soft breaks and the paragraphs of a cell joined by line breaks), each
/// cell with its <see cref="Place"/> (line = the paragraph or row number the reader counts, cell = the cell's column;
/// <see cref="Place.Exact"/> false, as the text is not a line of a file) — and hands them to
/// <c>DocumentLayout.Import(blocks, context)</c>. A Word table in the flat layout is handed as its
/// <see cref="SourceRow"/>s to <c>FlatLayout.Import(rows, context)</c>, or several tables as
/// <see cref="Layouts.FlatTableSource"/>s, of which the first with a header row is read. <c>TargetImporter</c> picks
/// the reader (today it refuses a ZIP holding <c>word/document.xml</c>). Neither layout nor this builder changes:
/// labels, synonyms, values and messages stay written once.</para>
/// <para>How a layout uses it: <see cref="BeginProject"/> for each project found, then
/// <see cref="ProjectDraft.Field"/>, <see cref="ProjectDraft.Unit"/>, <see cref="ProjectDraft.SpendingPlan"/>,
/// <see cref="ProjectDraft.IndicatorHeader"/> and <see cref="ProjectDraft.Indicator"/> with the cells, and
/// <see cref="EndProject"/>; the document's own fields (title, stated years, amount unit, cover, part 1) when found;
/// <see cref="Build"/> last. Layouts report what is wrong with the structure (a row cut short, an unknown label); the
/// builder reports what is wrong with a value. <see cref="Refused"/> tells a layout to stop reading.</para>
/// <para>Not thread-safe: one per import run.</para>
/// </remarks>
internal sealed class TargetBuilder
{
    private readonly AmountUnit? _assumedAmountUnit;
    private readonly List<Project> _projects = [];
    private readonly List<UnitSource> _units = [];
    private readonly List<(string Text, Place At)> _overall = [];
    private readonly List<(string Text, Place At)> _itemized = [];
    private readonly List<(string Text, Place At)> _safeguards = [];
    private readonly List<(string Text, Place At)> _internalUnits = [];

    private string? _title;
    private Place _titleAt;
    private int _year;
    private Place _yearAt;
    private DocumentStage? _stage;
    private Place _stageAt;
    private string? _preparedBy;
    private Place _preparedAt;
    private string? _reviewedBy;
    private Place _reviewedAt;
    private bool _hasOverall;
    private string? _amountText;
    private AmountUnit? _amountUnit;
    private Place _amountAt;
    private int _amountTable;

    /// <summary>Creates the builder of one run.</summary>
    /// <param name="context">The run's diagnostics and locations.</param>
    /// <param name="assumedAmountUnit">
    /// The amount unit a layout's sources mostly use when they state none (元 for flat tables, said in a <c>PTI011</c>
    /// information); null to leave the unit out, as for a document whose tables state theirs.
    /// </param>
    public TargetBuilder(ImportContext context, AmountUnit? assumedAmountUnit)
    {
        Context = context;
        _assumedAmountUnit = assumedAmountUnit;
    }

    public ImportContext Context { get; }

    /// <summary>Gets or sets the month a monitoring table is as of, from a header such as 1-7月执行情况 (0 when none).</summary>
    public int MonitoringMonth { get; set; }

    /// <summary>Gets the fiscal year found so far (a title, a 年度 column), else the one given in the options, else 0.</summary>
    public int KnownYear => _year != 0 ? _year : Context.Options.FiscalYear ?? 0;

    /// <summary>Gets the amount unit stated so far ("万元", "元", or the text of another unit), or null when none was.</summary>
    public string? StatedAmountText => _amountText;

    /// <summary>Gets whether a limit was passed or the input could not be read: the layout stops, and there is no document.</summary>
    public bool Refused { get; private set; }

    /// <summary>Gets the number of indicator rows of the projects kept so far.</summary>
    public int IndicatorCount { get; private set; }

    internal PointerTable Pointers { get; } = new();

    /// <summary>Sets the title: the text of its parts joined (a title split over two lines), located at the first.</summary>
    public void Title(IReadOnlyList<SourceCell> parts)
    {
        if (parts.Count == 0 || _title is not null)
        {
            return;
        }

        _title = Fits(string.Concat(parts.Select(p => p.Text)), parts[0].At, "文本标题", "the title");
        _titleAt = parts[0].At;
    }

    /// <summary>
    /// A cell that states the fiscal year: a title cell holding "2024年…" (the first year found is kept), or a 年度
    /// column's cell holding the year, which must be one and must agree with the year stated before (<c>PTI113</c>, <c>PTI206</c>).
    /// </summary>
    public void StatedYear(SourceCell cell, bool column)
    {
        if (!column)
        {
            if (_year == 0 && CellText.FindYear(cell.Text) is > 0 and var found)
            {
                _year = found;
                _yearAt = cell.At;
            }

            return;
        }

        if (cell.IsBlank)
        {
            return;
        }

        if (!CellText.TryParseYear(cell.Text, out var year))
        {
            InvalidValue("年度", cell, "a year such as 2024", "年份，如 2024", null);
            return;
        }

        if (_year == 0)
        {
            _year = year;
            _yearAt = cell.At;
        }
        else if (year != _year)
        {
            var kept = _year.ToString(CultureInfo.InvariantCulture);
            Context.Warning(
                ImportDiagnosticCodes.ConflictingValue,
                cell.At,
                "The year " + CellText.Quote(cell.Text) + " differs from " + kept + " stated before; a document has one fiscal year, " + kept + " was kept.",
                "年度" + CellText.Quote(cell.Text) + "与前面的 " + kept + " 不同；一个文档只有一个预算年度，保留 " + kept + "。");
        }
    }

    public void Stage(DocumentStage stage, Place at)
    {
        if (_stage is null)
        {
            _stage = stage;
            _stageAt = at;
        }
    }

    public void PreparedBy(string unit, Place at)
    {
        _preparedBy = Fits(unit, at, "编制单位", "the preparing unit");
        _preparedAt = at;
    }

    public void ReviewedBy(string unit, Place at)
    {
        _reviewedBy = Fits(unit, at, "审核单位", "the reviewing unit");
        _reviewedAt = at;
    }

    /// <summary>Part 1 was found: the document has overall targets, even when a section is empty.</summary>
    public void OverallTargets() => _hasOverall = true;

    /// <summary>A paragraph of a part-1 section: one entry, its numbering ("1." "1、" "（1）") removed.</summary>
    public void OverallParagraph(OverallSection section, SourceCell paragraph)
    {
        var text = CellText.StripNumbering(paragraph.Text, out var removed);
        var list = section switch
        {
            OverallSection.Overall => _overall,
            OverallSection.Itemized => _itemized,
            _ => _safeguards,
        };
        if (Fits(text, paragraph.At, "第一部分段落", "a paragraph of part 1") is { } kept)
        {
            list.Add((kept, paragraph.AtOffset(removed)));
        }
    }

    /// <summary>The paragraph "内设机构：A、B、C、D。": each unit an entry of <c>department.internalUnits</c>.</summary>
    public void InternalUnits(SourceCell paragraph)
    {
        var text = CellText.StripNumbering(paragraph.Text, out var removed);
        var colon = text.IndexOfAny(['：', ':']);
        var offset = removed + colon + 1;
        var position = 0;
        foreach (var raw in text.Substring(colon + 1).Split('、', '，', ',', '；', ';'))
        {
            var lead = raw.Length - raw.TrimStart().Length;
            var piece = raw.Trim().TrimEnd('。', '.');
            if (piece.Length > 0 && Fits(piece, paragraph.At, "内设机构", "an internal unit") is { } kept)
            {
                _internalUnits.Add((kept, paragraph.AtOffset(offset + position + lead)));
            }

            position += raw.Length + 1;
        }
    }

    /// <summary>
    /// A cell stating the amount unit ("单位：万元", "预算数（元）"): the first statement is the document's; a later one
    /// naming another unit is an error (<c>PTI011</c>), one naming neither 万元 nor 元 a warning.
    /// </summary>
    /// <param name="cell">The cell, for its place.</param>
    /// <param name="unitText">The unit as stated (万元, 元, 千元 …).</param>
    /// <param name="table">The table the statement belongs to, or 0 for the whole document.</param>
    public void StatedAmountUnit(SourceCell cell, string unitText, int table)
    {
        var unit = Layouts.ImportColumns.ParseAmountUnit(unitText);
        var key = unit switch
        {
            AmountUnit.TenThousandYuan => "万元",
            AmountUnit.Yuan => "元",
            _ => CellText.LabelKey(unitText),
        };
        if (unit is null)
        {
            Context.Warning(
                ImportDiagnosticCodes.AmountUnit,
                cell.At,
                "The amount unit " + CellText.Quote(cell.Text) + " is neither 万元 nor 元; the amounts were imported as written and the document states no unit.",
                "金额单位" + CellText.Quote(cell.Text) + "既不是万元也不是元；金额按原文导入，文档不标注单位。",
                "Convert the amounts to 万元 or 元 in the source.",
                "请在源文件中将金额换算为万元或元。");
        }

        if (_amountText is null)
        {
            _amountText = key;
            _amountUnit = unit;
            _amountAt = cell.At;
            _amountTable = table;
            return;
        }

        if (string.Equals(key, _amountText, StringComparison.Ordinal))
        {
            return;
        }

        var where = _amountTable > 0
            ? "table " + _amountTable.ToString(CultureInfo.InvariantCulture)
            : "line " + _amountAt.Line.ToString(CultureInfo.InvariantCulture);
        var whereZh = _amountTable > 0
            ? "第 " + _amountTable.ToString(CultureInfo.InvariantCulture) + " 表"
            : "第 " + _amountAt.Line.ToString(CultureInfo.InvariantCulture) + " 行";
        Context.Error(
            ImportDiagnosticCodes.AmountUnit,
            cell.At,
            "The amounts are stated here in " + key + " but in " + _amountText + " in " + where + "; a document has one amount unit, so the amounts under this statement are wrong by that factor.",
            "此处金额单位为" + key + "，而" + whereZh + "为" + _amountText + "；一个文档只能有一个金额单位，此处所指金额与之相差相应倍数。",
            "Convert these amounts to the unit of the rest of the source.",
            "请在源文件中将这些金额换算为其余部分所用的金额单位。");
    }

    /// <summary>Starts a project found by a layout.</summary>
    /// <param name="table">Its table number: the sequence number the source gives it, else its position (from 1).</param>
    /// <param name="at">Where the project starts: its title, or its first row.</param>
    /// <param name="sequence">The sequence number printed in its title, or null.</param>
    public ProjectDraft BeginProject(int table, Place at, int? sequence = null) =>
        new(this, table, at.InTable(table), sequence, Context.DiagnosticCount);

    /// <summary>
    /// Ends a project: kept when it has a name and a budget total (an error <c>PTI109</c> otherwise), with its 文号
    /// found in the name; the diagnostics met while it was read get its pointer.
    /// </summary>
    /// <param name="draft">The project.</param>
    /// <param name="end">Where its source ends: the place of a diagnostic about a missing name or total.</param>
    /// <returns>Whether the project was kept.</returns>
    public bool EndProject(ProjectDraft draft, Place end)
    {
        var project = draft.Build(end.InTable(draft.Table));
        if (project is null || Refused)
        {
            Context.Anchor(draft.FirstDiagnostic, draft.Table, null);
            return false;
        }

        if (_projects.Count >= Context.Limits.MaxProjects)
        {
            var limit = Context.Limits.MaxProjects.ToString("N0", CultureInfo.InvariantCulture);
            Refuse(
                draft.At,
                "The source holds more than " + limit + " projects (DocumentLimits.MaxProjects); reading stopped at this one and nothing was imported.",
                "源文件中的项目超过 " + limit + " 个（DocumentLimits.MaxProjects）；读到此项目时停止，未导入任何内容。",
                "Split the source into several files, or raise DocumentLimits.MaxProjects (the JSON reader applies the same limit).",
                "请将源文件拆分为多个文件，或调高 DocumentLimits.MaxProjects（读取 JSON 时适用同一上限）。");
            Context.Anchor(draft.FirstDiagnostic, draft.Table, null);
            return false;
        }

        var pointer = "/projects/" + _projects.Count.ToString(CultureInfo.InvariantCulture);
        Context.Locations.AddProject(draft.Locations);
        Context.Anchor(draft.FirstDiagnostic, draft.Table, pointer);
        _projects.Add(project);
        IndicatorCount += project.Indicators.Length + project.PeriodIndicators.Length;
        if (project.Unit is { } unit)
        {
            _units.Add(new UnitSource(unit, draft.UnitAt, draft.UnitCodeAt, draft.UnitNameAt, draft.Table));
        }

        return true;
    }

    /// <summary>Stops the import: a limit was passed or the input could not be read further. There will be no document.</summary>
    public void Refuse(Place at, string english, string chinese, string hint, string hintZh)
    {
        if (!Refused)
        {
            Refused = true;
            Context.Error(ImportDiagnosticCodes.TooManyValues, at, english, chinese, hint, hintZh);
        }
    }

    /// <summary>Stops the import after a diagnostic the caller reported: there will be no document.</summary>
    public void Refuse() => Refused = true;

    /// <summary>
    /// Builds the document from the projects kept and the document's fields; null when the import was refused or the
    /// fiscal year is unknown (<c>PTI008</c>).
    /// </summary>
    public TargetDocument? Build()
    {
        if (Refused)
        {
            return null;
        }

        var year = _year;
        if (year == 0)
        {
            year = Context.Options.FiscalYear ?? CellText.FindYear(Path.GetFileName(Context.File ?? string.Empty));
        }

        if (year == 0)
        {
            Context.Error(
                ImportDiagnosticCodes.FiscalYearMissing,
                _titleAt,
                "The fiscal year was not found: no title or 年度 column states a year such as \"2024年\", and the file name holds none.",
                "未找到预算年度：标题和“年度”列都没有写明“2024年”这样的年份，文件名中也没有。",
                "Pass the year (--year 2024, or ImportOptions.FiscalYear).",
                "请指定年度（--year 2024，或 ImportOptions.FiscalYear）。");
            return null;
        }

        var amountUnit = AmountUnitOfDocument();
        var department = Department();
        var framework = Framework();
        MapDocument(department);
        return new TargetDocument
        {
            Framework = framework,
            Title = _title,
            FiscalYear = year,
            Stage = _stage,
            Department = department?.Department,
            PreparedBy = _preparedBy,
            ReviewedBy = _reviewedBy,
            AmountUnit = amountUnit,
            OverallTargets = _hasOverall ? new OverallTargets
            {
                Overall = [.. _overall.Select(p => p.Text)],
                Itemized = [.. _itemized.Select(p => p.Text)],
                Safeguards = [.. _safeguards.Select(p => p.Text)],
            } : null,
            Projects = [.. _projects],
        };
    }

    /// <summary>
    /// Returns <paramref name="value"/>, or null after an error <c>PTI012</c> when it is longer than
    /// <see cref="DocumentLimits.MaxStringLength"/>: the JSON reader would refuse the document it is written into.
    /// </summary>
    internal string? Fits(string value, Place at, string what, string whatEnglish, string? pointer = null, Dropped dropped = Dropped.Value)
    {
        var limit = Context.Limits.MaxStringLength;
        if (value.Length <= limit)
        {
            return value;
        }

        var length = value.Length.ToString("N0", CultureInfo.InvariantCulture);
        var max = limit.ToString("N0", CultureInfo.InvariantCulture);
        Context.Report(
            Severity.Error,
            ImportDiagnosticCodes.ValueTooLong,
            at,
            "The value of " + whatEnglish + " has " + length + " characters, more than the " + max + " a value may have (DocumentLimits.MaxStringLength); "
                + (dropped switch { Dropped.Row => "the indicator row was not imported", Dropped.Project => "the project was not imported", _ => "it was not imported" }) + ": " + CellText.Quote(value) + ".",
            what + "的值有 " + length + " 个字符，超过单个值的上限 " + max + " 个（DocumentLimits.MaxStringLength），" + (dropped switch { Dropped.Row => "该指标行", Dropped.Project => "该项目", _ => string.Empty }) + "未导入：" + CellText.Quote(value) + "。",
            "Shorten the text in the source, or raise DocumentLimits.MaxStringLength (the JSON reader applies the same limit).",
            "请在源文件中缩短该文本，或调高 DocumentLimits.MaxStringLength（读取 JSON 时适用同一上限）。",
            pointer);
        return null;
    }

    /// <summary>Reports a cell whose text its field cannot take (<c>PTI113</c>); the value is not imported.</summary>
    internal void InvalidValue(string label, SourceCell value, string expected, string expectedZh, string? pointer) =>
        Context.Report(
            Severity.Error,
            ImportDiagnosticCodes.InvalidValue,
            value.At,
            CellText.Quote(label) + " holds " + CellText.Quote(value.Text) + "; expected " + expected + ". The value was not imported.",
            CellText.Quote(label) + " 的值为" + CellText.Quote(value.Text) + "，应为" + expectedZh + "；该值未导入。",
            relativePointer: pointer);

    /// <summary>Counts an indicator row to be added; false (after an error <c>PTI013</c>) when it passes <see cref="DocumentLimits.MaxIndicators"/>.</summary>
    internal bool MayAddIndicator(int pending, Place at)
    {
        if (IndicatorCount + pending < Context.Limits.MaxIndicators)
        {
            return true;
        }

        var limit = Context.Limits.MaxIndicators.ToString("N0", CultureInfo.InvariantCulture);
        Refuse(
            at,
            "The source holds more than " + limit + " indicator rows (DocumentLimits.MaxIndicators); reading stopped at this row and nothing was imported.",
            "源文件中的指标行超过 " + limit + " 行（DocumentLimits.MaxIndicators）；读到此行时停止，未导入任何内容。",
            "Split the source into several files, or raise DocumentLimits.MaxIndicators (the JSON reader applies the same limit).",
            "请将源文件拆分为多个文件，或调高 DocumentLimits.MaxIndicators（读取 JSON 时适用同一上限）。");
        return false;
    }

    private AmountUnit? AmountUnitOfDocument()
    {
        if (_amountText is not null)
        {
            return _amountUnit;
        }

        if (Context.Options.AmountUnit is { } given)
        {
            return given;
        }

        if (_assumedAmountUnit is { } assumed)
        {
            Context.Info(
                ImportDiagnosticCodes.AmountUnit,
                Place.None,
                "No header or title row states the amount unit (such as 预算数（元） or 单位：万元); the amounts were taken as 元, the unit of most flat tables.",
                "表头和标题行都未注明金额单位（如“预算数（元）”“单位：万元”）；金额按元处理（多数一维表使用元）。",
                "Write the unit in the 预算数 header, or pass ImportOptions.AmountUnit.",
                "请在预算数列的表头中注明金额单位，或指定 ImportOptions.AmountUnit。");
        }

        return _assumedAmountUnit;
    }

    /// <summary>
    /// The department is the unit whose code ends in 001 (the department itself), else the unit every project names;
    /// none when the projects name several units without the department's.
    /// </summary>
    private UnitSource? Department()
    {
        UnitSource? chosen = _units.Find(u => u.Unit.Code is { } code && code.EndsWith("001", StringComparison.Ordinal));
        if (chosen is null && _units.Count > 0 && _units.TrueForAll(u => Equals(u.Unit, _units[0].Unit)))
        {
            chosen = _units[0];
        }

        if (chosen is { } department)
        {
            var mismatch = _units.Find(u => string.Equals(u.Unit.Code, department.Unit.Code, StringComparison.Ordinal) && !string.Equals(u.Unit.Name, department.Unit.Name, StringComparison.Ordinal));
            if (mismatch is { } other)
            {
                var table = department.Table.ToString(CultureInfo.InvariantCulture);
                Context.Warning(
                    ImportDiagnosticCodes.UnitHeader,
                    other.At,
                    "The unit code " + other.Unit.Code + " names " + CellText.Quote(other.Unit.Name) + " here but " + CellText.Quote(department.Unit.Name) + " in table " + table + ".",
                    "单位编码 " + other.Unit.Code + " 在此处为" + CellText.Quote(other.Unit.Name) + "，在第 " + table + " 表中为" + CellText.Quote(department.Unit.Name) + "。");
            }
        }

        if (chosen is null && _internalUnits.Count == 0)
        {
            return null;
        }

        var unit = chosen?.Unit;
        return new UnitSource(
            unit ?? new BudgetUnit(),
            chosen?.At ?? Place.None,
            chosen?.CodeAt ?? Place.None,
            chosen?.NameAt ?? Place.None,
            chosen?.Table ?? 0)
        {
            Department = new Department { Code = unit?.Code, Name = unit?.Name, InternalUnits = [.. _internalUnits.Select(u => u.Text)] },
        };
    }

    /// <summary>The options' framework, or the one the level names show (2021 when a level-1 category is 成本指标, said in a <c>PTI010</c> information).</summary>
    private IndicatorFramework Framework()
    {
        var framework = Context.Options.Framework;
        var shown = IndicatorFramework.Shown(_projects, framework);
        if (shown == framework)
        {
            return framework;
        }

        Context.Info(
            ImportDiagnosticCodes.FrameworkDetected,
            Place.None,
            "成本指标 is used as a level-1 category, so the document follows the 2021 framework (财预〔2021〕101号).",
            "成本指标被用作一级指标，文档按 2021 版指标体系（财预〔2021〕101号）导入。");
        return shown;
    }

    private void MapDocument(UnitSource? department)
    {
        var map = Context.Locations;
        if (_title is not null)
        {
            map.Map("/title", _titleAt);
        }

        map.Map("/fiscalYear", _yearAt);
        if (_stage is not null)
        {
            map.Map("/stage", _stageAt);
        }

        if (_preparedBy is not null)
        {
            map.Map("/preparedBy", _preparedAt);
        }

        if (_reviewedBy is not null)
        {
            map.Map("/reviewedBy", _reviewedAt);
        }

        if (_amountUnit is not null)
        {
            map.Map("/amountUnit", _amountAt);
        }

        if (department is { } source)
        {
            map.Map("/department", source.At);
            if (source.Unit.Code is not null)
            {
                map.Map("/department/code", source.CodeAt);
            }

            if (source.Unit.Name is not null)
            {
                map.Map("/department/name", source.NameAt);
            }

            MapList("/department/internalUnits", _internalUnits);
        }

        MapList("/overallTargets/overall", _overall);
        MapList("/overallTargets/itemized", _itemized);
        MapList("/overallTargets/safeguards", _safeguards);
    }

    private void MapList(string pointer, List<(string Text, Place At)> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            Context.Locations.Map(pointer + "/" + i.ToString(CultureInfo.InvariantCulture), list[i].At);
        }
    }

    /// <summary>A project's unit and where its code and name are, for choosing the department.</summary>
    private sealed record UnitSource(BudgetUnit Unit, Place At, Place CodeAt, Place NameAt, int Table)
    {
        public Department? Department { get; init; }
    }
}

/// <summary>What is not imported when a value is over the string limit: the value, its indicator row, or its project.</summary>
internal enum Dropped
{
    Value,
    Row,
    Project,
}
