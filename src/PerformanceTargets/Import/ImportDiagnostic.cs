using System.Globalization;

namespace PerformanceTargets.Import;

/// <summary>
/// One thing an import met that the caller should know: an input that could not be read, a table cut short, a cell
/// that was not where it was expected. Each has a stable <see cref="Code"/> (see <see cref="ImportDiagnosticCodes"/>),
/// a severity, where it is in the source, and a message in English and Chinese saying what was expected.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ImportDiagnostic
{
    /// <summary>
    /// Gets how serious it is: <see cref="Severity.Error"/> when the input is damaged and content the model holds was
    /// not imported (a row, a cell, a table), <see cref="Severity.Warning"/> when something was ignored or doubtful (an
    /// unknown column, a title that disagrees with the contents), <see cref="Severity.Info"/> for what was inferred.
    /// </summary>
    public required Severity Severity { get; init; }

    /// <summary>Gets the stable code, such as <c>PTI105</c>; the codes are listed in <see cref="ImportDiagnosticCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the file name from <see cref="ImportOptions.FileName"/>, or null.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line (the sheet row for XLSX), or 0 when the diagnostic concerns the whole input.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column (UTF-16 code units in a text line; the column number in a sheet), or 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Gets the sequence number of the project table concerned, or null.</summary>
    public int? Table { get; init; }

    /// <summary>Gets the 1-based row within the table (text layout) or the sheet row (flat tables), or null.</summary>
    public int? Row { get; init; }

    /// <summary>Gets the place as a <see cref="SourceLocation"/> (as findings carry it), or null when the diagnostic concerns the whole input.</summary>
    public SourceLocation? Location => Line > 0 ? new SourceLocation { File = File, Line = Line, Column = Column, Table = Table, Row = Row } : null;

    /// <summary>Gets what happened and what was expected, in English.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the message in Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>Gets how to fix it, in English, or null.</summary>
    public string? Hint { get; init; }

    /// <summary>Gets how to fix it, in Chinese; null when there is no hint.</summary>
    public string? HintZh { get; init; }

    /// <summary>Gets the message in the language of <paramref name="culture"/>: Chinese for zh cultures, English otherwise.</summary>
    /// <param name="culture">The culture; null means English.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture) =>
        culture is not null && culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? MessageZh : Message;

    /// <summary>Formats the diagnostic as one line: <c>file:line:column (table t, row r): severity CODE: message</c>.</summary>
    /// <returns>The text, in English.</returns>
    public override string ToString() => Format(chinese: false);

    /// <summary>Formats the diagnostic as one line in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture: Chinese for zh cultures; null or any other means English.</param>
    /// <returns>The text.</returns>
    public string Format(CultureInfo? culture) =>
        Format(culture is not null && culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase));

    /// <summary>Formats the diagnostic as one line, with the message in Chinese or in English.</summary>
    /// <param name="chinese">True for <see cref="MessageZh"/>, false for <see cref="Message"/>.</param>
    /// <returns>The text; the location and severity words stay in English so that tools can parse them.</returns>
    public string Format(bool chinese)
    {
        var where = File ?? string.Empty;
        if (Line > 0)
        {
            where += (where.Length > 0 ? ":" : "line ") + Line.ToString(CultureInfo.InvariantCulture);
            if (Column > 0)
            {
                where += ":" + Column.ToString(CultureInfo.InvariantCulture);
            }
        }

        if (Table is { } table)
        {
            where += Row is { } row
                ? string.Format(CultureInfo.InvariantCulture, " (table {0}, row {1})", table, row)
                : string.Format(CultureInfo.InvariantCulture, " (table {0})", table);
        }
        else if (Row is { } row)
        {
            where += string.Format(CultureInfo.InvariantCulture, " (row {0})", row);
        }

        where = where.Trim();
        var text = string.Format(CultureInfo.InvariantCulture, "{0} {1}: {2}", Severity.ToString().ToLowerInvariant(), Code, chinese ? MessageZh : Message);
        return where.Length == 0 ? text : where + ": " + text;
    }
}
