using System.Globalization;
using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import.Building;

/// <summary>
/// The source locations of an imported document, kept compact: a <see cref="Place"/> (24 bytes) per value, the pointers
/// of a project relative to it and shared between projects, and the file name once. It is the locator behind the
/// result's <see cref="SourceMap"/>: JSON Pointers and <see cref="SourceLocation"/>s are made when asked for, so that a
/// table of a million indicators costs tens of megabytes instead of the gigabyte a string and an object per value cost.
/// </summary>
/// <remarks>Filled by one import run; read-only and thread-safe once the result is made.</remarks>
internal sealed class LocationIndex : SourceLocator
{
    private const string ProjectsPrefix = "/projects/";

    private readonly string? _file;
    private readonly Dictionary<string, Place> _document;
    private readonly List<ProjectLocations> _projects;
    private int _count;

    public LocationIndex(string? file)
        : this(file, new Dictionary<string, Place>(StringComparer.Ordinal), [], 0)
    {
    }

    private LocationIndex(string? file, Dictionary<string, Place> document, List<ProjectLocations> projects, int count)
    {
        _file = file;
        _document = document;
        _projects = projects;
        _count = count;
    }

    public override int Count => _count + _document.Count;

    /// <summary>Records where a document-level value (<c>/title</c>, <c>/department/name</c> …) came from; a later place for the same pointer wins.</summary>
    public void Map(string pointer, Place at)
    {
        if (at.Line > 0)
        {
            _document[pointer] = at;
        }
    }

    /// <summary>Adds the next project's locations: they become those of <c>/projects/{n}</c>, n the number of projects added before.</summary>
    public void AddProject(ProjectLocations locations)
    {
        locations.Freeze();
        _projects.Add(locations);
        _count += locations.Count;
    }

    public override SourceLocation? Find(string pointer, bool exact)
    {
        var current = pointer ?? string.Empty;
        while (true)
        {
            if (TryGet(current, out var at))
            {
                return at.ToLocation(_file);
            }

            if (exact || current.Length == 0)
            {
                return null;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current.Substring(0, slash);
        }
    }

    public override IEnumerable<KeyValuePair<string, SourceLocation>> Entries() =>
        All().OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new KeyValuePair<string, SourceLocation>(e.Key, e.Value.ToLocation(_file)!));

    public override SourceLocator WithFile(string? file) => new LocationIndex(file, _document, _projects, _count);

    private bool TryGet(string key, out Place at)
    {
        if (key.StartsWith(ProjectsPrefix, StringComparison.Ordinal))
        {
            var end = key.IndexOf('/', ProjectsPrefix.Length);
            var digits = end < 0 ? key.Substring(ProjectsPrefix.Length) : key.Substring(ProjectsPrefix.Length, end - ProjectsPrefix.Length);
            if (digits.Length is > 0 and < 10 && (digits.Length == 1 || digits[0] != '0')
                && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _projects.Count)
            {
                return _projects[index].TryGet(end < 0 ? string.Empty : key.Substring(end), out at);
            }
        }

        return _document.TryGetValue(key, out at);
    }

    private IEnumerable<KeyValuePair<string, Place>> All()
    {
        foreach (var entry in _document)
        {
            yield return entry;
        }

        for (var i = 0; i < _projects.Count; i++)
        {
            var prefix = ProjectsPrefix + i.ToString(CultureInfo.InvariantCulture);
            foreach (var (pointer, at) in _projects[i].Entries)
            {
                yield return new KeyValuePair<string, Place>(prefix + pointer, at);
            }
        }
    }
}

/// <summary>
/// The pointers relative to a project (<c>/name</c>, <c>/indicators/2/target</c>) met in one run, each stored once and
/// known by a number, so that a project's locations hold numbers, not strings.
/// </summary>
internal sealed class PointerTable
{
    private static readonly string[] IndicatorFields = [string.Empty, "/level1", "/level2", "/name", "/description", "/target", "/basis", "/weight", "/direction"];

    private readonly List<string> _pointers = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int[]> _indicators = [];
    private readonly List<int[]> _periodIndicators = [];

