using System.Globalization;
using System.Xml;
using PerformanceTargets.Rendering.Views;

namespace PerformanceTargets.Rendering.Office;

/// <summary>
/// Writes the official layout as a Word document (WordprocessingML): the title, part 1 as paragraphs, and each project's
/// title paragraph followed by its tables, the header block (unit, code and name, 预算规模及资金用途 with 预算数, 财政资金,
/// 其他资金 and 资金用途, 资金支出计划 with its months, 绩效目标) and the indicator table (一级指标 and 二级指标 merged down their runs with <c>vMerge</c>,
/// its header row repeated on every page the table runs onto, rows kept whole). In the review, every finding is a Word
/// comment (批注) anchored on the cell, paragraph or title it concerns. For <see cref="TableKind.Evaluation"/> and
/// <see cref="TableKind.Monitoring"/> it writes the 绩效自评表 or the 绩效运行监控表 instead (<see cref="WriteSheets"/>),
/// from the <see cref="SheetView"/>s the HTML templates read.
/// </summary>
/// <remarks>
/// <para>
/// It reads the same view objects as the templates (with text not encoded), so a cell holds the same text in HTML,
/// Markdown and Word. Data is only ever the text of runs (<c>w:t</c>, white space preserved; line breaks and tabs as
/// <c>w:br</c> and <c>w:tab</c>; characters XML cannot hold replaced visibly, <see cref="OfficePackage.Clean"/>), never
/// fields, hyperlinks or markup.
/// </para>
/// <para>
/// The XML is written as it is made, element by element, into the zip entry (<see cref="OfficePackage.Write"/>); no tree
/// of the document is built. The comments are kept as text until the document is written, then written as their part.
/// </para>
/// <para>
/// Deterministic: fixed relationship ids, no time stamps in the document or its comments, fixed zip entry times. Not
/// thread-safe: one instance per rendering.
/// </para>
/// </remarks>
internal sealed class DocxWriter
{
    /// <summary>A4 in twentieths of a point.</summary>
    private const int PageWidth = 11906;

    private const int PageHeight = 16838;

    private const int Margin = 1134;

    /// <summary>The width of the text column and of every table.</summary>
    private const int TextWidth = PageWidth - (2 * Margin);

    private const string Author = "perftargets";

    /// <summary>The relative widths of the indicator columns (一级, 二级, 三级, 描述, 指标值, 依据, 权重, 方向).</summary>
    private static readonly int[] IndicatorWeights = [10, 10, 16, 20, 13, 16, 7, 8];

    private readonly RenderScope _scope;
    private readonly Labels _labels;
    private readonly bool _review;
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static readonly string[] BorderSides = ["top", "left", "bottom", "right", "insideH", "insideV"];

    private static readonly string?[] Numbers = new string?[TextWidth + 1];

    /// <summary>The comments of the review, in the order of their ids: the first paragraph's text and the hint, if any.</summary>
    private readonly List<(string Text, string? Hint)> _comments = [];

    private XmlWriter _x = null!;

    private DocxWriter(RenderScope scope)
    {
        _scope = scope;
        _labels = scope.Labels;
        _review = scope.Review is not null;
    }

    /// <summary>Writes the document (or, with <paramref name="tableOnly"/>, only the tables of <paramref name="projects"/>) to a stream.</summary>
    public static void Write(RenderScope scope, DocumentView document, ProjectView[] projects, bool tableOnly, MemoryStream output)
    {
        var writer = new DocxWriter(scope);
        writer.Package(output, () =>
        {
            if (!tableOnly)
            {
                writer.WriteFront(document);
            }

            for (var i = 0; i < projects.Length; i++)
            {
                writer.WriteProject(projects[i], newPage: i > 0);
            }
        });
    }

    /// <summary>
    /// Writes the 绩效自评表 or the 绩效运行监控表 (by <see cref="RenderOptions.TableKind"/>) of <paramref name="sheets"/>: the
    /// title and the heading of the part (the legend of the lights for monitoring), unless <paramref name="tableOnly"/>,
    /// then each sheet's title and its two tables, in the layout of the HTML templates, from the same views.
    /// </summary>
    public static void WriteSheets(RenderScope scope, DocumentView document, SheetView[] sheets, bool tableOnly, MemoryStream output)
    {
        var writer = new DocxWriter(scope);
        var monitoring = scope.Options.TableKind == TableKind.Monitoring;
        writer.Package(output, () =>
        {
            if (!tableOnly)
            {
                writer.WriteSheetFront(document, monitoring);
            }

            for (var i = 0; i < sheets.Length; i++)
            {
                writer.WriteSheet(sheets[i], monitoring, newPage: i > 0 || !tableOnly);
            }
        });
    }

    /// <summary>
    /// Writes the package: the document (its body by <paramref name="body"/>, then the section properties), the styles,
    /// the settings and, in the review, the comments (none when the review has no findings).
    /// </summary>
    private void Package(MemoryStream output, Action body)
    {
        OfficePart[] parts =
        [
            new("word/styles.xml", ContentTypes + "styles+xml", Relationships + "styles", x => Part(x, WriteStyles)),
            new("word/settings.xml", ContentTypes + "settings+xml", Relationships + "settings", x => Part(x, WriteSettings)),
            .. _review ? [new OfficePart("word/comments.xml", ContentTypes + "comments+xml", Relationships + "comments", x => Part(x, WriteComments))] : Array.Empty<OfficePart>(),
        ];
        OfficePackage.Write(
            output,
            new OfficePart("word/document.xml", ContentTypes + "document.main+xml", string.Empty, x => Part(x, () =>
            {
                Start("document");
                Start("body");
                body();
                WriteSectionProperties();
                End();
                End();
            })),
            parts);
    }

    private void Part(XmlWriter writer, Action write)
    {
        _x = writer;
        write();
    }

    private void Start(string name) => _x.WriteStartElement("w", name, W);

