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

/// <summary>The outcome of one document: counts of findings, or why it failed, and what is to be written for it in input order.</summary>
/// <param name="Name">The input's name.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Errors">Errors found.</param>
/// <param name="Warnings">Warnings found.</param>
/// <param name="Infos">Infos found.</param>
/// <param name="Message">Why it failed (already in the chosen language, data escaped), or null.</param>
/// <param name="Output">Text for standard output, written in the order of the inputs, or null.</param>
/// <param name="State">Anything else the command keeps for the end of the batch (an index row, a report), or null.</param>
internal sealed record ItemOutcome(string Name, ItemStatus Status, int Errors = 0, int Warnings = 0, int Infos = 0, string? Message = null, string? Output = null, object? State = null)
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

    public string Line(CliText text) => text.BatchSummary(Documents, Failed, Errors, Warnings, Infos, Elapsed.TotalSeconds);
}

/// <summary>
/// Runs a command over a stream of documents on several workers, with everything the user sees in the order of the
/// inputs, and memory flat however many documents there are: at most twice as many documents as workers are between
/// being read and being written out. A document that fails is reported (one line on stderr) and the rest go on; the
/// exit code tells the worst. On a terminal it shows a progress line and a summary table; when output is redirected
/// it writes plain lines.
/// </summary>
/// <remarks>
/// Each document goes through three steps: <c>plan</c> on the calling thread, in input order (for what must be decided
/// in order, such as unique output names), the work it returns on a worker (thread-safe work only), then
/// <c>finish</c> on the calling thread, in input order (writing to standard output, the index, the summary).
/// </remarks>
internal sealed class BatchRunner
{
    private readonly CliContext _context;
    private readonly bool _quiet;
    private readonly bool _perDocumentLines;
    private readonly int _workers;

    public BatchRunner(CliContext context, bool quiet, bool perDocumentLines, int workers = 1)
    {
        _context = context;
        _quiet = quiet;
        _perDocumentLines = perDocumentLines;
        _workers = Math.Max(1, workers);
    }

    public BatchSummary Run(IEnumerable<InputItem> items, Func<InputItem, Func<ItemOutcome>> plan, Action<ItemOutcome>? finish = null)
    {
        var summary = new BatchSummary();
        var clock = Stopwatch.StartNew();
        var text = _context.Text;
        if (_context.Interactive && !_quiet)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_context.Error) });
            console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask(text.Documents).IsIndeterminate();
                    Process(items, plan, outcome =>
                    {
                        summary.Add(outcome);
                        task.Description = Markup.Escape(TerminalText.Excerpt(string.Format(CultureInfo.InvariantCulture, "{0}: {1}", summary.Documents, outcome.Name), 120));
                        if (outcome.Status == ItemStatus.Failed)
                        {
                            console.MarkupLine("[red]" + Markup.Escape(TerminalText.Escape(outcome.Name) + ": " + outcome.Message) + "[/]");
                        }

                        finish?.Invoke(outcome);
                    });
                    task.StopTask();
                });
            summary.Elapsed = clock.Elapsed;
            WriteTable(summary);
            return summary;
        }

        Process(items, plan, outcome =>
        {
            summary.Add(outcome);
            if (outcome.Status == ItemStatus.Failed)
            {
                _context.Error.WriteLine($"perftargets: {TerminalText.Escape(outcome.Name)}: {outcome.Message}");
            }
            else if (_perDocumentLines && !_quiet)
            {
                _context.Error.WriteLine(text.DocumentCounts(outcome.Name, outcome.Errors, outcome.Warnings, outcome.Infos));
            }

            finish?.Invoke(outcome);
        });

        summary.Elapsed = clock.Elapsed;
        if (!_quiet && (summary.Documents > 1 || _perDocumentLines))
        {
            _context.Error.WriteLine(summary.Line(text));
        }

        return summary;
    }

    /// <summary>Plans each item in order, runs the work on the workers, and hands each outcome on in input order.</summary>
    private void Process(IEnumerable<InputItem> items, Func<InputItem, Func<ItemOutcome>> plan, Action<ItemOutcome> done)
    {
        if (_workers == 1)
        {
            foreach (var item in items)
            {
                done(RunOne(item, plan));
            }

            return;
        }

        // A bounded window of work in flight: the oldest is waited for (and written out) before more is started, so
        // output keeps the input order and no more than 2 × workers documents are held at once.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, _workers).ConcurrentScheduler;
        var window = new Queue<Task<ItemOutcome>>();
        var limit = 2 * _workers;
        try
        {
            foreach (var item in items)
            {
                if (window.Count >= limit)
                {
                    done(Result(window.Dequeue()));
                }

                var work = Plan(item, plan);
                window.Enqueue(Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler));
            }

            while (window.Count > 0)
            {
                done(Result(window.Dequeue()));
            }
        }
        finally
        {
            // On an unexpected error, let the work already started end before the error is reported.
            foreach (var pending in window)
            {
                ((IAsyncResult)pending).AsyncWaitHandle.WaitOne();
            }
        }
    }

    /// <summary>
    /// Waits for a document's work without spinning: the calling thread only hands outcomes on, and on two cores a
    /// spinning wait (what <c>GetResult</c> does first) takes CPU time from the workers.
    /// </summary>
    private static ItemOutcome Result(Task<ItemOutcome> work)
    {
        if (!work.IsCompleted)
        {
            ((IAsyncResult)work).AsyncWaitHandle.WaitOne();
        }

        return work.GetAwaiter().GetResult();
    }

    private static ItemOutcome RunOne(InputItem item, Func<InputItem, Func<ItemOutcome>> plan) => Plan(item, plan)();

    /// <summary>The work of one item, which never throws for a failure of that item: it becomes its outcome.</summary>
    private static Func<ItemOutcome> Plan(InputItem item, Func<InputItem, Func<ItemOutcome>> plan)
    {
        if (item.Problem is not null)
        {
            return () => ItemOutcome.Failed(item.Name, item.Problem);
        }

        Func<ItemOutcome> work;
        try
        {
            work = plan(item);
        }
        catch (CliException ex)
        {
            return () => ItemOutcome.Failed(item.Name, ex.Message);
        }

        return () =>
        {
            try
            {
                return work();
            }
            catch (CliException ex)
            {
                return ItemOutcome.Failed(item.Name, ex.Message);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ItemOutcome.Failed(item.Name, TerminalText.Excerpt(ex.Message, 300));
            }
        };
    }

    private void WriteTable(BatchSummary summary)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_context.Error) });
        var table = new Table().Border(TableBorder.Rounded).AddColumns([.. _context.Text.SummaryHeadings]);
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
