using System.Globalization;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Text;

/// <summary>
/// Imports the text layout: the cover (title, 草案, 编制/审核 units), the table of contents (cross-checked, not
/// trusted), part 1 (总体绩效目标, 分项绩效目标, 工作保障措施) and the project tables of part 2.
/// </summary>
internal sealed class TextLayoutImporter
{
    private readonly ImportContext _context;
    private readonly List<TextItem> _items;
    private readonly List<TocEntry> _toc = [];
    private readonly List<(string Text, SourcePosition At)> _overall = [];
    private readonly List<(string Text, SourcePosition At)> _itemized = [];
    private readonly List<(string Text, SourcePosition At)> _safeguards = [];
    private readonly List<(string Text, SourcePosition At)> _internalUnits = [];
    private readonly List<(string Text, SourcePosition At)> _titleParts = [];

    private int _index;
    private DocumentStage? _stage;
    private SourcePosition _stageAt;
    private string? _preparedBy;
    private SourcePosition _preparedAt;
    private string? _reviewedBy;
    private SourcePosition _reviewedAt;
    private bool _hasToc;
    private bool _hasPart1;
    private int _tocLine;

    private TextLayoutImporter(ImportContext context, List<TextItem> items)
    {
        _context = context;
        _items = items;
    }

    private enum Section
    {
        None,
        Overall,
        Itemized,
        Safeguards,
    }