    private void End() => _x.WriteEndElement();

    private void Attribute(string name, string value) => _x.WriteAttributeString("w", name, W, value);

    private void Empty(string name)
    {
        Start(name);
        End();
    }

    private void Element(string name, string attribute, string value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    private void Value(string name, string value) => Element(name, "val", value);

    /// <summary>An element with a width in twentieths of a point (<c>w:w</c>, <c>w:type="dxa"</c>).</summary>
    private void Width(string name, int width)
    {
        Start(name);
        Attribute("w", Number(width));
        Attribute("type", "dxa");
        End();
    }

    private void WriteSectionProperties()
    {
        Start("sectPr");
        Start("pgSz");
        Attribute("w", PageWidth.ToString(CultureInfo.InvariantCulture));
        Attribute("h", PageHeight.ToString(CultureInfo.InvariantCulture));
        End();
        Start("pgMar");
        Attribute("top", "1440");
        Attribute("right", Margin.ToString(CultureInfo.InvariantCulture));
        Attribute("bottom", "1440");
        Attribute("left", Margin.ToString(CultureInfo.InvariantCulture));
        Attribute("header", "851");
        Attribute("footer", "992");
        Attribute("gutter", "0");
        End();
        Start("docGrid");
        Attribute("type", "lines");
        Attribute("linePitch", "312");
        End();
        End();
    }

    private void WriteSettings()
    {
        Start("settings");
        Element("zoom", "percent", "100");
        Value("defaultTabStop", "420");
        Value("characterSpacingControl", "compressPunctuation");
        Start("compat");
        Start("compatSetting");
        Attribute("name", "compatibilityMode");
        Attribute("uri", "http://schemas.microsoft.com/office/word");
        Attribute("val", "15");
        End();
        End();
        End();
    }

    private void WriteStyles()
    {
        Start("styles");
        Start("docDefaults");
        Start("rPrDefault");
        Start("rPr");
        Start("rFonts");
        Attribute("hint", "eastAsia");
        Attribute("ascii", "Times New Roman");
        Attribute("hAnsi", "Times New Roman");
        Attribute("eastAsia", "宋体");
        Attribute("cs", "Times New Roman");
        End();
        Value("sz", "21");
        Value("szCs", "21");
        Start("lang");
        Attribute("val", "en-US");
        Attribute("eastAsia", "zh-CN");
        Attribute("bidi", "ar-SA");
        End();
        End();
        End();
        Start("pPrDefault");
        Start("pPr");
        Start("spacing");
        Attribute("after", "0");
        Attribute("line", "240");
        Attribute("lineRule", "auto");
        End();
        End();
        End();
        End();

        StartStyle("paragraph", "Normal", "Normal", isDefault: true);
        Empty("qFormat");
        End();
        WriteHeadingStyle("Title", "Title", null, "36", "center", "黑体");
        WriteHeadingStyle("Heading1", "heading 1", "0", "32", "left", "黑体");
        WriteHeadingStyle("Heading2", "heading 2", "1", "24", "center", "黑体");
        StartStyle("paragraph", "CommentText", "annotation text");
        Value("basedOn", "Normal");
        End();
        StartStyle("character", "CommentReference", "annotation reference");
        Start("rPr");
        Value("sz", "16");
        End();
        End();
        End();
    }

    /// <summary>Starts a style and writes its name; its other children follow.</summary>
    private void StartStyle(string type, string id, string name, bool isDefault = false)
    {
        Start("style");
        Attribute("type", type);
        Attribute("styleId", id);
        if (isDefault)
        {
            Attribute("default", "true");
        }

        Value("name", name);
    }

    private void WriteHeadingStyle(string id, string name, string? level, string size, string justification, string eastAsiaFont)
    {
        StartStyle("paragraph", id, name);
        Value("basedOn", "Normal");
        Value("next", "Normal");
        Empty("qFormat");
        Start("pPr");
        Empty("keepNext");
        Start("spacing");
        Attribute("before", "240");
        Attribute("after", "120");
        End();
        Value("jc", justification);
        if (level is not null)
        {
            Value("outlineLvl", level);
        }

        End();
        Start("rPr");
        Start("rFonts");
        Attribute("ascii", "Arial");
        Attribute("hAnsi", "Arial");
        Attribute("eastAsia", eastAsiaFont);
        End();
        Empty("b");
        Value("sz", size);
        Value("szCs", size);
        End();
        End();
    }

    /// <summary>The comments of the review: severity, rule id and message; the hint as a second paragraph.</summary>
    private void WriteComments()
    {
        Start("comments");
        for (var id = 0; id < _comments.Count; id++)
        {
            Start("comment");
            Attribute("initials", "PT");
            Attribute("author", Author);
            Attribute("id", Id(id));
            Start("p");
            Start("pPr");
            Value("pStyle", "CommentText");
            End();
            Start("r");
            Start("rPr");
            Value("rStyle", "CommentReference");
            End();
            Empty("annotationRef");
            End();
            WriteRuns(_comments[id].Text, bold: false, color: null);
            End();
            if (_comments[id].Hint is { } hint)
            {
                Start("p");
                Start("pPr");
                Value("pStyle", "CommentText");
                End();
                WriteRuns(hint, bold: false, color: null);
                End();
            }

            End();
        }

        End();
    }

    private static object? Member(ViewObject view, string member) =>
        view.TryGet(member, out var value) ? value : throw new InvalidOperationException("The view has no member " + member + ".");

    private static string? Text(ViewObject view, string member) => Member(view, member) switch
    {
        null => null,
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    private static bool Flag(ViewObject view, string member) => Member(view, member) is true;

    private static FindingGroupView? Findings(ViewObject view, string member) => Member(view, member) as FindingGroupView;

    private static FindingView[]? Items(FindingGroupView? group) => group?.Items;

    /// <summary>The findings of two cells the sheet shows as one (得分 and the achievement tier; the causes and the reason of a deviation).</summary>
    private static FindingView[]? Both(FindingGroupView? first, FindingGroupView? second) =>
        first is null ? second?.Items : second is null ? first.Items : [.. first.Items, .. second.Items];

    /// <summary>The title, the summary of the review, part 1 and the heading of part 2.</summary>
    private void WriteFront(DocumentView document)
    {
        // The findings of part 1's paragraphs are placed on them: the document's other findings go on the title.
        var sections = new[] { "overall", "itemized", "safeguards" };
        var overall = Flag(document, "has_overall_targets") ? Member(document, "overall_targets") as OverallTargetsView : null;
        var placed = new HashSet<Validation.Finding>();
        if (overall is not null)
        {
            foreach (var section in sections)
            {
                foreach (var paragraph in (ParagraphView[])Member(overall, section)!)
                {
                    placed.UnionWith(Items(Findings(paragraph, "findings"))?.Select(f => f.Finding) ?? []);
                }
            }
        }

        var documentFindings = _scope.Review?.DocumentFindings.Where(f => !placed.Contains(f)).Select(_scope.View).ToArray();
        var lines = (string[])Member(document, "cover_lines")!;
        for (var i = 0; i < lines.Length; i++)
        {
            Paragraph("Title", lines[i], i == 0 ? documentFindings : null);
        }

        foreach (var member in new[] { "stage_line", "prepared_line", "reviewed_line" })
        {
            if (Text(document, member) is { } line)
            {
                Centered(line);
            }
        }

        WriteReviewSummary(document);

        if (overall is not null)
        {
            Paragraph("Heading1", _labels["part1"], null);
            foreach (var section in sections)
            {
                Paragraph("Heading2Left", _labels[section], null);
                foreach (var paragraph in (ParagraphView[])Member(overall, section)!)
                {
                    Paragraph(null, Numbered(paragraph), Items(Findings(paragraph, "findings")));
                }
            }
        }

        Paragraph("Heading1", _labels["part2"], null, pageBreakBefore: true);
    }

    /// <summary>In the review, the heading of the summary and the counts of every finding, the document's and the tables'.</summary>
    private void WriteReviewSummary(DocumentView document)
    {
        if (_review && Member(document, "projects") is ProjectView[] all)
        {
            var counts = FindingCounts.Of(_scope.Review!.DocumentFindings);
            foreach (var project in all)
            {
                var table = project.Review!.Counts;
                counts = new FindingCounts(counts.Errors + table.Errors, counts.Warnings + table.Warnings, counts.Infos + table.Infos);
            }

            Paragraph("Heading1", _labels["review_summary"], null);
            Plain(CountsLine(counts));
        }
    }

    private string CountsLine(FindingCounts counts) =>
        _labels["error"] + " " + counts.Errors.ToString(CultureInfo.InvariantCulture) + (_labels.IsChinese ? "，" : ", ") +
        _labels["warning"] + " " + counts.Warnings.ToString(CultureInfo.InvariantCulture) + (_labels.IsChinese ? "，" : ", ") +
        _labels["info"] + " " + counts.Infos.ToString(CultureInfo.InvariantCulture);

    /// <summary>The project's title paragraph (on a new page but for the first table), its header block and its indicator tables.</summary>
    private void WriteProject(ProjectView project, bool newPage)
    {
        var unplaced = _review && project.Review is { } review && Member(review, "unplaced") is FindingView[] { Length: > 0 } items ? items : null;
        Paragraph("Heading2", Spaced(Text(project, "title") ?? string.Empty, Text(project, "name")), unplaced, newPage);
        if (_review)
        {
            Centered(_labels["table_findings"] + (_labels.IsChinese ? "：" : ": ") + CountsLine(project.Review!.Counts));
        }

        Table(HeaderBlock(project), HeaderBlockWidths(), headerRows: 0);
        Spacer();
        IndicatorTable(project, (IndicatorView[])Member(project, "indicators")!);
        if (Flag(project, "show_period_indicators"))
        {
            Paragraph("Heading2", _labels["period_indicators"], null);
            IndicatorTable(project, (IndicatorView[])Member(project, "period_indicators")!);
        }
    }

    private static int[] HeaderBlockWidths()
    {
        var widths = new int[1 + ProjectView.HeaderColumns];
        widths[0] = 1418;
        var rest = TextWidth - widths[0];
        for (var i = 1; i < widths.Length; i++)
        {
            widths[i] = (rest / ProjectView.HeaderColumns) + (i <= rest % ProjectView.HeaderColumns ? 1 : 0);
        }

        return widths;
    }

    /// <summary>The rows of the header block, on a grid of a label column and 12 data columns, as the HTML table has them.</summary>
    private List<RowSpec> HeaderBlock(ProjectView project)
    {
        var cells = (ProjectCellsView)Member(project, "findings")!;
        var unit = (UnitView)Member(project, "unit")!;
        var budget = (BudgetView)Member(project, "budget")!;
        var rows = new List<RowSpec>
        {
            new(
                Cell(0, 7, UnitText(unit), Findings(cells, "unit")),
                Cell(7, 13, Text(project, "amount_unit_label"), null) with { Right = true }),
            new(
                Label(0, 1, "project_code"),
                Cell(1, 6, Text(project, "code"), Findings(cells, "code")),
                Label(6, 8, "project_name"),
                Cell(8, 13, Text(project, "name"), Findings(cells, "name"))),
        };

        if (Flag(project, "show_attribute"))
        {
            rows.Add(new(
                Label(0, 1, "attribute"),
                Cell(1, 6, Text(project, "attribute"), Findings(cells, "attribute")),
                Label(6, 8, "implementation_period"),
                Cell(8, 13, Text(project, "implementation_period"), Findings(cells, "implementation_period"))));
        }

        rows.Add(new(
            Label(0, 1, "budget_and_use") with { Merge = Merge.Restart },
            Label(1, 3, "budget_total"),
            Cell(3, 5, Text(budget, "total"), Findings(cells, "budget_total")),
            Label(5, 7, "budget_fiscal"),
            Cell(7, 9, Text(budget, "fiscal"), Findings(cells, "budget_fiscal")),
            Label(9, 11, "budget_other"),
            Cell(11, 13, Text(budget, "other"), Findings(cells, "budget_other"))));
        rows.Add(new(Continued(0, 1), Cell(1, 13, Text(project, "fund_use"), Findings(cells, "fund_use"))));

        var spendingRows = (SpendingRowView[])Member(project, "spending_rows")!;
        for (var r = 0; r < spendingRows.Length; r++)
        {
            var points = (SpendingPointView[])Member(spendingRows[r], "points")!;
            var months = new List<CellSpec> { r == 0 ? Label(0, 1, "spending_plan", Findings(cells, "spending_plan")) with { Merge = Merge.Restart } : Continued(0, 1) };
            var percents = new List<CellSpec> { Continued(0, 1) };
            var column = 1;
            foreach (var point in points)
            {
                var span = (int)Member(point, "colspan")!;
                var findings = (SpendingCellsView)Member(point, "findings")!;
                months.Add(Cell(column, column + span, Text(point, "month_label"), Findings(findings, "month")) with { Center = true });
                percents.Add(Cell(column, column + span, Text(point, "percent"), Findings(findings, "percent")) with { Center = true });
                column += span;
            }

            rows.Add(new([.. months]));
            rows.Add(new([.. percents]));
        }

        rows.Add(new(Label(0, 1, "goals"), Goals(project, "goals", Findings(cells, "goals"))));
        if (Flag(project, "show_period_goals"))
        {
            rows.Add(new(Label(0, 1, "period_goals"), Goals(project, "period_goals", Findings(cells, "period_goals"))));
        }

        if (Flag(project, "show_review_opinion"))
        {
            rows.Add(new(Label(0, 1, "review_opinion"), Cell(1, 13, Text(project, "review_opinion"), Findings(cells, "review_opinion"))));
        }

        return rows;
    }

    /// <summary>The title, the review summary and the heading of the part of the sheets (with the legend of the lights).</summary>
    private void WriteSheetFront(DocumentView document, bool monitoring)
    {
        var lines = (string[])Member(document, "cover_lines")!;
        var documentFindings = _scope.Review?.DocumentFindings.Select(_scope.View).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            Paragraph("Title", lines[i], i == 0 ? documentFindings : null);
        }

        Centered(_labels[monitoring ? "monitoring_part" : "evaluation_part"]);
        WriteReviewSummary(document);

        Plain(_labels[monitoring ? "light_legend" : "computed_note"]);
    }

    /// <summary>One sheet: its title (with the project's light for monitoring), its header block and its indicator table.</summary>
    private void WriteSheet(SheetView sheet, bool monitoring, bool newPage)
    {
        var unplaced = _review && Member(sheet, "unplaced") is FindingView[] { Length: > 0 } items ? items : null;
        var title = Text(sheet, "title") ?? string.Empty;
        if (monitoring && Member(sheet, "light") is LightView light)
        {
            title += "  " + Text(light, "text");
        }

        Paragraph("Heading2", title, unplaced, newPage);
        if (_review && Member(sheet, "review") is TableReviewView review)
        {
            Centered(_labels["table_findings"] + (_labels.IsChinese ? "：" : ": ") + CountsLine(review.Counts));
        }

        if (monitoring)
        {
            Table(MonitoringBlock(sheet), EvenWidths(8), headerRows: 0);
            Spacer();
            MonitoringTable(sheet);
        }
        else
        {
            Table(EvaluationBlock(sheet), EvenWidths(9), headerRows: 0);
            Spacer();
            EvaluationTable(sheet);
            Plain(
                _labels["computed"] + (_labels.IsChinese ? "：" : ": ") + _labels["execution_rate"] + " " + Text(sheet, "computed_execution_rate") + " · " +
                _labels["score"] + " " + Text(sheet, "computed_execution_score") + " · " + _labels["total_score"] + " " + Text(sheet, "computed_total") + " · " +
                _labels["grade"] + " " + Text(sheet, "computed_grade"));
        }
    }

    private static int[] EvenWidths(int columns)
    {
        var widths = new int[columns];
        for (var i = 0; i < columns; i++)
        {
            widths[i] = (TextWidth / columns) + (i < TextWidth % columns ? 1 : 0);
        }

        return widths;
    }

    /// <summary>The money block and the goals of the 绩效自评表, on 9 columns as html-evaluation-table has them.</summary>
    private List<RowSpec> EvaluationBlock(SheetView sheet)
    {
        var cells = (SheetCellsView)Member(sheet, "findings")!;
        var rows = new List<RowSpec>
        {
            new(Cell(0, 4, null, null), Cell(4, 9, Text(sheet, "amount_unit_label"), null) with { Right = true }),
            new(Label(0, 1, "project_code"), Cell(1, 4, Text(sheet, "code"), Findings(cells, "code")), Label(4, 6, "project_name"), Cell(6, 9, Text(sheet, "name"), Findings(cells, "name"))),
            new(
                Label(0, 1, "project_funds") with { Merge = Merge.Restart },
                Label(1, 3, "blank"),
                Label(3, 4, "initial_budget"),
                Label(4, 5, "year_budget"),
                Label(5, 6, "year_spent"),
                Label(6, 7, "points"),
                Label(7, 8, "execution_rate"),
                Label(8, 9, "score")),
            new(
                Continued(0, 1),
                Label(1, 3, "annual_funds"),
                Number(3, sheet, "initial_budget", cells),
                Number(4, sheet, "budget", cells),
                Number(5, sheet, "spent", cells),
                Number(6, sheet, "execution_points", cells),
                Number(7, sheet, "execution_rate", cells),
                Number(8, sheet, "execution_score", cells)),
        };

        var goalRows = (GoalRowView[])Member(sheet, "goal_rows")!;
        rows.Add(new(
            Label(0, 1, "annual_goals", Findings(cells, "goals")) with { Merge = Merge.Restart },
            Label(1, 5, "expected_goal"),
            Label(5, 9, "goal_outcome", Findings(cells, "goal_outcomes"))));
        foreach (var goal in goalRows)
        {
            rows.Add(new(Continued(0, 1), Cell(1, 5, Text(goal, "goal"), null), Cell(5, 9, Text(goal, "outcome"), null)));
        }

        return rows;
    }

    /// <summary>A figure of a sheet, centred, with the findings on its cell when the sheet places findings there.</summary>
    private static CellSpec Number(int column, ViewObject view, string member, SheetCellsView cells) =>
        Cell(column, column + 1, Text(view, member), cells.TryGet(member, out var findings) ? findings as FindingGroupView : null) with { Center = true };

    /// <summary>The indicator rows of the 绩效自评表, 总分 and 评价等级, and the conclusion rows.</summary>
    private void EvaluationTable(SheetView sheet)
    {
        var names = new[] { "level1", "level2", "level3", "annual_target", "actual", "points", "score", "deviation_and_remedy", "computed" };
        var weights = new[] { 9, 9, 14, 11, 11, 7, 8, 18, 13 };
        var specs = new List<RowSpec> { new([.. names.Select((n, i) => Label(i, i + 1, n) with { Center = true })]) };
        foreach (EvaluationRowView row in (object[])Member(sheet, "evaluation_rows")!)
        {
            var findings = (SheetCellsView)Member(row, "findings")!;
            var score = Text(row, "score") + (Flag(row, "score_is_computed") ? " (" + _labels["computed_score"] + ")" : string.Empty);
            var computed = new List<string>();
            if (Text(row, "completion") is { } completion)
            {
                computed.Add(_labels["completion"] + " " + completion);
            }

            if (Text(row, "formula_score") is { } formula)
            {
                computed.Add(_labels["formula_score"] + " " + formula);
            }

            if (Text(row, "achievement") is { } achievement)
            {
                computed.Add(achievement);
            }

            specs.Add(new(
                Merged(0, row, "level1", null),
                Merged(1, row, "level2", null),
                Cell(2, 3, Text(row, "name"), Findings(findings, "name")),
                Cell(3, 4, Text(row, "target"), Findings(findings, "target")) with { Center = true },
                Cell(4, 5, Text(row, "actual"), Findings(findings, "actual")) with { Center = true },
                Cell(5, 6, Text(row, "points"), Findings(findings, "points")) with { Center = true },
                new CellSpec(6, 7, [new ParagraphSpec(score, null)], Both(Findings(findings, "score"), Findings(findings, "achievement"))) { Center = true },
                Cell(7, 8, Text(row, "deviation_reason"), Findings(findings, "deviation_reason")),
                Cell(8, 9, string.Join("\n", computed), null)));
        }

        var cells = (SheetCellsView)Member(sheet, "findings")!;
        specs.Add(new(
            Label(0, 5, "total_score"),
            Cell(5, 6, Text(sheet, "total_points"), null) with { Center = true },
            Cell(6, 7, Text(sheet, "total_score"), Findings(cells, "total_score")) with { Center = true },
            Cell(7, 8, _labels["grade"] + (_labels.IsChinese ? "：" : ": ") + Text(sheet, "grade"), Findings(cells, "grade")),
            Cell(8, 9, Text(sheet, "computed_total") + " · " + Text(sheet, "computed_grade"), null)));
        foreach (var (member, label) in new[] { ("conclusion", "conclusion"), ("problems", "problems"), ("improvements", "improvements") })
        {
            if (Text(sheet, member) is { } text)
            {
                specs.Add(new(Label(0, 2, label), Cell(2, 9, text, member == "conclusion" ? Findings(cells, member) : null)));
            }
        }

        Table(specs, Widths(weights), headerRows: 1);
    }

    /// <summary>The budget execution block of the 绩效运行监控表, with the project's light, on 8 columns as html-monitoring-table has it.</summary>
    private List<RowSpec> MonitoringBlock(SheetView sheet)
    {
        var cells = (SheetCellsView)Member(sheet, "findings")!;
        var light = Member(sheet, "light") as LightView;
        var rows = new List<RowSpec>
        {
            new(Cell(0, 4, _labels["as_of"] + (_labels.IsChinese ? "：" : ": ") + Text(sheet, "as_of"), Findings(cells, "as_of")), Cell(4, 8, Text(sheet, "amount_unit_label"), null) with { Right = true }),
            new(Label(0, 1, "project_code"), Cell(1, 4, Text(sheet, "code"), Findings(cells, "code")), Label(4, 5, "project_name"), Cell(5, 8, Text(sheet, "name"), Findings(cells, "name"))),
            new(
                Label(0, 1, "budget_execution") with { Merge = Merge.Restart },
                Label(1, 2, "initial_budget"),
                Label(2, 3, "adjusted_budget"),
                Cell(3, 4, Text(sheet, "spent_label"), null) with { Bold = true, Center = true },
                Label(4, 5, "executed_share"),
                Label(5, 6, "planned_share"),
                Label(6, 7, "lag"),
                Label(7, 8, "light")),
            new(
                Continued(0, 1),
                Number(1, sheet, "monitoring_initial_budget", cells),
                Number(2, sheet, "monitoring_budget", cells),
                Number(3, sheet, "monitoring_spent", cells),
                Number(4, sheet, "executed_share", cells),
                Number(5, sheet, "planned_share", cells),
                Number(6, sheet, "lag", cells),
                light is null ? Cell(7, 8, null, null) : LightCell(7, light)),
        };

        var reason = Text(sheet, "monitoring_reason");
        var remedy = Text(sheet, "monitoring_remedy");
        var note = Text(sheet, "monitoring_note");
        if (reason is not null || remedy is not null || note is not null || Findings(cells, "monitoring_reason") is not null || Findings(cells, "monitoring_remedy") is not null)
        {
            var remedyText = remedy + (note is null ? string.Empty : (remedy is null ? string.Empty : "\n") + _labels["note"] + (_labels.IsChinese ? "：" : ": ") + note);
            rows.Add(new(
                Label(0, 1, "deviation_causes"),
                Cell(1, 4, reason, Findings(cells, "monitoring_reason")),
                Label(4, 5, "remedy"),
                Cell(5, 8, remedyText, Findings(cells, "monitoring_remedy"))));
        }

        return rows;
    }

    /// <summary>The indicator rows of the 绩效运行监控表, each with its light.</summary>
    private void MonitoringTable(SheetView sheet)
    {
        var weights = new[] { 8, 8, 12, 10, 10, 10, 8, 12, 10, 8, 9 };
        var names = new[] { "level1", "level2", "level3", "annual_target", null, "expected_year_end", "likelihood", "deviation_causes", "remedy", "note", "light" };
        var header = new List<CellSpec>();
        for (var i = 0; i < names.Length; i++)
        {
            header.Add(names[i] is { } name ? Label(i, i + 1, name) : Cell(i, i + 1, Text(sheet, "progress_label"), null) with { Bold = true, Center = true });
        }

        var specs = new List<RowSpec> { new([.. header]) };
        foreach (MonitoringRowView row in (object[])Member(sheet, "monitoring_rows")!)
        {
            var findings = (SheetCellsView)Member(row, "findings")!;
            var causes = Text(row, "deviation_causes");
            var reason = Text(row, "deviation_reason");
            var causeText = causes is not null && reason is not null ? causes + "\n" + reason : causes ?? reason;
            var causeFindings = Both(Findings(findings, "deviation_causes"), Findings(findings, "deviation_reason"));
            specs.Add(new(
                Merged(0, row, "level1", null),
                Merged(1, row, "level2", null),
                Cell(2, 3, Text(row, "name"), Findings(findings, "name")),
                Cell(3, 4, Text(row, "target"), Findings(findings, "target")) with { Center = true },
                Cell(4, 5, Text(row, "progress"), Findings(findings, "progress")) with { Center = true },
                Cell(5, 6, Text(row, "expected_year_end"), Findings(findings, "expected_year_end")) with { Center = true },
                Cell(6, 7, Text(row, "likelihood"), Findings(findings, "likelihood")) with { Center = true },
                new CellSpec(7, 8, [new ParagraphSpec(causeText ?? string.Empty, null)], causeFindings),
                Cell(8, 9, Text(row, "remedy"), Findings(findings, "remedy")),
                Cell(9, 10, Text(row, "note"), Findings(findings, "note")),
                LightCell(10, (LightView)Member(row, "light")!)));
        }

        Table(specs, Widths(weights), headerRows: 1);
    }

    /// <summary>A light: its symbol and word in its colour on a tinted cell, so that it reads in black and white too.</summary>
    private static CellSpec LightCell(int column, LightView light)
    {
        var (color, fill) = Text(light, "name") switch
        {
            "green" => ("1B5E20", "E8F5E9"),
            "yellow" => ("8A6D00", "FFF8E1"),
            "red" => ("B00020", "FDECEE"),
            _ => ("595959", (string?)null),
        };
        return Cell(column, column + 1, Text(light, "text"), null) with { Center = true, Color = color, Fill = fill };
    }

    private static int[] Widths(int[] weights)
    {
        var total = weights.Sum();
        var widths = new int[weights.Length];
        var used = 0;
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = i == widths.Length - 1 ? TextWidth - used : TextWidth * weights[i] / total;
            used += widths[i];
        }

        return widths;
    }

