using System.Globalization;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Layouts;

/// <summary>
/// The layout of a budget performance text (部门预算绩效文本), as paragraphs and table rows in document order: the
/// cover (title, 草案, 编制/审核 units), the table of contents (cross-checked, not trusted), part 1 (总体绩效目标,
/// 分项绩效目标, 工作保障措施) and the project tables of part 2, each read by <see cref="ProjectTableLayout"/>. Values go
/// to the <see cref="TargetBuilder"/>. The blocks come from any reader of such a document: the text extraction today,
/// a Word document next.
/// </summary>
internal sealed class DocumentLayout
{
    private readonly TargetBuilder _builder;
    private readonly ImportContext _context;
    private readonly BlockStream _items;
    private readonly List<TocEntry> _toc = [];
    private readonly List<SourceCell> _titleParts = [];

    private int _index;
    private bool _hasStage;
    private bool _hasPreparedBy;
    private bool _hasReviewedBy;
    private bool _hasToc;
    private bool _hasPart1;
    private int _tocLine;

    private DocumentLayout(ImportContext context, BlockStream items)
    {
        _context = context;
        _builder = new TargetBuilder(context, null);
        _items = items;
    }

    /// <summary>Imports a document from its paragraphs and table rows, read lazily in order; null when nothing could be imported.</summary>
    public static TargetDocument? Import(IEnumerable<SourceBlock> blocks, ImportContext context)
    {
        using var stream = new BlockStream(blocks);
        return new DocumentLayout(context, stream).Run();
    }

    private static bool IsTocHeading(SourceCell p) => CellText.LabelKey(p.Text) is "目录" or "目次";

    private static bool IsPartHeading(SourceCell p, string part) => CellText.LabelKey(p.Text).StartsWith(part, StringComparison.Ordinal);

    private static bool IsTocEntry(SourceCell p, out string title, out int page)
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

