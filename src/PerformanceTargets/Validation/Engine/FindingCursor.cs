using System.Collections.Immutable;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// Reads a report's findings, in report order, for a writer that only writes them: the rule, the severity, and the
/// message, hint and pointer written into a buffer. The findings of a validation that nobody has read yet are read from
/// their compact entries, so that writing a report makes no <see cref="Finding"/> and no string per finding; findings
/// already made (or given to the report) are read from their objects. The text is the same either way: the same
/// templates, pointers and locations, formatted by the same code (<see cref="FindingText"/>, <see cref="PointerSpec"/>).
/// Not thread-safe: one cursor per writer.
/// </summary>
internal sealed class FindingCursor
{
    private readonly ImmutableArray<Finding> _made;
    private readonly FindingSet? _set;
    private readonly int[]? _order;
    private int _position = -1;
    private int _entry;
    private Finding? _finding;

    private FindingCursor(ImmutableArray<Finding> made) => _made = made;

    private FindingCursor(FindingSet set)
    {
        _set = set;
        _order = set.Order();
    }

    public int Count => _order?.Length ?? _made.Length;

    public string RuleId { get; private set; } = string.Empty;

    public Severity Severity { get; private set; }

    public RuleCategory Category { get; private set; }

    /// <summary>Reads a report: from its compact entries when its findings were not made yet, else from the findings.</summary>
    public static FindingCursor Of(ValidationReport report) =>
        report.Set is { IsMaterialized: false } set ? new FindingCursor(set) : new FindingCursor(report.Findings);

    /// <summary>Goes back to before the first finding, to read them again (the order is kept).</summary>
    public void Reset() => _position = -1;

    public bool MoveNext()
    {
        if (++_position >= Count)
        {
            return false;
        }

        if (_set is null)
        {
            _finding = _made[_position];
        }
        else
        {
            _entry = _order![_position];
            ref readonly var entry = ref _set.EntryAt(_entry);
            _finding = entry.Source as Finding;
            if (_finding is null)
            {
                var rule = (RuleDescriptor)entry.Source!;
                RuleId = rule.Id;
                Severity = entry.Severity;
                Category = rule.Category;
                return true;
            }
        }

        RuleId = _finding.RuleId;
        Severity = _finding.Severity;
        Category = _finding.Category;
        return true;
    }

    /// <summary>Writes the message (in the validator's language) at the end of a buffer.</summary>
    public void AppendMessage(CharBuffer buffer)
    {
        if (_finding is not null)
        {
            buffer.Append(_finding.Message);
        }
        else
        {
            ref readonly var entry = ref _set!.EntryAt(_entry);
            FindingText.AppendFormatted(buffer, entry.Text!.Message, _set.Culture, entry.A0, entry.A1, entry.A2);
        }
    }

    /// <summary>Gets whether the finding has a hint.</summary>
    public bool HasHint => _finding is not null ? _finding.Hint is not null : _set!.EntryAt(_entry).Text!.Hint is not null;

    /// <summary>
    /// Gets the hint when it is its rule's fixed text (a template without arguments, the usual case), so that a writer
    /// can encode it once per report instead of once per finding; null when there is none, or when it has arguments or
    /// comes from a finding already made (then <see cref="AppendHint"/> writes it).
    /// </summary>
    public string? FixedHint => _finding is null && _set!.EntryAt(_entry).Text!.Hint is { } hint && FindingText.IsFixed(hint[_set.Culture]) ? hint[_set.Culture] : null;

    /// <summary>Writes the hint at the end of a buffer (nothing when there is none).</summary>
    public void AppendHint(CharBuffer buffer)
    {
        if (_finding is not null)
        {
            buffer.Append(_finding.Hint);
        }
        else
        {
            ref readonly var entry = ref _set!.EntryAt(_entry);
            if (entry.Text!.Hint is { } hint)
            {
                FindingText.AppendFormatted(buffer, hint, _set.Culture, entry.A0, entry.A1, entry.A2);
            }
        }
    }

    /// <summary>Writes the JSON Pointer at the end of a buffer.</summary>
    public void AppendPointer(CharBuffer buffer)
    {
        if (_finding is not null)
        {
            buffer.Append(_finding.Pointer);
        }
        else
        {
            _set!.EntryAt(_entry).Pointer.AppendTo(buffer);
        }
    }

    /// <summary>Gets the source location, given the pointer <see cref="AppendPointer"/> wrote (the same as <see cref="Finding.Location"/>).</summary>
    public SourceLocation? Location(ReadOnlySpan<char> pointer) =>
        _finding is not null ? _finding.Location : _set!.Scope.Locations?.Find(pointer);
}