    /// <summary>Whether text looks like the text layout: tab-led label cells such as 项目编码 or 一级指标.</summary>
    public static bool Recognize(List<string> lines)
    {
        var labels = 0;
        foreach (var line in lines)
        {
            if (line.Length > 1 && line[0] == '\t' && line.Length < 64)
            {
                var key = CellText.LabelKey(line);
                if (key is "项目编码" or "项目名称" or "一级指标" or "绩效目标" or "预算数" or "二级指标" or "三级指标")
                {
                    labels++;
                    if (labels >= 2)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    public static TargetDocument? Import(List<string> lines, ImportContext context)
    {
        var items = TextItems.Read(lines);
        return new TextLayoutImporter(context, items).Run();
    }

    private static bool IsTocHeading(TextParagraph p) => CellText.LabelKey(p.Text) is "目录" or "目次";

    private static bool IsPartHeading(TextParagraph p, string part) => CellText.LabelKey(p.Text).StartsWith(part, StringComparison.Ordinal);

    private static bool IsTocEntry(TextParagraph p, out string title, out int page)
    {
        title = string.Empty;
        page = 0;
        var text = p.Text.TrimEnd();
        var tab = text.LastIndexOf('\t');
        if (tab <= 0 || tab == text.Length - 1)
        {
            return false;
        }

        var number = text.Substring(tab + 1).Trim();
        if (number.Length is 0 or > 5 || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return false;
        }

        title = text.Substring(0, tab).TrimEnd('\t', ' ', '.', '…', '·');
        return title.Length > 0;
    }

    private static bool IsPageNumber(string text)
    {
        var t = text.Trim();
        return t.Length is > 0 and <= 4 && t.All(c => c is >= '0' and <= '9' or '-' or '—' or ' ');
    }

    private static Section SectionOf(string text)
    {
        var key = CellText.LabelKey(text);
        key = StripChineseNumbering(key);
        key = key.Substring(CellText.NumberingLength(key, out _));
        return key switch
        {
            "总体绩效目标" or "总体目标" or "部门总体绩效目标" or "整体绩效目标" => Section.Overall,
            "分项绩效目标" or "分项目标" or "部门分项绩效目标" => Section.Itemized,
            "工作保障措施" or "保障措施" or "绩效目标保障措施" => Section.Safeguards,
            _ => Section.None,
        };
    }

    private static string StripChineseNumbering(string key)
    {
        var i = 0;
        var bracket = i < key.Length && key[i] == '（';
        if (bracket)
        {
            i++;
        }

        var start = i;
        while (i < key.Length && "一二三四五六七八九十".IndexOf(key[i]) >= 0)
        {
            i++;
        }

        if (i == start || i >= key.Length)
        {
            return key;
        }

        if (bracket ? key[i] == '）' : key[i] is '、' or '.' or '．')
        {
            return key.Substring(i + 1);
        }

        return key;
    }

    private static SourcePosition At(TextParagraph p, int offset = 0) => new(p.Line, p.Column + offset);

    private TargetDocument? Run()
    {
        if (_items.Count == 0)
        {
            _context.Error(
                ImportDiagnosticCodes.EmptyInput,
                new SourcePosition(1),
                "The input holds no text.",
                "输入中没有文本。");
            return null;
        }

        ReadCover();
        ReadToc();
        ReadPart1();
        var tables = ReadPart2();
        return Build(tables);
    }

    private void ReadCover()
    {
        var titleOpen = true;
        var lastTitleLine = 0;
        while (_index < _items.Count && _items[_index].Paragraph is { } p && !IsTocHeading(p) && !IsPartHeading(p, "第一部分") && !IsPartHeading(p, "第二部分"))
        {
            _index++;
            var text = p.Text;
            var key = CellText.LabelKey(text);
            if (key is "（草案）" or "草案")
            {
                SetStage(DocumentStage.Draft, p);
                titleOpen = false;
                continue;
            }

            if (key is "（正式）" or "正式" or "（正式稿）" or "（批复稿）")
            {
                SetStage(DocumentStage.Final, p);
                titleOpen = false;
                continue;
            }

            if (key.Length > 2 && key[0] == '（' && key[key.Length - 1] == '）')
            {
                // Another note in brackets on the cover (（征求意见稿）): not part of the title.
                titleOpen = false;
                Ignore(p);
                continue;
            }

            if (key.Length > 2 && key.EndsWith("编制", StringComparison.Ordinal) && _preparedBy is null)
            {
                _preparedBy = Unit(text, "编制");
                _preparedAt = At(p, text.Length - text.TrimStart().Length);
                titleOpen = false;
                continue;
            }

            if (key.Length > 2 && key.EndsWith("审核", StringComparison.Ordinal) && _reviewedBy is null)
            {
                _reviewedBy = Unit(text, "审核");
                _reviewedAt = At(p, text.Length - text.TrimStart().Length);
                titleOpen = false;
                continue;
            }

            if (titleOpen && (lastTitleLine == 0 || p.Line == lastTitleLine + 1))
            {
                var part = text;
                if (key.EndsWith("（草案）", StringComparison.Ordinal))
                {
                    SetStage(DocumentStage.Draft, p);
                    part = part.Substring(0, Math.Max(0, part.LastIndexOfAny(['（', '('])));
                    titleOpen = false;
                }

                _titleParts.Add((part, At(p)));
                lastTitleLine = p.Line;
                continue;
            }

            titleOpen = false;
            Ignore(p);
        }

        if (_titleParts.Count == 0)
        {
            _context.Warning(
                ImportDiagnosticCodes.CoverIncomplete,
                new SourcePosition(_items[0].Line),
                "No document title was found before the table of contents (such as \"怀来县官厅镇人民政府\" / \"2024年部门预算绩效文本\").",
                "目录之前没有找到文本标题（如“怀来县官厅镇人民政府”“2024年部门预算绩效文本”）。");
        }
    }

    private static string Unit(string text, string suffix)
    {
        var t = text.Trim();
        t = t.Substring(0, t.Length - suffix.Length).TrimEnd();
        foreach (var label in new[] { "编制单位：", "编制单位:", "审核单位：", "审核单位:" })
        {
            if (t.StartsWith(label, StringComparison.Ordinal))
            {
                t = t.Substring(label.Length);
            }
        }

        return t;
    }

    private void SetStage(DocumentStage stage, TextParagraph p)
    {
        _stage ??= stage;
        _stageAt = At(p);
    }

    private void Ignore(TextParagraph p)
    {
        if (IsPageNumber(p.Text))
        {
            _context.Info(
                ImportDiagnosticCodes.IgnoredText,
                At(p),
                "The line " + CellText.Quote(p.Text) + " looks like a page number and was not imported.",
                "该行" + CellText.Quote(p.Text) + "像是页码，未导入。");
            return;
        }

        _context.Warning(
            ImportDiagnosticCodes.IgnoredText,
            At(p),
            "The line " + CellText.Quote(p.Text) + " is outside every recognised section (cover, contents, part 1, project tables) and was not imported.",
            "该行" + CellText.Quote(p.Text) + "不属于任何可识别的部分（封面、目录、第一部分、项目表格），未导入。");
    }

    private void ReadToc()
    {
        if (_index >= _items.Count || _items[_index].Paragraph is not { } heading || !IsTocHeading(heading))
        {
            return;
        }

        _hasToc = true;
        _tocLine = heading.Line;
        _index++;
        while (_index < _items.Count && _items[_index].Paragraph is { } p)
        {
            if (IsTocEntry(p, out var title, out var page))
            {
                var previous = _toc.Count > 0 ? _toc[^1] : null;
                var starts = CellText.NumberingLength(title, out _) > 0 || SectionOf(title) != Section.None || title.StartsWith("第", StringComparison.Ordinal);
                if (!starts && previous is not null && previous.Page == page)
                {
                    previous.Title += title;
                }
                else
                {
                    _toc.Add(new TocEntry { Title = title, Page = page, Line = p.Line });
                }

                _index++;
                continue;
            }

            // A part heading inside the contents is followed by an entry; the body's heading is not.
            if ((IsPartHeading(p, "第一部分") || IsPartHeading(p, "第二部分")) && _index + 1 < _items.Count
                && _items[_index + 1].Paragraph is { } next && IsTocEntry(next, out _, out _))
            {
                _index++;
                continue;
            }

            break;
        }
    }

    private void ReadPart1()
    {
        // Lines between the contents and part 1 (page numbers of the contents) are reported, not imported.
        while (_index < _items.Count && _items[_index].Paragraph is { } p && !IsPartHeading(p, "第一部分") && !IsPartHeading(p, "第二部分"))
        {
            if (SectionOf(p.Text) != Section.None)
            {
                break;
            }

            Ignore(p);
            _index++;
        }

        if (_index >= _items.Count || _items[_index].Paragraph is not { } first)
        {
            return;
        }

        if (IsPartHeading(first, "第一部分"))
        {
            _hasPart1 = true;
            _index++;
            if (_index < _items.Count && _items[_index].Paragraph is { } subtitle && SectionOf(subtitle.Text) == Section.None
                && CellText.LabelKey(subtitle.Text).IndexOf("绩效目标", StringComparison.Ordinal) >= 0 && CellText.NumberingLength(subtitle.Text, out _) == 0)
            {
                _index++;
            }
        }
        else if (SectionOf(first.Text) != Section.None)
        {
            _hasPart1 = true;
        }
        else
        {
            return;
        }

        var section = Section.None;
        var seen = new HashSet<Section>();
        while (_index < _items.Count)
        {
            var item = _items[_index];
            if (item.Row is { } row)
            {
                if (ProjectTableParser.StartsTable(row))
                {
                    break;
                }

                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    new SourcePosition(row.Line),
                    "A table row in part 1 is not part of the format: " + CellText.Join(row.Cells.Select(c => c.Text)) + " was not imported.",
                    "第一部分中的表格行不属于本格式：" + CellText.Join(row.Cells.Select(c => c.Text)) + " 未导入。");
                _index++;
                continue;
            }

            var p = item.Paragraph!;
            if (IsPartHeading(p, "第二部分") || LooksLikeTableTitle(p) || TitlesTable(_index))
            {
                break;
            }

            _index++;
            var heading = SectionOf(p.Text);
            if (heading != Section.None && p.Text.Length <= 24)
            {
                section = heading;
                if (!seen.Add(section))
                {
                    _context.Warning(
                        ImportDiagnosticCodes.DuplicateField,
                        At(p),
                        "The section heading " + CellText.Quote(p.Text) + " appears a second time; its paragraphs were added to the same section.",
                        "章节标题" + CellText.Quote(p.Text) + "第二次出现，其段落并入同一部分。");
                }

                continue;
            }

            if (section == Section.None)
            {
                Ignore(p);
                continue;
            }

            AddParagraph(section, p);
        }

        foreach (var (s, name, nameZh) in new[] { (Section.Overall, "一、总体绩效目标", "一、总体绩效目标"), (Section.Itemized, "二、分项绩效目标", "二、分项绩效目标"), (Section.Safeguards, "三、工作保障措施", "三、工作保障措施") })
        {
            if (!seen.Contains(s))
            {
                _context.Warning(
                    ImportDiagnosticCodes.SectionMissing,
                    new SourcePosition(first.Line),
                    "Part 1 has no section " + name + ".",
                    "第一部分缺少“" + nameZh + "”。");
            }
        }
    }

    /// <summary>Whether the numbered paragraph at <paramref name="index"/> is followed, after at most one more paragraph, by the first row of a table.</summary>
    private bool TitlesTable(int index)
    {
        if (CellText.NumberingLength(_items[index].Paragraph!.Text, out _) == 0)
        {
            return false;
        }

        for (var i = index + 1; i < _items.Count && i <= index + 2; i++)
        {
            if (_items[i].Row is { } row)
            {
                return ProjectTableParser.StartsTable(row);
            }
        }

        return false;
    }

    private static bool LooksLikeTableTitle(TextParagraph p) =>
        CellText.NumberingLength(p.Text, out _) > 0 && CellText.LabelKey(p.Text).EndsWith("绩效目标表", StringComparison.Ordinal);

    private void AddParagraph(Section section, TextParagraph p)
    {
        var text = CellText.StripNumbering(p.Text, out var removed);
        var key = CellText.LabelKey(text);
        if (key.StartsWith("内设机构：", StringComparison.Ordinal))
        {
            var colon = text.IndexOfAny(['：', ':']);
            var offset = removed + colon + 1;
            var rest = text.Substring(colon + 1);
            var position = 0;
            foreach (var raw in rest.Split('、', '，', ',', '；', ';'))
            {
                var piece = raw;
                var lead = piece.Length - piece.TrimStart().Length;
                piece = piece.Trim().TrimEnd('。', '.');
                if (piece.Length > 0)
                {
                    _internalUnits.Add((piece, At(p, offset + position + lead)));
                }

                position += raw.Length + 1;
            }

            return;
        }

        var list = section switch
        {
            Section.Overall => _overall,
            Section.Itemized => _itemized,
            _ => _safeguards,
        };
        list.Add((text, At(p, removed)));
    }

    private List<ParsedTable> ReadPart2()
    {
        var tables = new List<RawTable>();
        var pending = new List<TextParagraph>();
        RawTable? current = null;
        var sawPart2 = false;
        for (; _index < _items.Count; _index++)
        {
            var item = _items[_index];
            if (item.Paragraph is { } p)
            {
                if (!sawPart2 && current is null && pending.Count == 0 && IsPartHeading(p, "第二部分"))
                {
                    sawPart2 = true;
                    if (_index + 1 < _items.Count && _items[_index + 1].Paragraph is { } subtitle && !LooksLikeTableTitle(subtitle)
                        && CellText.NumberingLength(subtitle.Text, out _) == 0 && CellText.LabelKey(subtitle.Text).IndexOf("绩效目标", StringComparison.Ordinal) >= 0)
                    {
                        _index++;
                    }

                    continue;
                }

                pending.Add(p);
                continue;
            }

            var row = item.Row!;
            var titled = pending.Count > 0 && pending.Exists(IsTitleLine);
            if (current is null || titled || (ProjectTableParser.StartsTable(row) && current.Rows.Exists(ProjectTableParser.IsIndicatorHeader)))
            {
                current = new RawTable(tables.Count + 1, TakeTitle(pending));
                tables.Add(current);
            }
            else
            {
                foreach (var stray in pending)
                {
                    Ignore(stray);
                }
            }

            pending.Clear();
            current.Rows.Add(row);
        }

        foreach (var stray in pending)
        {
            Ignore(stray);
        }

        if (tables.Count == 0)
        {
            _context.Warning(
                ImportDiagnosticCodes.SectionMissing,
                new SourcePosition(_items[^1].Line),
                "No project table was found (part 2, 预算项目绩效目标).",
                "没有找到项目表格（第二部分 预算项目绩效目标）。");
        }

        return tables.Select(t => ProjectTableParser.Parse(_context, t)).ToList();
    }

    private static bool IsTitleLine(TextParagraph p) =>
        CellText.NumberingLength(p.Text, out _) > 0 || CellText.LabelKey(p.Text).EndsWith("绩效目标表", StringComparison.Ordinal);

    /// <summary>The title is the last numbered paragraph and those after it (a title split over two bookmark lines); earlier ones are reported.</summary>
    private List<TextParagraph> TakeTitle(List<TextParagraph> pending)
    {
        var start = pending.FindLastIndex(p => CellText.NumberingLength(p.Text, out _) > 0);
        if (start < 0)
        {
            start = pending.FindIndex(p => CellText.LabelKey(p.Text).EndsWith("绩效目标表", StringComparison.Ordinal));
        }

        if (start < 0)
        {
            start = pending.Count;
        }

        for (var i = 0; i < start; i++)
        {
            Ignore(pending[i]);
        }

        return pending.GetRange(start, pending.Count - start);
    }

    private TargetDocument? Build(List<ParsedTable> tables)
    {
        var title = _titleParts.Count == 0 ? null : string.Concat(_titleParts.Select(t => t.Text));
        var year = CellText.FindYear(title);
        var yearAt = _titleParts.Count > 0 ? _titleParts.FirstOrDefault(t => CellText.FindYear(t.Text) > 0).At : default;
        if (year == 0)
        {
            if (_context.Options.FiscalYear is { } given)
            {
                year = given;
            }
            else
            {
                _context.Error(
                    ImportDiagnosticCodes.FiscalYearMissing,
                    _titleParts.Count > 0 ? _titleParts[0].At : new SourcePosition(1),
                    "The fiscal year was not found: the title states no year such as \"2024年\".",
                    "未找到预算年度：标题中没有“2024年”这样的年份。",
                    "Pass the year (--year 2024, or ImportOptions.FiscalYear).",
                    "请指定年度（--year 2024，或 ImportOptions.FiscalYear）。");
                return null;
            }
        }

        if (_stage is null && _titleParts.Count > 0)
        {
            _context.Warning(
                ImportDiagnosticCodes.CoverIncomplete,
                _titleParts[0].At,
                "The cover does not say whether the document is a draft (（草案）) or final; the stage was left out.",
                "封面未注明是草案（（草案））还是正式稿，文档阶段留空。");
        }

        CrossCheckToc(tables);
        var kept = new List<ParsedTable>();
        var sequences = new Dictionary<int, int>();
        foreach (var table in tables)
        {
            if (table.Project is null)
            {
                continue;
            }

            if (table.Sequence is { } sequence)
            {
                if (sequences.TryGetValue(sequence, out var line))
                {
                    _context.Warning(
                        ImportDiagnosticCodes.TitleMismatch,
                        table.TitleAt,
                        "Table number " + sequence.ToString(CultureInfo.InvariantCulture) + " appears a second time (first at line " + line.ToString(CultureInfo.InvariantCulture) + ").",
                        "表序号 " + sequence.ToString(CultureInfo.InvariantCulture) + " 第二次出现（第一次在第 " + line.ToString(CultureInfo.InvariantCulture) + " 行）。");
                }
                else
                {
                    sequences[sequence] = table.TitleAt.Line;
                }
            }

            kept.Add(table);
        }

        var amountTable = kept.FirstOrDefault(t => t.AmountUnitText is not null);
        foreach (var table in kept)
        {
            if (amountTable is not null && table.AmountUnitText is not null && !string.Equals(table.AmountUnitText, amountTable.AmountUnitText, StringComparison.Ordinal))
            {
                _context.Error(
                    ImportDiagnosticCodes.AmountUnit,
                    table.AmountUnitAt,
                    "This table states its amounts in " + table.AmountUnitText + " but table " + amountTable.Number.ToString(CultureInfo.InvariantCulture) + " in " + amountTable.AmountUnitText + "; a document has one amount unit, so this table's amounts are wrong by that factor.",
                    "本表金额单位为" + table.AmountUnitText + "，而第 " + amountTable.Number.ToString(CultureInfo.InvariantCulture) + " 表为" + amountTable.AmountUnitText + "；一个文档只能有一个金额单位，本表金额与之相差相应倍数。",
                    "Convert the table's amounts to the unit of the other tables in the source.",
                    "请在源文件中将本表金额换算为其他表格所用的金额单位。");
            }
        }

        var department = BuildDepartment(kept, out var departmentTable);
        var projects = new List<Project>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i].Map.CopyTo(_context, "/projects/" + i.ToString(CultureInfo.InvariantCulture));
            projects.Add(kept[i].Project!);
        }

        var framework = _context.Framework(kept.Exists(t => t.UsesCostCategory));

        var overall = _hasPart1 ? new OverallTargets
        {
            Overall = [.. _overall.Select(p => p.Text)],
            Itemized = [.. _itemized.Select(p => p.Text)],
            Safeguards = [.. _safeguards.Select(p => p.Text)],
        } : null;
        if (!_hasPart1)
        {
            _context.Warning(
                ImportDiagnosticCodes.SectionMissing,
                SourcePosition.None,
                "Part 1 (第一部分 部门整体绩效目标) was not found; the document has no overall targets.",
                "未找到第一部分（部门整体绩效目标），文档没有整体绩效目标。");
        }

        MapDocument(title, yearAt, department, departmentTable, amountTable);
        return new TargetDocument
        {
            Framework = framework,
            Title = title,
            FiscalYear = year,
            Stage = _stage,
            Department = department,
            PreparedBy = _preparedBy,
            ReviewedBy = _reviewedBy,
            AmountUnit = amountTable?.AmountUnit,
            OverallTargets = overall,
            Projects = [.. projects],
        };
    }

    private Department? BuildDepartment(List<ParsedTable> tables, out ParsedTable? source)
    {
        var chosenTable = tables.FirstOrDefault(t => t.Unit?.Code is { } code && code.EndsWith("001", StringComparison.Ordinal))
            ?? tables.FirstOrDefault(t => t.Unit is not null);
        source = chosenTable;
        if (chosenTable is not null)
        {
            var mismatch = tables.FirstOrDefault(t => t.Unit is { } unit && chosenTable.Unit is { } chosen
                && string.Equals(unit.Code, chosen.Code, StringComparison.Ordinal) && !string.Equals(unit.Name, chosen.Name, StringComparison.Ordinal));
            if (mismatch is not null)
            {
                _context.Warning(
                    ImportDiagnosticCodes.UnitHeader,
                    mismatch.UnitAt,
                    "The unit code " + mismatch.Unit!.Code + " names " + CellText.Quote(mismatch.Unit.Name) + " here but " + CellText.Quote(chosenTable.Unit!.Name) + " in table " + chosenTable.Number.ToString(CultureInfo.InvariantCulture) + ".",
                    "单位编码 " + mismatch.Unit.Code + " 在此处为" + CellText.Quote(mismatch.Unit.Name) + "，在第 " + chosenTable.Number.ToString(CultureInfo.InvariantCulture) + " 表中为" + CellText.Quote(chosenTable.Unit!.Name) + "。");
            }
        }

        if (source is null && _internalUnits.Count == 0)
        {
            return null;
        }

        return new Department
        {
            Code = source?.Unit?.Code,
            Name = source?.Unit?.Name,
            InternalUnits = [.. _internalUnits.Select(u => u.Text)],
        };
    }

    private void MapDocument(string? title, SourcePosition yearAt, Department? department, ParsedTable? departmentTable, ParsedTable? amountTable)
    {
        if (title is not null)
        {
            _context.Map("/title", _titleParts[0].At);
            _context.Map("/fiscalYear", yearAt);
        }

        if (_stage is not null)
        {
            _context.Map("/stage", _stageAt);
        }

        if (_preparedBy is not null)
        {
            _context.Map("/preparedBy", _preparedAt);
        }

        if (_reviewedBy is not null)
        {
            _context.Map("/reviewedBy", _reviewedAt);
        }

        if (amountTable?.AmountUnit is not null)
        {
            _context.Map("/amountUnit", amountTable.AmountUnitAt);
        }

        if (department is not null)
        {
            if (departmentTable is not null)
            {
                _context.Map("/department", departmentTable.UnitAt);
                _context.Map("/department/code", departmentTable.UnitAt);
                _context.Map("/department/name", departmentTable.UnitAt with { Column = departmentTable.UnitAt.Column + (department.Code?.Length ?? 0) });
            }

            for (var i = 0; i < _internalUnits.Count; i++)
            {
                _context.Map(JsonPointer.Append("/department/internalUnits", i), _internalUnits[i].At);
            }
        }

        MapList("/overallTargets/overall", _overall);
        MapList("/overallTargets/itemized", _itemized);
        MapList("/overallTargets/safeguards", _safeguards);
    }

    private void MapList(string pointer, List<(string Text, SourcePosition At)> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            _context.Map(JsonPointer.Append(pointer, i), list[i].At);
        }
    }

