using System.Collections.Immutable;
using System.Globalization;
using PerformanceTargets.Internal;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering.Office;
using PerformanceTargets.Rendering.Views;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerformanceTargets.Rendering;

/// <summary>
/// Renders documents and single project tables to HTML or Markdown with Scriban templates: the built-in templates of
/// the official table layout (<see cref="Default"/>), or user templates given to <see cref="CreateBuilder"/>; and to
/// Word (the official layout, <see cref="RenderFormat.Docx"/>) and Excel (the flat layout, <see cref="RenderFormat.Xlsx"/>)
/// files, written to a <see cref="Stream"/>.
/// </summary>
/// <remarks>
/// <para>
/// A renderer is immutable and thread-safe: its templates are parsed once when it is built, and any number of threads
/// may render with it at the same time. Every value from the document reaches templates already escaped for the
/// output format (HTML text and quoted attributes; Markdown table cells), so that a template that prints it as it is
/// stays safe; data is never evaluated as template code. See <c>docs/templates.md</c> for the names templates see.
/// </para>
/// <para>
/// Template failures (a runtime error, a sandbox limit) are results with the template, line and column, never
/// exceptions; caller mistakes (a null document, a table index outside the document) are exceptions.
/// </para>
/// </remarks>
public sealed class TargetRenderer
{
    private static readonly Lazy<TargetRenderer> DefaultRenderer = new(() => new TargetRenderer(TemplateSet.Builtin, TemplateLimits.Default));

    private readonly TemplateSet _templates;
    private readonly TemplateLimits _limits;
    private readonly bool _sandboxed;

    internal TargetRenderer(TemplateSet templates, TemplateLimits limits)
    {
        _templates = templates;
        _limits = limits;
        _sandboxed = templates.HasUserTemplates;
    }

    /// <summary>Gets the renderer with the built-in templates (the official table layout). Thread-safe; created once.</summary>
    public static TargetRenderer Default => DefaultRenderer.Value;

    /// <summary>Gets the names of the templates this renderer has (the names <c>include</c> takes), in ordinal order.</summary>
    public ImmutableArray<string> TemplateNames => [.. _templates.Templates.Keys.OrderBy(k => k, StringComparer.Ordinal)];

    /// <summary>Gets the limits user templates run under.</summary>
    public TemplateLimits Limits => _limits;

    /// <summary>Creates a builder for a renderer with user templates and limits.</summary>
    /// <returns>A new builder.</returns>
    public static TargetRendererBuilder CreateBuilder() => new();

    /// <summary>
    /// Renders the whole document (title and cover, part 1, contents, every selected table; the selected tables alone with
    /// <see cref="RenderOptions.TablesAlone"/>) to a string.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="options">What and how to render; null means <see cref="RenderOptions.Default"/>.</param>
    /// <param name="report">The validation findings to show when <see cref="RenderOptions.Review"/> is on; ignored otherwise.</param>
    /// <returns>The text, or the template error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    /// <exception cref="ArgumentException">The format is <see cref="RenderFormat.Docx"/> or <see cref="RenderFormat.Xlsx"/>, which are binary: render them to a <see cref="Stream"/>.</exception>
    public RenderResult Render(TargetDocument document, RenderOptions? options = null, ValidationReport? report = null)
    {
        return RenderDocumentCore(document, options, report, output: null);
    }

    /// <summary>Renders the whole document to a writer; nothing is written when rendering fails.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write the text.</param>
    /// <param name="options">What and how to render; null means <see cref="RenderOptions.Default"/>.</param>
    /// <param name="report">The findings for the review view; ignored unless <see cref="RenderOptions.Review"/> is on.</param>
    /// <returns>Success (with <see cref="RenderResult.Text"/> null), or the template error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    /// <exception cref="ArgumentException">The format is <see cref="RenderFormat.Docx"/> or <see cref="RenderFormat.Xlsx"/>, which are binary: render them to a <see cref="Stream"/>.</exception>
    /// <exception cref="IOException">The writer failed.</exception>
    public RenderResult Render(TargetDocument document, TextWriter writer, RenderOptions? options = null, ValidationReport? report = null)
    {
        Guard.NotNull(writer);
        return RenderDocumentCore(document, options, report, page => page.WriteTo(writer));
    }

