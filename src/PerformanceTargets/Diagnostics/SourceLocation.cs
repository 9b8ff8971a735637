using System.Collections.Immutable;
using System.Globalization;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Diagnostics;

/// <summary>
/// Where a value came from in a source file: the file, the 1-based line and column, and for tables the table's
/// sequence number, the 1-based row within the table and the 1-based cell within the row.
/// </summary>
/// <remarks>Immutable and thread-safe. Lines and columns count from 1; a column of 0 means the whole line.</remarks>
public sealed record SourceLocation
{
    /// <summary>Gets the file path or name as the caller gave it, or null for in-memory input.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line.</summary>
    public required int Line { get; init; }

    /// <summary>Gets the 1-based column in UTF-16 code units, or 0 when only the line is known.</summary>
    public int Column { get; init; }

    /// <summary>Gets the sequence number of the table the value belongs to, when it comes from a project table.</summary>
    public int? Table { get; init; }

    /// <summary>Gets the 1-based row within the table (or within a flat sheet), when known.</summary>
    public int? Row { get; init; }

    /// <summary>Gets the 1-based cell (column) within the row of a table, when known.</summary>
    public int? Cell { get; init; }

    /// <summary>Gets the 1-based line where the value ends (its last character), or 0 when only its start is known.</summary>
    public int EndLine { get; init; }

    /// <summary>Gets the 1-based column just after the value's last character (UTF-16 code units), or 0 when only its start is known.</summary>
    public int EndColumn { get; init; }

    /// <summary>Formats the location as <c>file:line:column</c> with the table and row when known.</summary>
    /// <returns>A short human-readable location, such as <c>seed.txt:147 (table 1, row 2)</c>.</returns>
    public override string ToString()
    {
        var text = (File is null ? "line " : File + ":") + Line.ToString(CultureInfo.InvariantCulture);
        if (Column > 0)
        {
            text += ":" + Column.ToString(CultureInfo.InvariantCulture);
        }

        var parts = new List<string>(3);
        if (Table is { } table)
        {
            parts.Add("table " + table.ToString(CultureInfo.InvariantCulture));
        }

        if (Row is { } row)
        {
            parts.Add("row " + row.ToString(CultureInfo.InvariantCulture));
        }

        if (Cell is { } cell)
        {
            parts.Add("cell " + cell.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? text : text + " (" + string.Join(", ", parts) + ")";
    }
}

/// <summary>
/// Maps JSON Pointers into a document (<c>/projects/0/indicators/2/target</c>) to the <see cref="SourceLocation"/>
/// each value came from. Importers fill one as they read a table; the JSON reader builds one while it reads the text
/// (<c>JsonReadResult.SourceMap</c>); validators use them so that a finding points at the original text.
/// </summary>
/// <remarks>Immutable and thread-safe once built. Lookups fall back to the nearest ancestor pointer that has a location.</remarks>
public sealed class SourceMap
{
    private readonly ImmutableDictionary<string, SourceLocation>? _locations;
    private readonly SourceLocator? _locator;

    private SourceMap(ImmutableDictionary<string, SourceLocation> locations) => _locations = locations;

    private SourceMap(SourceLocator locator) => _locator = locator;

    /// <summary>A map without locations.</summary>
    public static SourceMap Empty { get; } = new(ImmutableDictionary.Create<string, SourceLocation>(StringComparer.Ordinal));

    /// <summary>Gets the number of pointers with a location.</summary>
    public int Count => _locator?.Count ?? _locations!.Count;

    /// <summary>Gets every pointer with its location, ordered by pointer (ordinal).</summary>
    public IEnumerable<KeyValuePair<string, SourceLocation>> Entries => _locator?.Entries() ?? _locations!.OrderBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>Creates a map from pointer/location pairs; a later pair for the same pointer wins.</summary>
    /// <param name="locations">The pairs.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="locations"/> is null.</exception>
    public static SourceMap Create(IEnumerable<KeyValuePair<string, SourceLocation>> locations)
    {
        Guard.NotNull(locations);
        var builder = ImmutableDictionary.CreateBuilder<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var pair in locations)
        {
            builder[pair.Key] = pair.Value;
        }

        return new SourceMap(builder.ToImmutable());
    }

    /// <summary>Creates a map that asks a locator (such as the JSON reader's index of a text).</summary>
    internal static SourceMap From(SourceLocator locator) => new(locator);

    /// <summary>Gets the locations recorded for exactly this pointer.</summary>
    /// <param name="pointer">A JSON Pointer such as <c>/projects/0/name</c>.</param>
    /// <param name="location">The location when recorded.</param>
    /// <returns>True when the pointer has a location of its own.</returns>
    public bool TryGetExact(string pointer, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceLocation? location)
    {
        if (_locator is not null)
        {
            location = _locator.Find(pointer ?? string.Empty, exact: true);
            return location is not null;
        }

        return _locations!.TryGetValue(pointer ?? string.Empty, out location);
    }

    /// <summary>Finds the location of a pointer, or of its nearest ancestor that has one.</summary>
    /// <param name="pointer">A JSON Pointer; null or empty means the whole document.</param>
    /// <returns>The location, or null when neither the pointer nor an ancestor has one.</returns>
    public SourceLocation? Find(string? pointer)
    {
        if (_locator is not null)
        {
            return _locator.Find(pointer ?? string.Empty, exact: false);
        }

        var current = pointer ?? string.Empty;
        while (true)
        {
            if (_locations!.TryGetValue(current, out var location))
            {
                return location;
            }

            if (current.Length == 0)
            {
                return null;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current.Substring(0, slash);
        }
    }

    /// <summary>Finds the location of a pointer given as characters (see <see cref="Find(string?)"/>).</summary>
    internal SourceLocation? Find(ReadOnlySpan<char> pointer) =>
        _locator is not null ? _locator.Find(pointer, exact: false) : Find(pointer.ToString());

    /// <summary>Returns a copy of this map with every location's <see cref="SourceLocation.File"/> set.</summary>
    /// <param name="file">The file name to record.</param>
    /// <returns>The new map.</returns>
    public SourceMap WithFile(string? file) => _locator is not null
        ? new(_locator.WithFile(file))
        : new(_locations!.ToImmutableDictionary(e => e.Key, e => e.Value with { File = file }, StringComparer.Ordinal));
}

/// <summary>A source of locations that finds them on demand (the JSON reader's index of a text). Implementations are immutable and thread-safe.</summary>
internal abstract class SourceLocator
{
    public abstract int Count { get; }

    public abstract SourceLocation? Find(string pointer, bool exact);

    /// <summary>Finds the location of a pointer given as characters; the same as <see cref="Find(string, bool)"/>.</summary>
    public virtual SourceLocation? Find(ReadOnlySpan<char> pointer, bool exact) => Find(pointer.ToString(), exact);

    public abstract IEnumerable<KeyValuePair<string, SourceLocation>> Entries();

    public abstract SourceLocator WithFile(string? file);
}
