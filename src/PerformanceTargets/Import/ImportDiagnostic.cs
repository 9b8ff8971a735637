using System.Globalization;

namespace PerformanceTargets.Import;

/// <summary>
/// One thing an import met that the caller should know: an input that could not be read, a table cut short, a cell
/// that was not where it was expected. In the vocabulary every stage of the library shares (<see cref="IDiagnostic"/>):
/// a stable <see cref="Code"/> (see <see cref="ImportDiagnosticCodes"/>), a severity, the place in the source (file,
/// line, column; table, row and cell), the JSON Pointer of the value concerned, and a message in Chinese and English
/// saying what was expected.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ImportDiagnostic : IDiagnostic
{
    private readonly string _pointer = string.Empty;

    /// <summary>Gets the stable code, such as <c>PTI105</c>; the codes are listed in <see cref="ImportDiagnosticCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>
    /// Gets how serious it is: <see cref="Severity.Error"/> when the input is damaged and content the model holds was
    /// not imported (a row, a cell, a table), <see cref="Severity.Warning"/> when something was ignored or doubtful (an
    /// unknown column, a title that disagrees with the contents), <see cref="Severity.Info"/> for what was inferred.
    /// </summary>
    public required Severity Severity { get; init; }

    /// <summary>
    /// Gets the JSON Pointer, in the imported document, of the value concerned: the value that was not imported or was
    /// inferred (<c>/projects/0/indicators/3/weight</c>), or the project whose table holds the place; "" when the
    /// diagnostic concerns the whole input or content that was not imported into any project. Never null.
    /// </summary>
    public string Pointer { get => _pointer; init => _pointer = value ?? string.Empty; }

    /// <summary>Gets the file name from <see cref="ImportOptions.FileName"/>, or null; set also when <see cref="Location"/> is null.</summary>
    public string? File { get; init; }

    /// <summary>
    /// Gets the place in the source: the file, the 1-based line and column (the sheet row and column number for XLSX),
    /// and in a table its number, row and cell; null when the diagnostic concerns the whole input.
    /// </summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Gets what happened and what was expected, in Chinese and English.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets how to fix it, in Chinese and English, or null when there is nothing the writer of the source can do.</summary>
    public LocalizedText? HintText { get; init; }

    /// <summary>Formats the diagnostic as one line in English: <c>file:line:column (table t, row r, cell c): severity CODE: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(Language.English);

    /// <summary>Formats the diagnostic as one line with the message in <paramref name="language"/>.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The text; the location and severity words stay in English so that tools can parse them. The hint is not included.</returns>
    public string Format(Language language)
    {
        var where = Location?.ToString() ?? File ?? string.Empty;
        var text = string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", Severity.ToString().ToLowerInvariant(), Code, Text[language]);
        return where.Length == 0 ? text : where + ": " + text;
    }
}