    private static CellSpec Goals(ProjectView project, string member, FindingGroupView? cellFindings)
    {
        var goals = (ParagraphView[])Member(project, member)!;
        var paragraphs = goals.Length == 0
            ? [new ParagraphSpec(string.Empty, null)]
            : goals.Select(g => new ParagraphSpec(Numbered(g), Items(Findings(g, "findings")))).ToArray();
        return new CellSpec(1, 13, paragraphs, Items(cellFindings));
    }

    /// <summary>
    /// A table's title, "1.name绩效目标表"; "1. name…" when the name starts with a digit, so that the number does not read
    /// as a decimal ("1.2024年…" is 1.2024 to a reader of the Word file).
    /// </summary>
    private static string Spaced(string title, string? name)
    {
        var dot = title.IndexOf('.');
        return name is { Length: > 0 } && name[0] is >= '0' and <= '9' && dot > 0 && string.CompareOrdinal(title, dot + 1, name, 0, name.Length) == 0
            ? title.Insert(dot + 1, " ")
            : title;
    }

    /// <summary>
    /// The unit cell: the code and the name in one cell, as the official tables write them (816001怀来县官厅镇人民政府); a
    /// space between them when the name starts with a digit, so that the 6-digit code still reads apart from it.
    /// </summary>
    private static string? UnitText(UnitView unit)
    {
        var code = Text(unit, "code");
        var name = Text(unit, "name");
        return code is { Length: > 0 } && name is { Length: > 0 } && name[0] is >= '0' and <= '9' ? code + " " + name : Text(unit, "text");
    }

