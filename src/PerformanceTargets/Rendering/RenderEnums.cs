namespace PerformanceTargets.Rendering;

/// <summary>The output format of a rendering.</summary>
public enum RenderFormat
{
    /// <summary>HTML: a self-contained HTML5 document, or an HTML fragment for one table.</summary>
    Html,

    /// <summary>Markdown with GitHub-flavoured pipe tables.</summary>
    Markdown,

    /// <summary>
    /// Word (<c>.docx</c>, WordprocessingML): the official layout on A4 with the title, part 1 and each project's table;
    /// the review writes every finding as a Word comment (批注) on its cell. Binary: render to a <see cref="Stream"/>.
    /// Built in; user templates do not apply.
    /// </summary>
    Docx,

    /// <summary>
    /// Excel (<c>.xlsx</c>, SpreadsheetML): the flat layout, one row per indicator under a frozen header row with the
    /// columns the flat importer reads, so that importing it gives the same projects and indicators. Binary: render to
    /// a <see cref="Stream"/>. Built in; user templates and the review do not apply.
    /// </summary>
    Xlsx,
}

/// <summary>How cells that the official table merges down several rows (一级指标, 二级指标) are written.</summary>
public enum MergedCellStyle
{
    /// <summary>
    /// Merged: in HTML one cell with <c>rowspan</c> over the rows of its group; in Markdown the value is written once
    /// and the cells below it are left blank. The default.
    /// </summary>
    Merge,

    /// <summary>Repeated: every row carries its own cell with the value.</summary>
    Repeat,
}

/// <summary>The templates a renderer uses; each has a name under which templates include it.</summary>
public enum TemplateKind
{
    /// <summary>The whole document as HTML (<c>html-document</c>).</summary>
    HtmlDocument,

    /// <summary>One project table as an HTML fragment (<c>html-table</c>); the document template includes it.</summary>
    HtmlTable,

    /// <summary>The whole document as Markdown (<c>markdown-document</c>).</summary>
    MarkdownDocument,

    /// <summary>One project table as Markdown (<c>markdown-table</c>); the document template includes it.</summary>
    MarkdownTable,

    /// <summary>The whole document as 绩效自评表 in HTML (<c>html-evaluation</c>), for <see cref="TableKind.Evaluation"/>.</summary>
    HtmlEvaluationDocument,

    /// <summary>One project's 绩效自评表 as an HTML fragment (<c>html-evaluation-table</c>); the document template includes it.</summary>
    HtmlEvaluationTable,

    /// <summary>The whole document as 绩效运行监控表 in HTML (<c>html-monitoring</c>), for <see cref="TableKind.Monitoring"/>.</summary>
    HtmlMonitoringDocument,

    /// <summary>One project's 绩效运行监控表 as an HTML fragment (<c>html-monitoring-table</c>); the document template includes it.</summary>
    HtmlMonitoringTable,

    /// <summary>The whole document as 绩效自评表 in Markdown (<c>markdown-evaluation</c>).</summary>
    MarkdownEvaluationDocument,

    /// <summary>One project's 绩效自评表 as Markdown (<c>markdown-evaluation-table</c>); the document template includes it.</summary>
    MarkdownEvaluationTable,

    /// <summary>The whole document as 绩效运行监控表 in Markdown (<c>markdown-monitoring</c>).</summary>
    MarkdownMonitoringDocument,

    /// <summary>One project's 绩效运行监控表 as Markdown (<c>markdown-monitoring-table</c>); the document template includes it.</summary>
    MarkdownMonitoringTable,
}

/// <summary>
/// Which of the year's three tables a rendering shows for each project: the target table set before the year, the
/// monitoring table during it, or the self-evaluation table after it (format 1.1, <c>docs/lifecycle.md</c>).
/// </summary>
public enum TableKind
{
    /// <summary>项目支出绩效目标表: the target table (the default). Monitoring and evaluation blocks are not shown.</summary>
    Targets,

    /// <summary>
    /// 项目支出绩效自评表: the money block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), 年度总体目标 预期目标 beside
    /// 实际完成情况, a row per annual indicator (年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施), 总分 and 评价等级. The
    /// reported figures are shown as written, the library's (<c>TargetScorer</c>) beside them.
    /// </summary>
    Evaluation,

    /// <summary>
    /// 项目支出绩效运行监控表: the budget execution against the spending plan and a row per annual indicator (1–N月执行情况,
    /// 全年预计完成情况, 完成目标可能性, 偏差原因分析, 改进措施), with the light of the project and of every indicator shown
    /// by a word and a symbol as well as a colour.
    /// </summary>
    Monitoring,
}

/// <summary>What went wrong with a template; each kind has its stable code (<see cref="TemplateError.Code"/>).</summary>
public enum TemplateErrorKind
{
    /// <summary>The template text is not valid Scriban (found when the renderer is built). Code <c>PTT001</c>.</summary>
    Syntax,

    /// <summary>The template failed while rendering: an unknown variable, a bad operation, a missing include, a function the sandbox leaves out. Code <c>PTT002</c>.</summary>
    Runtime,

    /// <summary>A sandbox limit was reached: loop iterations, recursion depth, output size, memory or time. Code <c>PTT003</c>.</summary>
    LimitExceeded,

    /// <summary>A template file or folder could not be read. Code <c>PTT004</c>.</summary>
    Io,
}
