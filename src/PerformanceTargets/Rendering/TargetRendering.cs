using PerformanceTargets.Internal;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Rendering;

/// <summary>
/// The common cases in one call, with the built-in templates (<see cref="TargetRenderer.Default"/>): a document as a
/// self-contained HTML page, as Markdown, as the HTML review view of a validation report, as a Word file (with the
/// review as Word comments) or as an Excel file of the flat layout.
/// </summary>
/// <remarks>Thread-safe. For user templates, writers and streams, or one table, use <see cref="TargetRenderer"/>.</remarks>
public static class TargetRendering
{
    /// <summary>Renders a document as one self-contained HTML page (styles inline, printable on A4, no external resources).</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Language, tables and merged-cell style; the format is set to HTML. Null means the defaults.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    public static string ToHtml(TargetDocument document, RenderOptions? options = null) =>
        TargetRenderer.Default.Render(Guard.NotNull(document), (options ?? RenderOptions.Default) with { Format = RenderFormat.Html }).GetTextOrThrow();

    /// <summary>Renders a document as Markdown with GitHub-flavoured tables.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Language, tables and merged-cell style; the format is set to Markdown. Null means the defaults.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    public static string ToMarkdown(TargetDocument document, RenderOptions? options = null) =>
        TargetRenderer.Default.Render(Guard.NotNull(document), (options ?? RenderOptions.Default) with { Format = RenderFormat.Markdown }).GetTextOrThrow();

    /// <summary>
    /// Renders the review view: the HTML page with each finding of the report beside the cell it concerns, a summary per
    /// table and one for the document.
    /// </summary>
    /// <param name="document">The document the report is about.</param>
    /// <param name="report">The validation report.</param>
    /// <param name="options">Language, tables and merged-cell style; format HTML and review on are set. Null means the defaults.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    public static string ToReviewHtml(TargetDocument document, ValidationReport report, RenderOptions? options = null) =>
        TargetRenderer.Default.Render(
            Guard.NotNull(document),
            (options ?? RenderOptions.Default) with { Format = RenderFormat.Html, Review = true },
            Guard.NotNull(report)).GetTextOrThrow();

    /// <summary>
    /// Renders a document as a Word file (<c>.docx</c>) in the official layout: the title, part 1, and each project's title
    /// and tables on A4, 一级指标 and 二级指标 merged down their rows, the indicator header repeated on every page. With
    /// <see cref="RenderOptions.TableKind"/> <see cref="TableKind.Evaluation"/> or <see cref="TableKind.Monitoring"/>, the
    /// 绩效自评表 or the 绩效运行监控表 instead (the lights as a symbol, a word and a colour), with the scorer's figures beside the reported ones.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Language, tables and merged-cell style; the format is set to Word and the review off. Null means the defaults.</param>
    /// <returns>The bytes of the file; the same document and options always give the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    public static byte[] ToDocx(TargetDocument document, RenderOptions? options = null) =>
        ToBytes(Guard.NotNull(document), (options ?? RenderOptions.Default) with { Format = RenderFormat.Docx, Review = false }, null);

    /// <summary>
    /// Renders the review as a Word file: the official layout with every finding of the report as a Word comment (批注)
    /// on the cell it concerns (rule id, severity, message and hint in the report's language); findings on the whole
    /// document are on the title, those on a table but no cell on the table's title.
    /// </summary>
    /// <param name="document">The document the report is about.</param>
    /// <param name="report">The validation report.</param>
    /// <param name="options">Language, tables and merged-cell style; format Word and review on are set. Null means the defaults.</param>
    /// <returns>The bytes of the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    public static byte[] ToReviewDocx(TargetDocument document, ValidationReport report, RenderOptions? options = null) =>
        ToBytes(Guard.NotNull(document), (options ?? RenderOptions.Default) with { Format = RenderFormat.Docx, Review = true }, Guard.NotNull(report));

    /// <summary>
    /// Renders a document as an Excel file (<c>.xlsx</c>) in the flat layout: one row per indicator under a frozen header
    /// row whose columns are those the flat importer reads, so that importing the file gives the same projects and indicators.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The tables to write; the format is set to Excel. Null means every table.</param>
    /// <returns>The bytes of the file; the same document always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.TableKind"/> is not <see cref="TableKind.Targets"/>: the flat layout has the target table only.</exception>
    public static byte[] ToXlsx(TargetDocument document, RenderOptions? options = null) =>
        ToBytes(Guard.NotNull(document), (options ?? RenderOptions.Default) with { Format = RenderFormat.Xlsx, Review = false }, null);

    private static byte[] ToBytes(TargetDocument document, RenderOptions options, ValidationReport? report)
    {
        using var stream = new MemoryStream();
        TargetRenderer.Default.Render(document, stream, options, report).GetTextOrThrow();
        return stream.ToArray();
    }
}