    /// <summary>
    /// A numbered paragraph, "1.text"; "1. text" when the text starts with a digit, so that the number does not read as
    /// a decimal ("1.2024年…" is 1.2024 to a reader).
    /// </summary>
    private static string Numbered(ParagraphView paragraph)
    {
        var text = Text(paragraph, "text") ?? string.Empty;
        return Text(paragraph, "number") + (text.Length > 0 && text[0] is >= '0' and <= '9' ? ". " : ".") + text;
    }

    private void IndicatorTable(ProjectView project, IndicatorView[] rows)
    {
        var hasWeight = Flag(project, "has_weight");
        var hasDirection = Flag(project, "has_direction");
        var columns = new List<int> { 0, 1, 2, 3, 4, 5 };
        if (hasWeight)
        {
            columns.Add(6);
        }

        if (hasDirection)
        {
            columns.Add(7);
        }

        var total = columns.Sum(c => IndicatorWeights[c]);
        var widths = new int[columns.Count];
        var used = 0;
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = i == widths.Length - 1 ? TextWidth - used : TextWidth * IndicatorWeights[columns[i]] / total;
            used += widths[i];
        }

        var names = new[] { "level1", "level2", "level3", "description", "target", "basis", "weight", "direction" };
        var header = new List<CellSpec>();
        for (var i = 0; i < columns.Count; i++)
        {
            header.Add(Label(i, i + 1, names[columns[i]]) with { Center = true });
        }

