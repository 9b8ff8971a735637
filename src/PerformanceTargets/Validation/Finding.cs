using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PerformanceTargets.Internal;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation;

/// <summary>
/// The review criterion a rule belongs to. Finance bureaus review targets for 完整性 (completeness), 相关性 (relevance),
/// 适当性 (appropriateness) and 可行性 (feasibility); <see cref="Format"/> covers the file itself.
/// </summary>
public enum RuleCategory
{
    /// <summary>格式: the file is well-formed and follows the exchange format (PT0xx).</summary>
    Format,

    /// <summary>完整性: nothing missing, no placeholder content.</summary>
    Completeness,

    /// <summary>相关性: goals and indicators relate to the project.</summary>
    Relevance,

    /// <summary>适当性: targets are measurable, neither too high nor too low, and match the money.</summary>
    Appropriateness,

    /// <summary>可行性: figures add up and plans can be carried out.</summary>
    Feasibility,
}

/// <summary>
/// One finding of a validation: which rule, how serious, where (JSON Pointer and, when known, the source line),
/// what is wrong and how to fix it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Messages are in the language the validator was built for. Findings made by
/// the validator compose their pointer, message, hint and source location on first access (as a
/// compiler formats a diagnostic only when it is shown), so that deciding a document costs no text; the values
/// never change once read. Equality compares the rule id, severity, category, pointer, location, message and hint.
/// </remarks>
public sealed record Finding : IDiagnostic
{
    private string? _pointer;
    private string? _message;
    private string? _hint;
    private bool _messageGiven;
    private bool _hintGiven;
    private SourceLocation? _location;
    private bool _hasLocation;
    private FindingText? _text;

    /// <summary>Creates a finding; set every required property.</summary>
    public Finding()
    {
    }

#pragma warning disable CS8618 // Pointer and Message are composed from the text on first read.
    [SetsRequiredMembers]
    internal Finding(string ruleId, Severity severity, RuleCategory category, FindingText text)
    {
        RuleId = ruleId;
        Severity = severity;
        Category = category;
        _text = text;
    }
#pragma warning restore CS8618

    /// <summary>Gets the stable rule id, such as <c>PT102</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the severity (after any override configured on the validator).</summary>
    public required Severity Severity { get; init; }

    /// <summary>Gets the review criterion the rule belongs to.</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>Gets the JSON Pointer of the value concerned ("" for the whole document), such as <c>/projects/2/goals/0</c>.</summary>
    public required string Pointer
    {
        get => _pointer ??= _text?.Pointer.Build() ?? string.Empty;
        init => _pointer = value;
    }

    /// <summary>Gets where the value came from in the source file (imported text or JSON), when known.</summary>
    public SourceLocation? Location
    {
        get
        {
            if (Volatile.Read(ref _hasLocation))
            {
                return _location;
            }

            if (_text?.Locations is not { } locations)
            {
                return null;
            }

            // Found once, then kept: the source map does not change once the report is handed out.
            _location = locations.Find(Pointer);
            Volatile.Write(ref _hasLocation, true);
            return _location;
        }

        init
        {
            _location = value;
            _hasLocation = true;
        }
    }

    /// <summary>Gets what is wrong, in the chosen language.</summary>
    public required string Message
    {
        get => _message ??= _text?.FormatMessage() ?? string.Empty;
        init
        {
            _message = value;
            _messageGiven = true;
        }
    }

    /// <summary>Gets how to fix it, in the chosen language, or null.</summary>
    public string? Hint
    {
        get => _hint ?? (_hint = _text?.FormatHint());
        init
        {
            _hint = value;
            _hintGiven = true;
            if (_text is not null)
            {
                _text = _text.WithoutHint();
            }
        }
    }

    /// <summary>Gets the code of the finding: its <see cref="RuleId"/>.</summary>
    public string Code => RuleId;

    /// <summary>
    /// Gets what is wrong in both languages. Findings made by the validator compose it from their message templates;
    /// a finding made with only <see cref="Message"/> gives that text in both.
    /// </summary>
    public LocalizedText Text => _text is not null && !_messageGiven ? _text.BothMessages() : LocalizedText.Same(Message);

    /// <summary>Gets how to fix it in both languages, or null.</summary>
    public LocalizedText? HintText => _text is not null && !_hintGiven ? _text.BothHints() : Hint is { } hint ? LocalizedText.Same(hint) : null;

    /// <summary>Gets the zero-based index of the project the finding concerns (from <see cref="Pointer"/>), or null for document-level findings.</summary>
    public int? ProjectIndex
    {
        get
        {
            if (_pointer is null && _text is not null)
            {
                return _text.Pointer.Project >= 0 ? _text.Pointer.Project : PointerProject(Pointer);
            }

            return PointerProject(Pointer);
        }
    }

    /// <summary>Compares two findings by rule id, severity, category, pointer, location, message and hint.</summary>
    /// <param name="other">The other finding, or null.</param>
    /// <returns>True when all of them are equal.</returns>
    public bool Equals(Finding? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (string.Equals(RuleId, other.RuleId, StringComparison.Ordinal) &&
         Severity == other.Severity &&
         Category == other.Category &&
         string.Equals(Pointer, other.Pointer, StringComparison.Ordinal) &&
         Equals(Location, other.Location) &&
         string.Equals(Message, other.Message, StringComparison.Ordinal) &&
         string.Equals(Hint, other.Hint, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        Equality.Combine(Equality.Of(RuleId), (int)Severity, Equality.Of(Pointer), Equality.Of(Message));

    /// <summary>Formats the finding as one line: <c>location: severity RULE: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Location?.ToString() ?? (Pointer.Length == 0 ? "(document)" : Pointer);
        return string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3}", where, Severity.ToString().ToLowerInvariant(), RuleId, Message);
    }

    private static int? PointerProject(string pointer)
    {
        const string prefix = "/projects/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = pointer.IndexOf('/', prefix.Length);
        var token = end < 0 ? pointer.Substring(prefix.Length) : pointer.Substring(prefix.Length, end - prefix.Length);
        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
