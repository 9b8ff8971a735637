using System.Globalization;

namespace PerformanceTargets.Rendering;

/// <summary>
/// One problem with a template, in the library's one vocabulary of diagnostics (<see cref="IDiagnostic"/>): a stable code
/// per kind (<c>PTT001</c> syntax, <c>PTT002</c> runtime, <c>PTT003</c> limit exceeded, <c>PTT004</c> I/O), always an
/// error, the template and the 1-based line and column in its text, what is wrong and, where there is one, how to fix
/// it, in Chinese and English.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Pointer"/> is always empty: a template error concerns no value of the document.</remarks>
public sealed record TemplateError : IDiagnostic
{
    /// <summary>The code of syntax errors (<see cref="TemplateErrorKind.Syntax"/>).</summary>
    public const string SyntaxCode = "PTT001";

    /// <summary>The code of runtime errors (<see cref="TemplateErrorKind.Runtime"/>).</summary>
    public const string RuntimeCode = "PTT002";

    /// <summary>The code of sandbox limits reached (<see cref="TemplateErrorKind.LimitExceeded"/>).</summary>
    public const string LimitExceededCode = "PTT003";

    /// <summary>The code of unreadable template files and folders (<see cref="TemplateErrorKind.Io"/>).</summary>
    public const string IoCode = "PTT004";

    /// <summary>Gets the kind of problem.</summary>
    public required TemplateErrorKind Kind { get; init; }

    /// <summary>Gets the stable code of <see cref="Kind"/>: <c>PTT001</c> to <c>PTT004</c> (see docs/templates.md).</summary>
    public string Code => Kind switch
    {
        TemplateErrorKind.Syntax => SyntaxCode,
        TemplateErrorKind.Runtime => RuntimeCode,
        TemplateErrorKind.LimitExceeded => LimitExceededCode,
        _ => IoCode,
    };

    /// <summary>Gets <see cref="Severity.Error"/>: a template error always stops the build or the rendering.</summary>
    public Severity Severity => Severity.Error;

    /// <summary>Gets "": a template error concerns no value of the document.</summary>
    public string Pointer => string.Empty;

    /// <summary>
    /// Gets the template concerned: the file path for templates read from a folder, else the template name
    /// (<c>html-table</c>); null when no template is concerned (an unreadable folder names itself in <see cref="Text"/>).
    /// Known even when the line is not.
    /// </summary>
    public string? Template { get; init; }

    /// <summary>
    /// Gets where in the template: <see cref="SourceLocation.File"/> is <see cref="Template"/>, the line and column are 1-based
    /// (columns in UTF-16 code units); null when no line is known (an I/O error, a time limit reached between steps).
    /// </summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Gets what is wrong, in both languages (Scriban's own English words inside, for syntax and runtime errors).</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets how to fix it, in both languages, or null.</summary>
    public LocalizedText? HintText { get; init; }

    /// <summary>Formats the error in English, as compilers do: <c>template(line,column): runtime error PTT002: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Formats the error in a language: <c>template(line,column): runtime error PTT002: message</c>, or in Chinese <c>template(line,column): 运行错误 PTT002：message</c>.</summary>
    /// <param name="language">The language of the kind and the message.</param>
    /// <returns>The text.</returns>
    public string ToString(Language language)
    {
        var where = Template ?? "(template)";
        if (Location is { } location)
        {
            where += location.Column > 0
                ? string.Format(CultureInfo.InvariantCulture, "({0},{1})", location.Line, location.Column)
                : string.Format(CultureInfo.InvariantCulture, "({0})", location.Line);
        }

        return language == Language.English
            ? where + ": " + KindText(Kind, language) + " " + Code + ": " + Text.English
            : where + ": " + KindText(Kind, language) + " " + Code + "：" + Text.Chinese;
    }

    /// <summary>Creates an error; a line of 0 (unknown) gives no <see cref="Location"/>.</summary>
    internal static TemplateError Create(TemplateErrorKind kind, string? template, int line, int column, LocalizedText text, LocalizedText? hint = null) => new()
    {
        Kind = kind,
        Template = template,
        Location = line > 0 ? new SourceLocation { File = template, Line = line, Column = column } : null,
        Text = text,
        HintText = hint,
    };

    private static string KindText(TemplateErrorKind kind, Language language) => (kind, language == Language.English) switch
    {
        (TemplateErrorKind.Syntax, true) => "syntax error",
        (TemplateErrorKind.Syntax, false) => "语法错误",
        (TemplateErrorKind.Runtime, true) => "runtime error",
        (TemplateErrorKind.Runtime, false) => "运行错误",
        (TemplateErrorKind.LimitExceeded, true) => "limit exceeded",
        (TemplateErrorKind.LimitExceeded, false) => "超出限制",
        (_, true) => "I/O error",
        _ => "读取错误",
    };
}

/// <summary>Thrown by <see cref="RenderResult.GetTextOrThrow"/> and <see cref="RendererBuildResult.GetRendererOrThrow"/> when templates failed.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Initializes a new instance with the errors.</summary>
    /// <param name="errors">The errors.</param>
    public TemplateException(IReadOnlyList<TemplateError> errors)
        : base(BuildMessage(errors)) => Errors = errors ?? [];

    /// <summary>Initializes a new instance.</summary>
    public TemplateException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public TemplateException(string message)
        : base(message) => Errors = [];

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TemplateException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Gets the errors.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<TemplateError>? errors) =>
        errors is null || errors.Count == 0
            ? "The template failed."
            : "The template failed: " + string.Join("; ", errors.Take(5).Select(e => e.ToString())) + (errors.Count > 5 ? $" (and {errors.Count - 5} more)" : string.Empty);
}
