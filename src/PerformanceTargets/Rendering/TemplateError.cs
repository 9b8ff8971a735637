using System.Globalization;

namespace PerformanceTargets.Rendering;

/// <summary>
/// One problem with a template: which template, where (1-based line and column in the template text), what is wrong,
/// in English and in Chinese.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TemplateError
{
    /// <summary>Gets the kind of problem.</summary>
    public required TemplateErrorKind Kind { get; init; }

    /// <summary>
    /// Gets the template concerned: the file path for templates read from a folder, else the template name
    /// (<c>html-table</c>); null when no template is concerned (an unreadable folder names itself in <see cref="Message"/>).
    /// </summary>
    public string? Template { get; init; }

    /// <summary>Gets the 1-based line in the template text, or 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column in the template text (UTF-16 code units), or 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Gets what is wrong, in English (Scriban's own words for syntax and runtime errors).</summary>
    public required string Message { get; init; }

    /// <summary>Gets what is wrong, in Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>Formats the error as <c>template(line,column): kind: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Template ?? "(template)";
        if (Line > 0)
        {
            where += Column > 0
                ? string.Format(CultureInfo.InvariantCulture, "({0},{1})", Line, Column)
                : string.Format(CultureInfo.InvariantCulture, "({0})", Line);
        }

        return where + ": " + KindText(Kind) + ": " + Message;
    }

    private static string KindText(TemplateErrorKind kind) => kind switch
    {
        TemplateErrorKind.Syntax => "syntax error",
        TemplateErrorKind.Runtime => "runtime error",
        TemplateErrorKind.LimitExceeded => "limit exceeded",
        _ => "I/O error",
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