    /// <summary>
    /// Renders the whole document to a stream: text formats as UTF-8 without a byte order mark, <see cref="RenderFormat.Docx"/>
    /// and <see cref="RenderFormat.Xlsx"/> as their package. Nothing is written when rendering fails. The Word and Excel
    /// files are built in (user templates do not apply) and deterministic: the same document and options give the same bytes.
    /// Word follows <see cref="RenderOptions.TableKind"/> (the target tables, the 绩效自评表 or the 绩效运行监控表, in the
    /// layouts of the HTML templates); Excel writes the target tables only.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write the bytes; left open.</param>
    /// <param name="options">What and how to render; null means <see cref="RenderOptions.Default"/>.</param>
    /// <param name="report">The findings for the review view; ignored unless <see cref="RenderOptions.Review"/> is on.</param>
    /// <returns>Success (with <see cref="RenderResult.Text"/> null), or the template error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index of <see cref="RenderOptions.Tables"/> is outside the document.</exception>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Format"/> is <see cref="RenderFormat.Xlsx"/> and <see cref="RenderOptions.TableKind"/> is not <see cref="TableKind.Targets"/>: the Excel export has the flat layout of the target table only.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public RenderResult Render(TargetDocument document, Stream stream, RenderOptions? options = null, ValidationReport? report = null)
    {
        Guard.NotNull(document);
        Guard.NotNull(stream);
        options ??= RenderOptions.Default;
        return IsBinary(options.Format)
            ? RenderBinary(document, options, report, null, stream)
            : RenderCore(document, options, report, tableIndex: null, page => page.WriteTo(stream));
    }

    /// <summary>
    /// Renders one project table to a string: an HTML fragment (a <c>section</c> with the header block and the indicator
    /// table, no page around it) or Markdown. <see cref="RenderOptions.Tables"/> is ignored.
    /// </summary>
    /// <param name="document">The document the table belongs to (its amount unit and labels apply).</param>
    /// <param name="projectIndex">The zero-based index of the table in <see cref="TargetDocument.Projects"/>.</param>
    /// <param name="options">How to render; null means <see cref="RenderOptions.Default"/>.</param>
    /// <param name="report">The findings for the review view; ignored unless <see cref="RenderOptions.Review"/> is on.</param>
    /// <returns>The text, or the template error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectIndex"/> is outside the document.</exception>
    /// <exception cref="ArgumentException">The format is <see cref="RenderFormat.Docx"/> or <see cref="RenderFormat.Xlsx"/>, which are binary: render them to a <see cref="Stream"/>.</exception>
    public RenderResult RenderTable(TargetDocument document, int projectIndex, RenderOptions? options = null, ValidationReport? report = null)
    {
        return RenderTableCore(document, projectIndex, options, report, output: null);
    }

    /// <summary>Renders one project table to a writer; nothing is written when rendering fails.</summary>
    /// <param name="document">The document the table belongs to.</param>
    /// <param name="projectIndex">The zero-based index of the table.</param>
    /// <param name="writer">Where to write the text.</param>
    /// <param name="options">How to render; null means <see cref="RenderOptions.Default"/>.</param>
    /// <param name="report">The findings for the review view; ignored unless <see cref="RenderOptions.Review"/> is on.</param>
    /// <returns>Success (with <see cref="RenderResult.Text"/> null), or the template error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectIndex"/> is outside the document.</exception>
    /// <exception cref="ArgumentException">The format is <see cref="RenderFormat.Docx"/> or <see cref="RenderFormat.Xlsx"/>, which are binary: render them to a <see cref="Stream"/>.</exception>
    /// <exception cref="IOException">The writer failed.</exception>
    public RenderResult RenderTable(TargetDocument document, int projectIndex, TextWriter writer, RenderOptions? options = null, ValidationReport? report = null)
    {
        Guard.NotNull(writer);
        return RenderTableCore(document, projectIndex, options, report, page => page.WriteTo(writer));
    }

