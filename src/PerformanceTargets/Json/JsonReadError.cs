using System.Globalization;

namespace PerformanceTargets.Json;

/// <summary>Why a JSON document could not be read.</summary>
public enum JsonReadErrorKind
{
    /// <summary>The bytes are not UTF-8 (for example UTF-16, GB18030 or binary data).</summary>
    Encoding,

    /// <summary>The text is not well-formed JSON, or a property name appears twice in one object.</summary>
    Syntax,

    /// <summary>The JSON does not have the shape of the exchange format (what the JSON Schema rejects).</summary>
    Schema,

    /// <summary>The <c>schemaVersion</c> has a major version this library does not know.</summary>
    UnsupportedVersion,

    /// <summary>A limit of <see cref="JsonReadOptions"/> was exceeded.</summary>
    LimitExceeded,
}

/// <summary>One reason a JSON document could not be read: what, where (JSON Pointer, line and column) and how to fix it.</summary>
/// <remarks>Immutable and thread-safe. Messages are given in English and Chinese.</remarks>
public sealed record JsonReadError
{
    /// <summary>Gets the kind of error.</summary>
    public required JsonReadErrorKind Kind { get; init; }

    /// <summary>
    /// Gets the JSON Schema keyword the error corresponds to for <see cref="JsonReadErrorKind.Schema"/> errors
    /// (<c>required</c>, <c>type</c>, <c>enum</c>, <c>pattern</c>, <c>minimum</c>, <c>maximum</c>, <c>minLength</c>,
    /// <c>additionalProperties</c>, <c>oneOf</c>), or null.
    /// </summary>
    public string? Keyword { get; init; }

    /// <summary>Gets the JSON Pointer of the value concerned ("" for the whole document).</summary>
    public required string Pointer { get; init; }

    /// <summary>Gets the 1-based line, or 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column in UTF-16 code units, or 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>Gets the message in English, saying what is wrong and what was expected.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the message in Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>Gets the message in the language of <paramref name="culture"/>: Chinese for zh cultures, English otherwise.</summary>
    /// <param name="culture">The culture; null means English.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture) =>
        culture is not null && culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? MessageZh : Message;

    /// <summary>Formats the error as <c>line:column pointer: message</c>, or <c>pointer: message</c> when the position is unknown.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Line > 0
            ? string.Format(CultureInfo.InvariantCulture, "{0}:{1} ", Line, Column)
            : string.Empty;
        return string.Format(CultureInfo.InvariantCulture, "{0}{1}: {2}", where, Pointer.Length == 0 ? "(document)" : Pointer, Message);
    }
}
