using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace PerformanceTargets.Cli.Batch;

/// <summary>How one document of a batch ended.</summary>
internal enum ItemStatus
{
    /// <summary>Processed; no finding reached the fail-on level.</summary>
    Ok,

    /// <summary>Processed; some finding reached the fail-on level.</summary>
    Findings,

    /// <summary>Not processed: missing, unreadable, or its output could not be written.</summary>
    Failed,
}

/// <summary>The outcome of one document: counts of findings, or why it failed.</summary>
internal sealed record ItemOutcome(string Name, ItemStatus Status, int Errors = 0, int Warnings = 0, int Infos = 0, string? Message = null)
{
    public static ItemOutcome Failed(string name, string message) => new(name, ItemStatus.Failed, Message: message);
}

/// <summary>Counts over a whole batch; memory does not grow with the number of documents.</summary>
internal sealed class BatchSummary
{
    public int Documents { get; private set; }

    public int Failed { get; private set; }

    public int WithFindings { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public TimeSpan Elapsed { get; set; }

    public int ExitCode => Failed > 0 ? CliApp.ExitUsage : WithFindings > 0 ? CliApp.ExitFindings : CliApp.ExitOk;

    public void Add(ItemOutcome outcome)
    {
        Documents++;
        Errors += outcome.Errors;
        Warnings += outcome.Warnings;
        Infos += outcome.Infos;
        switch (outcome.Status)
        {
            case ItemStatus.Failed:
                Failed++;
                break;
            case ItemStatus.Findings:
                WithFindings++;
                break;
        }
    }

    public string Line() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} document(s): {1} failed, {2} error(s), {3} warning(s), {4} info(s) in {5:F1} s ({6:F1} documents/s).",
        Documents,
        Failed,
        Errors,
        Warnings,
        Infos,
        Elapsed.TotalSeconds,
        Elapsed.TotalSeconds > 0 ? Documents / Elapsed.TotalSeconds : 0);
}

/// <summary>
/// Runs a command over a stream of documents one at a time, so that memory stays flat however many there are. A
/// document that fails is reported (one line on stderr) and the rest go on; the exit code tells the worst. On a
/// terminal it shows a progress bar and a summary table; when output is redirected it writes plain lines.
/// </summary>
internal sealed class BatchRunner
{
    private readonly CliContext _context;
    private readonly bool _quiet;
    private readonly bool _perDocumentLines;

    public BatchRunner(CliContext context, bool quiet, bool perDocumentLines)
    {
        _context = context;
        _quiet = quiet;
        _perDocumentLines = perDocumentLines;
    }

    public BatchSummary Run(IEnumerable<InputItem> items, Func<InputItem, ItemOutcome> process)
    {
        var summary = new BatchSummary();
        var clock = Stopwatch.StartNew();
        if (_context.Interactive && !_quiet)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_context.Error) });
            console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("documents").IsIndeterminate();
                    foreach (var item in items)
                    {
                        task.Description = Markup.Escape($"{summary.Documents + 1}: {item.Name}");
                        var outcome = RunOne(item, process);
                        summary.Add(outcome);
                        if (outcome.Status == ItemStatus.Failed)
                        {
                            console.MarkupLine("[red]" + Markup.Escape(outcome.Name + ": " + outcome.Message) + "[/]");
                        }
                    }

                    task.StopTask();
                });
            summary.Elapsed = clock.Elapsed;
            WriteTable(summary);
            return summary;
        }

        foreach (var item in items)
        {
            var outcome = RunOne(item, process);
            summary.Add(outcome);
            if (outcome.Status == ItemStatus.Failed)
            {
                _context.Error.WriteLine($"perftargets: {outcome.Name}: {outcome.Message}");
            }
            else if (_perDocumentLines && !_quiet)
            {
                _context.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} error(s), {2} warning(s), {3} info(s)", outcome.Name, outcome.Errors, outcome.Warnings, outcome.Infos));
            }
        }

        summary.Elapsed = clock.Elapsed;
        if (!_quiet && (summary.Documents > 1 || _perDocumentLines))
        {
            _context.Error.WriteLine(summary.Line());
        }

        return summary;
    }

    private static ItemOutcome RunOne(InputItem item, Func<InputItem, ItemOutcome> process)
    {
        if (item.Problem is not null)
        {
            return ItemOutcome.Failed(item.Name, item.Problem);
        }

        try
        {
            return process(item);
        }
        catch (CliException ex)
        {
            return ItemOutcome.Failed(item.Name, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ItemOutcome.Failed(item.Name, ex.Message);
        }
    }

    private void WriteTable(BatchSummary summary)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_context.Error) });
        var table = new Table().Border(TableBorder.Rounded).AddColumns("documents", "failed", "errors", "warnings", "infos", "seconds", "documents/s");
        table.AddRow(
            summary.Documents.ToString(CultureInfo.InvariantCulture),
            summary.Failed.ToString(CultureInfo.InvariantCulture),
            summary.Errors.ToString(CultureInfo.InvariantCulture),
            summary.Warnings.ToString(CultureInfo.InvariantCulture),
            summary.Infos.ToString(CultureInfo.InvariantCulture),
            summary.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
            (summary.Elapsed.TotalSeconds > 0 ? summary.Documents / summary.Elapsed.TotalSeconds : 0).ToString("F1", CultureInfo.InvariantCulture));
        console.Write(table);
    }
}