    /// <summary>
    /// Renders one project table to a stream: text formats as UTF-8 without a byte order mark; <see cref="RenderFormat.Docx"/>
    /// as a Word document holding the table's title and tables only, <see cref="RenderFormat.Xlsx"/> as a workbook with that
    /// project's rows. Nothing is written when rendering fails.
    /// </summary>
    /// <param name="document">The document the table belongs to.</param>
    /// <param name="projectIndex">The zero-based index of the table.</param>
    /// <param name="stream">Where to write the bytes; left open.</param>
    /// <param name="options">How to render; null means <see cref="RenderOptions.Default"/>.</param>
    /// <param name="report">The findings for the review view; ignored unless <see cref="RenderOptions.Review"/> is on.</param>
    /// <returns>Success (with <see cref="RenderResult.Text"/> null), or the template error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectIndex"/> is outside the document.</exception>
    /// <exception cref="ArgumentException"><see cref="RenderOptions.Format"/> is <see cref="RenderFormat.Xlsx"/> and <see cref="RenderOptions.TableKind"/> is not <see cref="TableKind.Targets"/>: the Excel export has the flat layout of the target table only.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public RenderResult RenderTable(TargetDocument document, int projectIndex, Stream stream, RenderOptions? options = null, ValidationReport? report = null)
    {
        Guard.NotNull(document);
        Guard.NotNull(stream);
        options ??= RenderOptions.Default;
        if (!IsBinary(options.Format))
        {
            return RenderTableCore(document, projectIndex, options, report, page => page.WriteTo(stream));
        }

        if (projectIndex < 0 || projectIndex >= document.Projects.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(projectIndex), projectIndex, "The document has no project at this index.");
        }

