using PerformanceTargets.Import.Cells;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Building;

/// <summary>
/// What one import run collects, whichever reader and layout it goes through: its diagnostics (with their places and
/// pointers) and the location of every value. Not thread-safe; one per run.
/// </summary>
internal sealed class ImportContext
{
    private readonly List<ImportDiagnostic> _diagnostics = [];
    private readonly Dictionary<int, string> _relativePointers = [];

    public ImportContext(ImportOptions options)
    {
        Options = options;
        Locations = new LocationIndex(options.FileName);
    }

    public ImportOptions Options { get; }

    public string? File => Options.FileName;

    public DocumentLimits Limits => Options.Limits;

    public ImportEncoding Encoding { get; set; } = ImportEncoding.Auto;

    public ImportLayout Layout { get; set; } = ImportLayout.Auto;

    public LocationIndex Locations { get; }

    public int DiagnosticCount => _diagnostics.Count;

    public void Error(string code, Place at, string english, string chinese, string? hint = null, string? hintZh = null) =>
        Report(Severity.Error, code, at, english, chinese, hint, hintZh);

    public void Warning(string code, Place at, string english, string chinese, string? hint = null, string? hintZh = null) =>
        Report(Severity.Warning, code, at, english, chinese, hint, hintZh);

    public void Info(string code, Place at, string english, string chinese, string? hint = null, string? hintZh = null) =>
        Report(Severity.Info, code, at, english, chinese, hint, hintZh);

    /// <summary>
    /// Reports a diagnostic; a hint is given in both languages or not at all. <paramref name="relativePointer"/>, when
    /// given, is the pointer of the value concerned relative to the project being read, made absolute by <see cref="Anchor"/>.
    /// </summary>
    public void Report(Severity severity, string code, Place at, string english, string chinese, string? hint = null, string? hintZh = null, string? relativePointer = null)
    {
        if (relativePointer is not null)
        {
            _relativePointers[_diagnostics.Count] = relativePointer;
        }

        _diagnostics.Add(new ImportDiagnostic
        {
            Code = code,
            Severity = severity,
            File = File,
            Location = at.ToLocation(File),
            Text = new LocalizedText(chinese, english),
            HintText = hint is null ? null : new LocalizedText(hintZh ?? hint, hint),
        });
    }

    /// <summary>
    /// Gives the diagnostics reported since <paramref name="from"/> while a project was read their pointers: a value's
    /// pointer under <paramref name="project"/>, or the project's own for a place in its table; none when the project was
    /// not imported (<paramref name="project"/> null).
    /// </summary>
    public void Anchor(int from, int table, string? project)
    {
        for (var i = from; i < _diagnostics.Count; i++)
        {
            var diagnostic = _diagnostics[i];
            if (_relativePointers.TryGetValue(i, out var relative))
            {
                _relativePointers.Remove(i);
                _diagnostics[i] = diagnostic with { Pointer = project is null ? string.Empty : project + relative };
            }
            else if (project is not null && diagnostic.Pointer.Length == 0 && table > 0 && diagnostic.Location?.Table == table)
            {
                _diagnostics[i] = diagnostic with { Pointer = project };
            }
        }
    }

    public ImportResult Finish(TargetDocument? document) =>
        new(
            document,
            document is null ? SourceMap.Empty : SourceMap.From(Locations),
            [.. _diagnostics],
            Encoding,
            Layout);
}
