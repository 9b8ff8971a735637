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