        return RenderBinary(document, options, report, projectIndex, stream);
    }

    private static bool IsBinary(RenderFormat format) => format is RenderFormat.Docx or RenderFormat.Xlsx;

    private static void EnsureText(RenderOptions options)
    {
        if (IsBinary(options.Format))
        {
            throw new ArgumentException(
                "RenderOptions.Format " + options.Format.ToString() + " is a binary format: render it to a Stream (Render(document, stream, options)), or use TargetRendering.ToDocx or ToXlsx.",
                nameof(options));
        }
    }

    /// <summary>Writes a Word or Excel file: built first in memory, then copied to the stream, so nothing is written when building fails.</summary>
    private static RenderResult RenderBinary(TargetDocument document, RenderOptions options, ValidationReport? report, int? tableIndex, Stream stream)
    {
        CheckTables(document, options);
        if (options.Format == RenderFormat.Xlsx && options.TableKind != TableKind.Targets)
        {
            throw new ArgumentException(
                "RenderOptions.TableKind " + options.TableKind.ToString() + " has no Excel layout: the Excel export writes the flat layout of the target table only. Render the self-evaluation and monitoring tables as Word, HTML or Markdown.",
                nameof(options));
        }

        var scope = CreateScope(document, options, report);
        var documentView = new DocumentView(scope);
        var selected = Select(documentView.Projects, options, tableIndex);
        using var buffer = new MemoryStream();
        if (options.Format == RenderFormat.Docx && options.TableKind is TableKind.Evaluation or TableKind.Monitoring)
        {
            DocxWriter.WriteSheets(scope, documentView, Sheets(scope, document, selected), tableOnly: tableIndex is not null, buffer);
        }
        else if (options.Format == RenderFormat.Docx)
        {
            DocxWriter.Write(scope, documentView, selected, tableOnly: tableIndex is not null || options.TablesAlone, buffer);
        }
        else
        {
            XlsxWriter.Write(document, tableIndex is { } single ? [single] : options.Tables.IsEmpty ? null : options.Tables, buffer);
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
        return RenderResult.Ok(null);
    }

    /// <summary>The sheets of the selected projects: their views with the scorer's figures, the same for every format.</summary>
    private static SheetView[] Sheets(RenderScope scope, TargetDocument document, ProjectView[] selected)
    {
        var scores = TargetScorer.Default.Score(document);
        var sheets = new SheetView[selected.Length];
        for (var i = 0; i < sheets.Length; i++)
        {
            sheets[i] = new SheetView(scope, selected[i], scores.Projects[selected[i].Index]);
        }

        return sheets;
    }

    private static void CheckTables(TargetDocument document, RenderOptions options)
    {
        foreach (var index in options.Tables)
        {
            if (index < 0 || index >= document.Projects.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(options), index, "RenderOptions.Tables names a project index the document does not have.");
            }
        }
    }

    private static ProjectView[] Select(ProjectView[] all, RenderOptions options, int? tableIndex)
    {
        if (tableIndex is { } single)
        {
            return [all[single]];
        }

        if (options.Tables.IsEmpty)
        {
            return all;
        }

        var selected = new ProjectView[options.Tables.Length];
        for (var i = 0; i < selected.Length; i++)
        {
            selected[i] = all[options.Tables[i]];
        }

        return selected;
    }

    private RenderResult RenderDocumentCore(TargetDocument document, RenderOptions? options, ValidationReport? report, Action<PageBuffer>? output)
    {
        Guard.NotNull(document);
        options ??= RenderOptions.Default;
        EnsureText(options);
        return RenderCore(document, options, report, tableIndex: null, output);
    }

    private RenderResult RenderTableCore(TargetDocument document, int projectIndex, RenderOptions? options, ValidationReport? report, Action<PageBuffer>? output)
    {
        Guard.NotNull(document);
        options ??= RenderOptions.Default;
        EnsureText(options);
        if (projectIndex < 0 || projectIndex >= document.Projects.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(projectIndex), projectIndex, "The document has no project at this index.");
        }

        return RenderCore(document, options, report, projectIndex, output);
    }

    private static RenderScope CreateScope(TargetDocument document, RenderOptions options, ValidationReport? report)
    {
        var encoder = options.Format switch
        {
            RenderFormat.Markdown => MarkdownEncoder.Instance,
            RenderFormat.Html => HtmlEncoder.Instance,
            _ => TextEncoder.None, // Word and Excel hold data as text nodes: the package writer escapes
        };
        var review = options.Review ? ReviewIndex.Build(report?.Findings ?? [], document) : null;
        return new RenderScope(document, encoder, Labels.For(options.Language), options, review);
    }

    /// <summary>Renders a text format: to a string, or, with <paramref name="output"/>, into what it writes to (then the result has no text).</summary>
    private RenderResult RenderCore(TargetDocument document, RenderOptions options, ValidationReport? report, int? tableIndex, Action<PageBuffer>? output)
    {
        CheckTables(document, options);
        var scope = CreateScope(document, options, report);
        var documentView = new DocumentView(scope);
        var selected = Select(documentView.Projects, options, tableIndex);

        var globals = new ScriptObject
        {
            ["document"] = documentView,
            ["projects"] = selected,
            ["labels"] = LabelsView.For(options.Language, options.Format),
            ["options"] = new OptionsView(options),
            ["review"] = options.Review ? new ReviewView(scope, report, selected) : null,
        };
        if (tableIndex is not null)
        {
            globals["project"] = selected[0];
        }

        var findings = new FindingMarkup(scope);
        FindingFunction.AddTo(globals, findings);

        var kind = (options.Format, tableIndex is null) switch
        {
            (RenderFormat.Markdown, true) => TemplateKind.MarkdownDocument,
            (RenderFormat.Markdown, false) => TemplateKind.MarkdownTable,
            (_, true) => TemplateKind.HtmlDocument,
            _ => TemplateKind.HtmlTable,
        };
        if (options.TableKind is TableKind.Evaluation or TableKind.Monitoring)
        {
            kind = SheetTemplate(options, tableIndex is null);
            var sheets = Sheets(scope, document, selected);
            globals["sheets"] = sheets;
            if (tableIndex is not null)
            {
                globals["sheet"] = sheets[0];
            }
        }

        return Execute(_templates.Templates[TemplateSet.NameOf(kind)], globals, findings, output);
    }

    /// <summary>The template of a self-evaluation or monitoring rendering: the document, or one project's table.</summary>
    private static TemplateKind SheetTemplate(RenderOptions options, bool document) =>
        (options.Format == RenderFormat.Markdown, options.TableKind == TableKind.Monitoring, document) switch
        {
            (false, false, true) => TemplateKind.HtmlEvaluationDocument,
            (false, false, false) => TemplateKind.HtmlEvaluationTable,
            (false, true, true) => TemplateKind.HtmlMonitoringDocument,
            (false, true, false) => TemplateKind.HtmlMonitoringTable,
            (true, false, true) => TemplateKind.MarkdownEvaluationDocument,
            (true, false, false) => TemplateKind.MarkdownEvaluationTable,
            (true, true, true) => TemplateKind.MarkdownMonitoringDocument,
            _ => TemplateKind.MarkdownMonitoringTable,
        };

    private RenderResult Execute(ParsedTemplate entry, ScriptObject globals, FindingMarkup findings, Action<PageBuffer>? output)
    {
        // The page is copied out of the buffer only once the rendering, its context and its views are gone: a page of
        // more than 42,500 characters is a large object, whose allocation may start a full collection, and that
        // collection then has nothing of the rendering left to mark.
        using var page = new PageBuffer(OutputCapacity(entry, globals));
        var error = Run(entry, globals, findings, page);
        if (error is not null)
        {
            return RenderResult.Fail(error);
        }

        if (output is null)
        {
            return RenderResult.Ok(page.ToString());
        }

        output(page);
        return RenderResult.Ok(null);
    }

    private TemplateError? Run(ParsedTemplate entry, ScriptObject globals, FindingMarkup findings, PageBuffer output)
    {
        var context = new RenderContext
        {
            Findings = findings,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = TemplateSetLoader.Instance,
            NewLine = "\n",
            // What a template writes is written as it is: no indentation added to the later lines of an include or a
            // value (docs/templates.md). Scriban's default scans every piece of text for line feeds to add it, about
            // a tenth of a page's rendering.
            AutoIndent = false,
            RecursiveLimit = _limits.RecursionLimit,
            LoopLimit = _sandboxed ? _limits.LoopLimit : 0,
            LimitToString = _sandboxed ? _limits.OutputLimit : 0,
            OutputLimit = _sandboxed ? _limits.OutputLimit : 0,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
        };

        foreach (var template in _templates.Templates.Values)
        {
            context.CachedTemplates[template.Name] = template.Template;
        }

        context.PushGlobal(globals);
        context.PushOutput(output);
        using var timeout = _sandboxed ? new CancellationTokenSource(_limits.Timeout) : null;
        if (timeout is not null)
        {
            context.CancellationToken = timeout.Token;
        }

        if (_sandboxed)
        {
            context.LimitMemory(_limits.MemoryLimit);
        }

        try
        {
            RenderContext.Write(context, entry.Template);
            return null;
        }
        catch (TemplateFailure ex)
        {
            return Error(ex.Kind, ex.Span, ex.Text, ex.Hint);
        }
        catch (ScriptAbortException ex)
        {
            return TimedOut(ex.Span);
        }
        catch (ScriptRuntimeException ex)
        {
            var message = ex.OriginalMessage ?? ex.Message;
            return LimitHint(message) is { } hint
                ? Error(TemplateErrorKind.LimitExceeded, ex.Span, new LocalizedText("超出模板沙箱限制：" + message, message), hint)
                : Error(TemplateErrorKind.Runtime, ex.Span, new LocalizedText("模板运行错误：" + message, message), null);
        }
        catch (OperationCanceledException)
        {
            return TimedOut(context.CurrentNode?.Span ?? default);
        }
#pragma warning disable CA1031 // A template failure deep inside Scriban must come back as a result with a position, not an exception.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var message = ex.GetType().Name + ": " + ex.Message;
            return Error(TemplateErrorKind.Runtime, context.CurrentNode?.Span ?? default, new LocalizedText("模板运行错误：" + message, message), null);
        }
    }

    /// <summary>
    /// A first guess at the output size (about 600 characters an indicator; a user template starts small), for the first
    /// rent from the pool: the buffer doubles when the guess is short, and the pool keeps it for the next rendering.
    /// </summary>
    private static int OutputCapacity(ParsedTemplate entry, ScriptObject globals)
    {
        var indicators = 0;
        if (globals["projects"] is ProjectView[] projects)
        {
            foreach (var project in projects)
            {
                indicators += project.IndicatorCount;
            }
        }

        var estimate = 8192 + (600L * indicators);
        return entry.IsUser ? 4096 : (int)Math.Min(estimate, 1 << 22);
    }

    /// <summary>How to get past the Scriban limit a message names; null when the message names no limit.</summary>
    private static LocalizedText? LimitHint(string message)
    {
        if (message.Contains("LoopLimit") || message.Contains("iteration limit"))
        {
            return new LocalizedText("减少循环次数；确有需要时，用 TargetRendererBuilder.WithLimits 提高 TemplateLimits.LoopLimit。", "Loop less; if the template really needs more, raise TemplateLimits.LoopLimit with TargetRendererBuilder.WithLimits.");
        }

        if (message.Contains("recursive depth limit") || message.Contains("ObjectRecursionLimit"))
        {
            return new LocalizedText("减少函数和 include 的嵌套层数；确有需要时提高 TemplateLimits.RecursionLimit。", "Nest functions and includes less deeply; if the template really needs more, raise TemplateLimits.RecursionLimit.");
        }

        if (message.Contains("OutputLimit") || message.Contains("LimitToString"))
        {
            return new LocalizedText("输出或字符串过长：少输出一些，或用 TargetRendererBuilder.WithLimits 提高 TemplateLimits.OutputLimit。", "The output or a string is too long: print less, or raise TemplateLimits.OutputLimit with TargetRendererBuilder.WithLimits.");
        }

        return null;
    }

    private TemplateError TimedOut(Scriban.Parsing.SourceSpan span) => Error(
        TemplateErrorKind.LimitExceeded,
        span,
        new LocalizedText(
            string.Format(CultureInfo.InvariantCulture, "渲染超过时间限制（{0} 秒），已停止。", _limits.Timeout.TotalSeconds),
            string.Format(CultureInfo.InvariantCulture, "The rendering took longer than the limit of {0} s and was stopped.", _limits.Timeout.TotalSeconds)),
        new LocalizedText("检查模板中的循环是否会结束；确有需要时提高 TemplateLimits.Timeout。", "Check that the template's loops end; if it really needs longer, raise TemplateLimits.Timeout."));

    private TemplateError Error(TemplateErrorKind kind, Scriban.Parsing.SourceSpan span, LocalizedText text, LocalizedText? hint)
    {
        var file = span.FileName;
        var entry = file is null ? null : _templates.Templates.Values.FirstOrDefault(t => string.Equals(t.Source, file, StringComparison.Ordinal));
        var (line, column) = file is null ? (0, 0) : TemplateSet.Position(span, null);
        return TemplateError.Create(kind, entry?.Source ?? file, line, column, text, hint);
    }
}