        var specs = new List<RowSpec> { new([.. header]) };
        foreach (var row in rows)
        {
            var findings = (IndicatorCellsView)Member(row, "findings")!;
            var cells = new List<CellSpec>
            {
                Merged(0, row, "level1", findings),
                Merged(1, row, "level2", findings),
                Cell(2, 3, Text(row, "name"), Findings(findings, "name")),
                Cell(3, 4, Text(row, "description"), Findings(findings, "description")),
                Cell(4, 5, Text(row, "target"), Findings(findings, "target")) with { Center = true },
                Cell(5, 6, Text(row, "basis"), Findings(findings, "basis")),
            };
            var next = 6;
            if (hasWeight)
            {
                cells.Add(Cell(next, next + 1, Text(row, "weight"), Findings(findings, "weight")) with { Center = true });
                next++;
            }

            if (hasDirection)
            {
                cells.Add(Cell(next, next + 1, Text(row, "direction"), Findings(findings, "direction")) with { Center = true });
            }

            specs.Add(new([.. cells]));
        }

        if (rows.Length == 0)
        {
            // No indicators: one blank row under the header, as the blank form has it (the importer reads the table as whole).
            specs.Add(new([.. Enumerable.Range(0, columns.Count).Select(i => Cell(i, i + 1, null, null))]));
        }

