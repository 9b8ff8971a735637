using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Import;

/// <summary>What one import run collects: its diagnostics and the source location of every value. Not thread-safe; one per run.</summary>
internal sealed class ImportContext
{
    private readonly List<ImportDiagnostic> _diagnostics = [];
    private readonly List<KeyValuePair<string, SourceLocation>> _locations = [];

    public ImportContext(ImportOptions options)
    {
        Options = options;
    }

    public ImportOptions Options { get; }

    public string? File => Options.FileName;

    public ImportEncoding Encoding { get; set; } = ImportEncoding.Auto;

    public ImportLayout Layout { get; set; } = ImportLayout.Auto;

    public void Report(Severity severity, string code, SourcePosition at, string message, string messageZh, string? hint = null, string? hintZh = null) =>
        _diagnostics.Add(new ImportDiagnostic
        {
            Severity = severity,
            Code = code,
            File = File,
            Line = at.Line,
            Column = at.Column,
            Table = at.Table,
            Row = at.Row,
            Message = message,
            MessageZh = messageZh,
            Hint = hint,
            HintZh = hintZh,
        });

    public void Error(string code, SourcePosition at, string message, string messageZh, string? hint = null, string? hintZh = null) =>
        Report(Severity.Error, code, at, message, messageZh, hint, hintZh);

    public void Warning(string code, SourcePosition at, string message, string messageZh, string? hint = null, string? hintZh = null) =>
        Report(Severity.Warning, code, at, message, messageZh, hint, hintZh);

    public void Info(string code, SourcePosition at, string message, string messageZh, string? hint = null, string? hintZh = null) =>
        Report(Severity.Info, code, at, message, messageZh, hint, hintZh);

    /// <summary>Records where the value at <paramref name="pointer"/> came from.</summary>
    public void Map(string pointer, SourcePosition at)
    {
        if (at.Line > 0)
        {
            _locations.Add(new KeyValuePair<string, SourceLocation>(pointer, new SourceLocation
            {
                File = File,
                Line = at.Line,
                Column = at.Column,
                Table = at.Table,
                Row = at.Row,
            }));
        }
    }

    public ImportResult Finish(TargetDocument? document) =>
        new(
            document,
            document is null ? SourceMap.Empty : SourceMap.Create(_locations),
            [.. _diagnostics],
            Encoding,
            Layout);
}

/// <summary>A place in the source: 1-based line and column (0 when unknown), and the table and row when in a table.</summary>
internal readonly record struct SourcePosition(int Line, int Column = 0, int? Table = null, int? Row = null)
{
    public static SourcePosition None => default;
}
