using PerformanceTargets.Model;

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

    /// <summary>
    /// The framework of the imported document: the options' one, or 2021 when the source uses 成本指标 as a level-1
    /// category (reported as <c>PTI010</c>).
    /// </summary>
    public IndicatorFramework Framework(bool usesCostCategory)
    {
        if (!usesCostCategory || Options.Framework == IndicatorFramework.Framework2021)
        {
            return Options.Framework;
        }

        Info(
            ImportDiagnosticCodes.FrameworkDetected,
            SourcePosition.None,
            "成本指标 is used as a level-1 category, so the document follows the 2021 framework (财预〔2021〕101号).",
            "成本指标被用作一级指标，文档按 2021 版指标体系（财预〔2021〕101号）导入。");
        return IndicatorFramework.Framework2021;
    }

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