    private void CrossCheckToc(List<ParsedTable> tables)
    {
        if (!_hasToc)
        {
            return;
        }

        var entries = new Dictionary<int, TocEntry>();
        foreach (var entry in _toc)
        {
            if (char.IsDigit(entry.Title[0]) && CellText.NumberingLength(entry.Title, out var n) > 0)
            {
                entries[n] = entry;
            }
        }

        foreach (var table in tables)
        {
            if (table.Sequence is not { } sequence || table.Title is null)
            {
                continue;
            }

            if (!entries.TryGetValue(sequence, out var entry))
            {
                _context.Warning(
                    ImportDiagnosticCodes.TocMismatch,
                    table.TitleAt,
                    "Table " + sequence.ToString(CultureInfo.InvariantCulture) + " " + CellText.Quote(table.Title) + " is not listed in the table of contents (line " + _tocLine.ToString(CultureInfo.InvariantCulture) + ").",
                    "第 " + sequence.ToString(CultureInfo.InvariantCulture) + " 表" + CellText.Quote(table.Title) + "未列入目录（第 " + _tocLine.ToString(CultureInfo.InvariantCulture) + " 行）。");
                continue;
            }

            entry.Matched = true;
            if (!string.Equals(CellText.LabelKey(entry.Title), CellText.LabelKey(table.Title), StringComparison.Ordinal))
            {
                _context.Warning(
                    ImportDiagnosticCodes.TocMismatch,
                    new SourcePosition(entry.Line, 1),
                    "The table of contents lists " + CellText.Quote(entry.Title) + " but table " + sequence.ToString(CultureInfo.InvariantCulture) + " is titled " + CellText.Quote(table.Title) + " (line " + table.TitleAt.Line.ToString(CultureInfo.InvariantCulture) + "); the table's own title was used.",
                    "目录列出" + CellText.Quote(entry.Title) + "，而第 " + sequence.ToString(CultureInfo.InvariantCulture) + " 表标题为" + CellText.Quote(table.Title) + "（第 " + table.TitleAt.Line.ToString(CultureInfo.InvariantCulture) + " 行）；以表格自身标题为准。");
            }
        }

        foreach (var entry in entries.Values.Where(e => !e.Matched).OrderBy(e => e.Line))
        {
            _context.Warning(
                ImportDiagnosticCodes.TocMismatch,
                new SourcePosition(entry.Line, 1),
                "The table of contents lists " + CellText.Quote(entry.Title) + " but no such table was found in the text.",
                "目录列出" + CellText.Quote(entry.Title) + "，但正文中没有找到该表。");
        }
    }

    private sealed class TocEntry
    {
        public required string Title { get; set; }

        public int Page { get; init; }

        public int Line { get; init; }

        public bool Matched { get; set; }
    }
}
