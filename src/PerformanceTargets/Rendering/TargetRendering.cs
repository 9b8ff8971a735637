using PerformanceTargets.Internal;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Rendering;

/// <summary>
/// The common cases in one call, with the built-in templates (<see cref="TargetRenderer.Default"/>): a document as a
/// self-contained HTML page, as Markdown, or as the HTML review view of a validation report.
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
}