    private static OverallSection SectionOf(string text)
    {
        var key = CellText.LabelKey(text);
        key = StripChineseNumbering(key);
        key = key.Substring(CellText.NumberingLength(key, out _));
        return key switch
        {
            "总体绩效目标" or "总体目标" or "部门总体绩效目标" or "整体绩效目标" => OverallSection.Overall,
            "分项绩效目标" or "分项目标" or "部门分项绩效目标" => OverallSection.Itemized,
            "工作保障措施" or "保障措施" or "绩效目标保障措施" => OverallSection.Safeguards,
            _ => OverallSection.None,
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

    private static Place At(SourceCell p, int offset = 0) => p.AtOffset(offset);

    private TargetDocument? Run()
    {
        if (!_items.Has(0))
        {
            _context.Error(
                ImportDiagnosticCodes.EmptyInput,
                new Place(1),
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
        while (_items.Has(_index) && _items[_index].Paragraph is { } p && !IsTocHeading(p) && !IsPartHeading(p, "第一部分") && !IsPartHeading(p, "第二部分")
            && !LooksLikeTableTitle(p) && !TitlesTable(_index) && !(_titleParts.Count > 0 && TitlesTableDirectly(_index)))
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

            if (key.Length > 2 && key.EndsWith("编制", StringComparison.Ordinal) && !_hasPreparedBy)
            {
                _hasPreparedBy = true;
                _builder.PreparedBy(Unit(text, "编制"), At(p, text.Length - text.TrimStart().Length));
                titleOpen = false;
                continue;
            }

            if (key.Length > 2 && key.EndsWith("审核", StringComparison.Ordinal) && !_hasReviewedBy)
            {
                _hasReviewedBy = true;
                _builder.ReviewedBy(Unit(text, "审核"), At(p, text.Length - text.TrimStart().Length));
                titleOpen = false;
                continue;
            }

            if (titleOpen && (lastTitleLine == 0 || p.At.Line == lastTitleLine + 1))
            {
                var part = text;
                if (key.EndsWith("（草案）", StringComparison.Ordinal))
                {
                    SetStage(DocumentStage.Draft, p);
                    part = part.Substring(0, Math.Max(0, part.LastIndexOfAny(['（', '('])));
                    titleOpen = false;
                }

                _titleParts.Add(p with { Text = part });
                lastTitleLine = p.At.Line;
                continue;
            }

            titleOpen = false;
            Ignore(p);
        }

        if (_titleParts.Count == 0)
        {
            _context.Warning(
                ImportDiagnosticCodes.CoverIncomplete,
                new Place(_items[0].Line),
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

    private void SetStage(DocumentStage stage, SourceCell p)
    {
        _hasStage = true;
        _builder.Stage(stage, At(p));
    }

    private void Ignore(SourceCell p)
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
        if (!_items.Has(_index) || _items[_index].Paragraph is not { } heading || !IsTocHeading(heading))
        {
            return;
        }

        _hasToc = true;
        _tocLine = heading.At.Line;
        _index++;
        if (ReadTocWithoutPages())
        {
            return;
        }

        while (_items.Has(_index) && _items[_index].Paragraph is { } p)
        {
            if (IsTocEntry(p, out var title, out var page))
            {
                var previous = _toc.Count > 0 ? _toc[^1] : null;
                var starts = CellText.NumberingLength(title, out _) > 0 || SectionOf(title) != OverallSection.None || title.StartsWith("第", StringComparison.Ordinal);
                if (!starts && previous is not null && previous.Page == page)
                {
                    previous.Title += title;
                }
                else
                {
                    _toc.Add(new TocEntry { Title = title, Page = page, Line = p.At.Line });
                }

                _index++;
                continue;
            }

            // A part heading inside the contents is followed by an entry; the body's heading is not.
            if ((IsPartHeading(p, "第一部分") || IsPartHeading(p, "第二部分")) && _items.Has(_index + 1)
                && _items[_index + 1].Paragraph is { } next && IsTocEntry(next, out _, out _))
            {
                _index++;
                continue;
            }

            break;
        }
    }

    /// <summary>
    /// Reads a table of contents without page numbers (a contents written as a list, as a web page or a word processor's
    /// conversion of one gives it): its entries are the paragraphs up to the one that repeats its first entry, where
    /// the body starts. False, with nothing read, when the first paragraph has a page number or is never repeated.
    /// </summary>
    private bool ReadTocWithoutPages()
    {
        if (!_items.Has(_index) || _items[_index].Paragraph is not { } first || IsTocEntry(first, out _, out _))
        {
            return false;
        }

        var key = CellText.LabelKey(first.Text);
        var end = -1;
        for (var i = _index + 1; i < _index + 2000 && _items.Has(i) && _items[i].Paragraph is { } p; i++)
        {
            if (string.Equals(CellText.LabelKey(p.Text), key, StringComparison.Ordinal))
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            return false;
        }

        for (; _index < end; _index++)
        {
            var entry = _items[_index].Paragraph!.Value;
            if (!IsPartHeading(entry, "第一部分") && !IsPartHeading(entry, "第二部分"))
            {
                _toc.Add(new TocEntry { Title = entry.Text.Trim(), Page = 0, Line = entry.At.Line });
            }
        }

        return true;
    }

    private void ReadPart1()
    {
        // Lines between the contents and part 1 (page numbers of the contents) are reported, not imported.
        while (_items.Has(_index) && _items[_index].Paragraph is { } p && !IsPartHeading(p, "第一部分") && !IsPartHeading(p, "第二部分"))
        {
            if (SectionOf(p.Text) != OverallSection.None || LooksLikeTableTitle(p) || TitlesTable(_index) || TitlesTableDirectly(_index))
            {
                // A section of part 1 without its heading, or the title of a project table without part headings (a
                // document that is one 绩效目标表).
                break;
            }

            Ignore(p);
            _index++;
        }

        if (!_items.Has(_index) || _items[_index].Paragraph is not { } first)
        {
            return;
        }

        if (IsPartHeading(first, "第一部分"))
        {
            _hasPart1 = true;
            _builder.OverallTargets();
            _index++;
            if (_items.Has(_index) && _items[_index].Paragraph is { } subtitle && SectionOf(subtitle.Text) == OverallSection.None
                && CellText.LabelKey(subtitle.Text).IndexOf("绩效目标", StringComparison.Ordinal) >= 0 && CellText.NumberingLength(subtitle.Text, out _) == 0)
            {
                _index++;
            }
        }
        else if (SectionOf(first.Text) != OverallSection.None)
        {
            _hasPart1 = true;
            _builder.OverallTargets();
        }
        else
        {
            return;
        }

        var section = OverallSection.None;
        var seen = new HashSet<OverallSection>();
        while (_items.Has(_index))
        {
            var item = _items[_index];
            if (item.Row is { } row)
            {
                if (ProjectTableLayout.StartsTable(row))
                {
                    break;
                }

                _context.Error(
                    ImportDiagnosticCodes.UnknownLabel,
                    new Place(row.Line),
                    "A table row in part 1 is not part of the format: " + row.Quote() + " was not imported.",
                    "第一部分中的表格行不属于本格式：" + row.Quote() + " 未导入。");
                _index++;
                continue;
            }

            var p = item.Paragraph!.Value;
            if (IsPartHeading(p, "第二部分") || LooksLikeTableTitle(p) || TitlesTable(_index) || TitlesTableDirectly(_index))
            {
                break;
            }

            _index++;
            var heading = SectionOf(p.Text);
            if (heading != OverallSection.None && p.Text.Length <= 24)
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

            if (section == OverallSection.None)
            {
                Ignore(p);
                continue;
            }

            AddParagraph(section, p);
        }

        foreach (var (s, name, nameZh) in new[] { (OverallSection.Overall, "一、总体绩效目标", "一、总体绩效目标"), (OverallSection.Itemized, "二、分项绩效目标", "二、分项绩效目标"), (OverallSection.Safeguards, "三、工作保障措施", "三、工作保障措施") })
        {
            if (!seen.Contains(s))
            {
                _context.Warning(
                    ImportDiagnosticCodes.SectionMissing,
                    new Place(first.At.Line),
                    "Part 1 has no section " + name + ".",
                    "第一部分缺少“" + nameZh + "”。");
            }
        }
    }

    /// <summary>Whether the numbered paragraph at <paramref name="index"/> is followed, after at most one more paragraph, by the first row of a table.</summary>
    private bool TitlesTable(int index)
    {
        if (CellText.NumberingLength(_items[index].Paragraph!.Value.Text, out _) == 0)
        {
            return false;
        }

        for (var i = index + 1; _items.Has(i) && i <= index + 2; i++)
        {
            if (_items[i].Row is { } row)
            {
                return ProjectTableLayout.StartsTable(row);
            }
        }

        return false;
    }

    /// <summary>Whether the paragraph at <paramref name="index"/> is a title "…绩效目标表" (numbered or not) with a project table's first row right below it.</summary>
    private bool TitlesTableDirectly(int index) =>
        _items.Has(index) && _items[index].Paragraph is { } p && CellText.LabelKey(p.Text).EndsWith("绩效目标表", StringComparison.Ordinal)
        && _items.Has(index + 1) && _items[index + 1].Row is { } row && (ProjectTableLayout.StartsTable(row) || ProjectTableLayout.IsLabelRow(row));

    private static bool LooksLikeTableTitle(SourceCell p) =>
        CellText.NumberingLength(p.Text, out _) > 0 && CellText.LabelKey(p.Text).EndsWith("绩效目标表", StringComparison.Ordinal);

    private void AddParagraph(OverallSection section, SourceCell p)
    {
        if (CellText.LabelKey(CellText.StripNumbering(p.Text, out _)).StartsWith("内设机构：", StringComparison.Ordinal))
        {
            _builder.InternalUnits(p);
            return;
        }

        _builder.OverallParagraph(section, p);
    }

    /// <summary>
    /// Reads part 2: each table, after its title line(s), is read by <see cref="ProjectTableLayout"/> as soon as the
    /// next one starts, and its blocks are released.
    /// </summary>
    private List<ParsedTable> ReadPart2()
    {
        var parsed = new List<ParsedTable>();
        var pending = new List<SourceCell>();
        RawTable? current = null;
        var currentHasHeader = false;
        var sawPart2 = false;
        for (; _items.Has(_index) && !_builder.Refused; _index++)
        {
            var item = _items[_index];
            if (item.Paragraph is { } p)
            {
                if (!sawPart2 && current is null && pending.Count == 0 && IsPartHeading(p, "第二部分"))
                {
                    sawPart2 = true;
                    if (_items.Has(_index + 1) && _items[_index + 1].Paragraph is { } subtitle && !LooksLikeTableTitle(subtitle) && !TitlesTableDirectly(_index + 1)
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
            if (current is null || titled || (currentHasHeader && ProjectTableLayout.StartsTable(row)))
            {
                if (current is not null)
                {
                    parsed.Add(ProjectTableLayout.Read(_builder, current));
                }

                _items.Release(_index);
                current = new RawTable(parsed.Count + 1, TakeTitle(pending));
                currentHasHeader = false;
            }
            else
            {
                foreach (var stray in pending)
                {
                    // The caption of the implementation-period indicators (实施期绩效指标) above their own header row.
                    if (currentHasHeader && ProjectTableLayout.IsIndicatorHeader(row) && CellText.LabelKey(stray.Text).StartsWith("实施期", StringComparison.Ordinal))
                    {
                        current.PeriodCaptions.Add(row);
                    }
                    else
                    {
                        Ignore(stray);
                    }
                }
            }

            pending.Clear();
            current.Rows.Add(row);
            currentHasHeader |= ProjectTableLayout.IsIndicatorHeader(row);
        }

        if (current is not null && !_builder.Refused)
        {
            parsed.Add(ProjectTableLayout.Read(_builder, current));
        }

        foreach (var stray in pending)
        {
            Ignore(stray);
        }

        if (current is null)
        {
            _context.Warning(
                ImportDiagnosticCodes.SectionMissing,
                new Place(_items.LastLine),
                "No project table was found (part 2, 预算项目绩效目标).",
                "没有找到项目表格（第二部分 预算项目绩效目标）。");
        }

        return parsed;
    }

    private static bool IsTitleLine(SourceCell p) =>
        CellText.NumberingLength(p.Text, out _) > 0 || CellText.LabelKey(p.Text).EndsWith("绩效目标表", StringComparison.Ordinal);

    /// <summary>The title is the last numbered paragraph and those after it (a title split over two bookmark lines); earlier ones are reported.</summary>
    private List<SourceCell> TakeTitle(List<SourceCell> pending)
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
        if (_builder.Refused)
        {
            return null; // a limit was passed: the tables after it were not read, so nothing is cross-checked
        }

        _builder.Title(_titleParts);
        foreach (var part in _titleParts)
        {
            _builder.StatedYear(part, column: false);
        }

        if (!_hasStage && _titleParts.Count > 0)
        {
            _context.Warning(
                ImportDiagnosticCodes.CoverIncomplete,
                _titleParts[0].At,
                "The cover does not say whether the document is a draft (（草案）) or final; the stage was left out.",
                "封面未注明是草案（（草案））还是正式稿，文档阶段留空。");
        }

        CrossCheckToc(tables);
        var sequences = new Dictionary<int, int>();
        foreach (var table in tables)
        {
            if (!table.Kept || table.Sequence is not { } sequence)
            {
                continue;
            }

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

        if (!_hasPart1)
        {
            _context.Warning(
                ImportDiagnosticCodes.SectionMissing,
                Place.None,
                "Part 1 (第一部分 部门整体绩效目标) was not found; the document has no overall targets.",
                "未找到第一部分（部门整体绩效目标），文档没有整体绩效目标。");
        }

        return _builder.Build();
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
                    new Place(entry.Line, 1),
                    "The table of contents lists " + CellText.Quote(entry.Title) + " but table " + sequence.ToString(CultureInfo.InvariantCulture) + " is titled " + CellText.Quote(table.Title) + " (line " + table.TitleAt.Line.ToString(CultureInfo.InvariantCulture) + "); the table's own title was used.",
                    "目录列出" + CellText.Quote(entry.Title) + "，而第 " + sequence.ToString(CultureInfo.InvariantCulture) + " 表标题为" + CellText.Quote(table.Title) + "（第 " + table.TitleAt.Line.ToString(CultureInfo.InvariantCulture) + " 行）；以表格自身标题为准。");
            }
        }

        foreach (var entry in entries.Values.Where(e => !e.Matched).OrderBy(e => e.Line))
        {
            _context.Warning(
                ImportDiagnosticCodes.TocMismatch,
                new Place(entry.Line, 1),
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