    public string this[int id] => _pointers[id];

    /// <summary>Gets the number of a pointer, adding it when new.</summary>
    public int Id(string pointer)
    {
        if (!_ids.TryGetValue(pointer, out var id))
        {
            id = _pointers.Count;
            _pointers.Add(pointer);
            _ids.Add(pointer, id);
        }

        return id;
    }

    /// <summary>Gets the number of a pointer already met, or -1.</summary>
    public int Find(string pointer) => _ids.TryGetValue(pointer, out var id) ? id : -1;

    /// <summary>Gets the number of <c>/indicators/{index}{field}</c> (or <c>/periodIndicators/…</c>).</summary>
    public int Indicator(bool period, int index, IndicatorPointer field)
    {
        var list = period ? _periodIndicators : _indicators;
        while (list.Count <= index)
        {
            var prefix = (period ? "/periodIndicators/" : "/indicators/") + list.Count.ToString(CultureInfo.InvariantCulture);
            list.Add([.. IndicatorFields.Select(f => Id(prefix + f))]);
        }

        return list[index][(int)field];
    }
}

/// <summary>The located values of an indicator, in the order of <see cref="PointerTable.Indicator"/>.</summary>
internal enum IndicatorPointer
{
    Self,
    Level1,
    Level2,
    Name,
    Description,
    Target,
    Basis,
    Weight,
    Direction,
}

/// <summary>
/// The locations of one project's values, by pointer relative to the project ("" for the project itself,
/// <c>/indicators/2/target</c>): 24 bytes a value. Filled while the project is read, before its index in the
/// document is known.
/// </summary>
internal sealed class ProjectLocations
{
    private readonly PointerTable _pointers;
    private List<Entry>? _building = [];
    private Entry[] _entries = [];

    public ProjectLocations(PointerTable pointers) => _pointers = pointers;

    public int Count => _building?.Count ?? _entries.Length;

    public IEnumerable<(string Pointer, Place At)> Entries => ((IEnumerable<Entry>?)_building ?? _entries).Select(e => (_pointers[e.Key], e.At));

    /// <summary>Records where the value at <paramref name="pointer"/> (relative to the project) came from; a later place for the same pointer wins.</summary>
    public void Map(string pointer, Place at) => Map(_pointers.Id(pointer), at);

    /// <summary>Records where the value with pointer number <paramref name="pointer"/> came from.</summary>
    public void Map(int pointer, Place at)
    {
        if (at.Line > 0)
        {
            _building!.Add(new Entry(pointer, at));
        }
    }

    /// <summary>Sorts the entries by pointer for lookup, the later of two places for one pointer kept.</summary>
    public void Freeze()
    {
        if (_building is null)
        {
            return;
        }

        var kept = new List<Entry>(_building.Count);
        var seen = new HashSet<int>();
        for (var i = _building.Count - 1; i >= 0; i--)
        {
            if (seen.Add(_building[i].Key))
            {
                kept.Add(_building[i]);
            }
        }

        _entries = [.. kept];
        Array.Sort(_entries, static (a, b) => a.Key.CompareTo(b.Key));
        _building = null;
    }

    public bool TryGet(string pointer, out Place at)
    {
        at = default;
        var key = _pointers.Find(pointer);
        var entries = _entries;
        int low = 0, high = entries.Length - 1;
        while (key >= 0 && low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = entries[middle].Key.CompareTo(key);
            if (comparison == 0)
            {
                at = entries[middle].At;
                return true;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>A pointer's number and its place without <see cref="Place.Exact"/>: 24 bytes.</summary>
    private readonly struct Entry
    {
        private readonly int _line;
        private readonly int _column;
        private readonly int _table;
        private readonly int _row;
        private readonly int _cell;

        public Entry(int key, Place at)
        {
            Key = key;
            _line = at.Line;
            _column = at.Column;
            _table = at.Table;
            _row = at.Row;
            _cell = at.Cell;
        }

        public int Key { get; }

        public Place At => new(_line, _column, _table, _row, _cell);
    }
}