        Table(specs, widths, headerRows: 1);
    }

    /// <summary>
    /// A 一级 (column 0, <paramref name="member"/> level1) or 二级 cell (column 1, level2): the first row of its run holds the
    /// text and starts the merge; the rows below continue it.
    /// </summary>
    private static CellSpec Merged(int column, ViewObject row, string member, ViewObject? findings)
    {
        var span = Member(row, column == 0 ? "level1_rowspan" : "level2_rowspan") as int?;
        if (span is null)
        {
            return Continued(column, column + 1);
        }

        return Cell(column, column + 1, Text(row, member), findings is null ? null : Findings(findings, member)) with { Merge = span > 1 ? Merge.Restart : Merge.None, Center = true };
    }

    private static CellSpec Cell(int from, int to, string? text, FindingGroupView? findings) =>
        new(from, to, [new ParagraphSpec(text ?? string.Empty, null)], Items(findings));

    private CellSpec Label(int from, int to, string label, FindingGroupView? findings = null) =>
        new(from, to, [new ParagraphSpec(label == "blank" ? string.Empty : _labels[label], null)], Items(findings)) { Bold = true, Center = true };

    private static CellSpec Continued(int from, int to) => new(from, to, [new ParagraphSpec(string.Empty, null)], null) { Merge = Merge.Continue };

    private void Table(List<RowSpec> rows, int[] widths, int headerRows)
    {
        Start("tbl");
        Start("tblPr");
        Width("tblW", TextWidth);
        Value("jc", "center");
        Start("tblBorders");
        foreach (var side in BorderSides)
        {
            Start(side);
            Attribute("val", "single");
            Attribute("color", "000000");
            Attribute("sz", "4");
            Attribute("space", "0");
            End();
        }

        End();
        Element("tblLayout", "type", "fixed");
        Start("tblCellMar");
        Width("left", 57);
        Width("right", 57);
        End();
        Start("tblLook");
        Attribute("val", "0000");
        Attribute("firstRow", "false");
        Attribute("lastRow", "false");
        Attribute("firstColumn", "false");
        Attribute("lastColumn", "false");
        Attribute("noHBand", "true");
        Attribute("noVBand", "true");
        End();
        End();
        Start("tblGrid");
        foreach (var width in widths)
        {
            Element("gridCol", "w", Number(width));
        }

        End();
        for (var r = 0; r < rows.Count; r++)
        {
            Start("tr");
            Start("trPr");
            Empty("cantSplit");
            if (r < headerRows)
            {
                Empty("tblHeader");
            }

            End();
            foreach (var spec in rows[r].Cells)
            {
                Cell(spec, widths);
            }

            End();
        }

        End();
    }

    private void Cell(CellSpec spec, int[] widths)
    {
        var width = 0;
        for (var i = spec.From; i < spec.To; i++)
        {
            width += widths[i];
        }

        Start("tc");
        Start("tcPr");
        Width("tcW", width);
        if (spec.To - spec.From > 1)
        {
            Value("gridSpan", Number(spec.To - spec.From));
        }

        if (spec.Merge != Merge.None)
        {
            Value("vMerge", spec.Merge == Merge.Restart ? "restart" : "continue");
        }

        if (spec.Bold || spec.Fill is not null)
        {
            Start("shd");
            Attribute("val", "clear");
            Attribute("color", "auto");
            Attribute("fill", spec.Fill ?? "F2F2F2");
            End();
        }

        Value("vAlign", "center");
        End();
        var cellComments = spec.Findings is { Length: > 0 } findings && spec.Merge != Merge.Continue ? Comments(findings) : [];
        var justification = spec.Right ? "right" : spec.Center ? "center" : "left";
        for (var i = 0; i < spec.Paragraphs.Length; i++)
        {
            Paragraph(
                null,
                justification,
                spec.Paragraphs[i].Text,
                spec.Bold,
                spec.Color,
                spec.Paragraphs[i].Findings is { Length: > 0 } own ? Comments(own) : [],
                i == 0 ? cellComments : [],
                i == spec.Paragraphs.Length - 1 ? cellComments : []);
        }

        End();
    }

    /// <summary>A paragraph of a style ("Heading2Left" is Heading2 set left), with a comment per finding around its text.</summary>
    private void Paragraph(string? style, string text, FindingView[]? findings, bool pageBreakBefore = false)
    {
        var ids = findings is { Length: > 0 } ? Comments(findings) : [];
        if (style == "Heading2Left")
        {
            Paragraph("Heading2", "left", text, bold: false, null, ids, [], []);
        }
        else
        {
            Paragraph(style, null, text, bold: false, null, ids, [], [], pageBreakBefore);
        }
    }

    private void Centered(string text) => Paragraph(null, "center", text, bold: false, null, [], [], []);

    private void Plain(string text) => Paragraph(null, null, text, bold: false, null, [], [], []);

    /// <summary>A paragraph two twentieths of a point high between the header block and the indicator table.</summary>
    private void Spacer()
    {
        Start("p");
        Start("pPr");
        Start("spacing");
        Attribute("before", "0");
        Attribute("after", "0");
        Attribute("line", "40");
        Attribute("lineRule", "exact");
        End();
        Start("rPr");
        Value("sz", "2");
        End();
        End();
        End();
    }

    /// <summary>
    /// A paragraph of data text: runs of text with line breaks and tabs, each comment of <paramref name="own"/> around
    /// the whole paragraph, those of <paramref name="start"/> started here and those of <paramref name="end"/> ended here.
    /// </summary>
    private void Paragraph(string? style, string? justification, string text, bool bold, string? color, int[] own, int[] start, int[] end, bool pageBreakBefore = false)
    {
        Start("p");
        if (style is not null || justification is not null)
        {
            Start("pPr");
            if (style is not null)
            {
                Value("pStyle", style);
            }

            if (pageBreakBefore)
            {
                Empty("pageBreakBefore");
            }

            if (justification is not null)
            {
                Value("jc", justification);
            }

            End();
        }

        foreach (var id in start)
        {
            Element("commentRangeStart", "id", Id(id));
        }

        foreach (var id in own)
        {
            Element("commentRangeStart", "id", Id(id));
        }

        WriteRuns(text, bold, color);
        foreach (var id in own)
        {
            EndComment(id);
        }

        foreach (var id in end)
        {
            EndComment(id);
        }

        End();
    }

    /// <summary>The end of a comment's range and its reference mark.</summary>
    private void EndComment(int id)
    {
        Element("commentRangeEnd", "id", Id(id));
        Start("r");
        Start("rPr");
        Value("rStyle", "CommentReference");
        End();
        Element("commentReference", "id", Id(id));
        End();
    }

    private static string Id(int id) => Number(id);

    /// <summary>
    /// A number as text, made once per number up to the text width (widths, spans and comment ids are written thousands
    /// of times a document; the strings are shared by every rendering).
    /// </summary>
    private static string Number(int value)
    {
        if ((uint)value >= (uint)Numbers.Length)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        return Numbers[value] ??= value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The run of a text: text as <c>w:t</c> with white space preserved, line breaks as <c>w:br</c>, tabs as <c>w:tab</c>.</summary>
    private void WriteRuns(string text, bool bold, string? color)
    {
        if (text.Length == 0)
        {
            return;
        }

        var clean = OfficePackage.Clean(text);
        Start("r");
        if (bold || color is not null)
        {
            Start("rPr");
            if (bold)
            {
                Empty("b");
            }

            if (color is not null)
            {
                Value("color", color);
            }

            End();
        }

        var from = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            var c = i < clean.Length ? clean[i] : '\0';
            if (i < clean.Length && c is not ('\n' or '\r' or '\t'))
            {
                continue;
            }

            if (i > from)
            {
                Start("t");
                _x.WriteAttributeString("xml", "space", null, "preserve");
                _x.WriteString(from == 0 && i == clean.Length ? clean : clean.Substring(from, i - from));
                End();
            }

            if (i == clean.Length)
            {
                break;
            }

            if (c == '\t')
            {
                Empty("tab");
            }
            else
            {
                if (c == '\r' && i + 1 < clean.Length && clean[i + 1] == '\n')
                {
                    i++;
                }

                Empty("br");
            }

            from = i + 1;
        }

        End();
    }

    /// <summary>Adds a comment per finding (severity, rule id and message; the hint as a second paragraph) and returns their ids.</summary>
    private int[] Comments(FindingView[] findings)
    {
        var ids = new int[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = findings[i].Finding;
            ids[i] = _comments.Count;
            _comments.Add((
                "[" + _labels.Severity(finding.Severity) + "] " + finding.RuleId + " " + finding.Message,
                finding.Hint is { Length: > 0 } hint ? _labels["hint"] + hint : null));
        }

        return ids;
    }

    private enum Merge
    {
        None,
        Restart,
        Continue,
    }

    private readonly record struct ParagraphSpec(string Text, FindingView[]? Findings);

    /// <summary>A cell over grid columns [<paramref name="From"/>, <paramref name="To"/>) of its table.</summary>
    private readonly record struct CellSpec(int From, int To, ParagraphSpec[] Paragraphs, FindingView[]? Findings)
    {
        public Merge Merge { get; init; }

        public bool Bold { get; init; }

        public bool Center { get; init; }

        public bool Right { get; init; }

        /// <summary>Gets the colour of the text (RRGGBB), or null for the default.</summary>
        public string? Color { get; init; }

        /// <summary>Gets the fill of the cell (RRGGBB), or null: label cells are grey, data cells white.</summary>
        public string? Fill { get; init; }
    }

    private sealed record RowSpec(params CellSpec[] Cells);
}
