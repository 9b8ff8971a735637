using System.Globalization;

namespace PerformanceTargets.Json;

/// <summary>Why a JSON document could not be read.</summary>
public enum JsonReadErrorKind
{
    /// <summary>The bytes are not UTF-8 (for example UTF-16, GB18030 or binary data). Code PT001.</summary>
    Encoding,

    /// <summary>The text is not well-formed JSON, or a property name appears twice in one object. Code PT001.</summary>
    Syntax,

    /// <summary>The JSON does not have the shape of the exchange format (what the JSON Schema rejects). Code PT002.</summary>
    Schema,

    /// <summary>The <c>schemaVersion</c> has a major version this library does not know. Code PT003.</summary>
    UnsupportedVersion,

    /// <summary>A limit of <see cref="Model.DocumentLimits"/> was exceeded. Code PT901.</summary>
    LimitExceeded,
}

/// <summary>
/// One reason a JSON document could not be read: what (in Chinese and English), where (JSON Pointer, and the line and
/// column in the text) and how to fix it. The codes are the validator's rule ids for the reading stage.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record JsonReadError : IDiagnostic
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

    /// <summary>
    /// Gets where the error is in the text: the file (when named), the 1-based line and column (UTF-16 code units); a
    /// missing property is placed at its object. Null when the place is unknown (the input as a whole).
    /// </summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Gets what is wrong and what was expected, in both languages. Values are quoted as short excerpts.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets how to fix it, in both languages, or null.</summary>
    public LocalizedText? HintText { get; init; }

    /// <summary>Gets the code: <c>PT001</c> (syntax, encoding), <c>PT002</c> (schema), <c>PT003</c> (version) or <c>PT901</c> (limits).</summary>
    public string Code => Kind switch
    {
        JsonReadErrorKind.Encoding or JsonReadErrorKind.Syntax => "PT001",
        JsonReadErrorKind.Schema => "PT002",
        JsonReadErrorKind.UnsupportedVersion => "PT003",
        _ => "PT901",
    };

    /// <summary>Gets the severity: always <see cref="Severity.Error"/>; a document with a reading error is not read.</summary>
    public Severity Severity => Severity.Error;

    /// <summary>Formats the error as <c>file:line:column pointer: message</c> in a language, the place left out where unknown.</summary>
    /// <param name="language">The language of the message.</param>
    /// <returns>The text.</returns>
    public string Format(Language language)
    {
        var where = Location is { Line: > 0 } location
            ? (location.File is null ? string.Empty : location.File + ":") + string.Format(CultureInfo.InvariantCulture, "{0}:{1} ", location.Line, location.Column)
            : string.Empty;
        return string.Format(CultureInfo.InvariantCulture, "{0}{1}: {2}", where, Pointer.Length == 0 ? "(document)" : Pointer, Text[language]);
    }

    /// <summary>Formats the error in English: <c>line:column pointer: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(Language.English);
}
