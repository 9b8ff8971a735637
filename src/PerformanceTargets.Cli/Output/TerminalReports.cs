using PerformanceTargets.Validation;

namespace PerformanceTargets.Cli.Output;

/// <summary>
/// Makes a validation report safe for the library's text writer: every finding's message, hint, pointer and file name,
/// and the report's file name, with control characters escaped by <see cref="TerminalText"/>, so that the text format
/// keeps one line per finding whatever the data holds. JSON and SARIF need nothing: their writer escapes.
/// </summary>
internal static class TerminalReports
{
    /// <summary>The report itself when nothing needs escaping (the common case: no copy), else an escaped copy.</summary>
    public static ValidationReport ForText(ValidationReport report)
    {
        var findings = report.Findings;
        if (!TerminalText.NeedsEscape(report.FileName) && !findings.Any(NeedsEscape))
        {
            return report;
        }

        return new ValidationReport(
            findings.Select(f => NeedsEscape(f) ? Escape(f) : f),
            report.Document,
            report.FileName is null ? null : TerminalText.Escape(report.FileName),
            report.RuleSetVersion);
    }

    private static bool NeedsEscape(Finding finding) =>
        TerminalText.NeedsEscape(finding.Message) || TerminalText.NeedsEscape(finding.Hint) ||
        TerminalText.NeedsEscape(finding.Pointer) || TerminalText.NeedsEscape(finding.Location?.File) ||
        TerminalText.NeedsEscape(finding.RuleId);

    private static Finding Escape(Finding finding) => finding with
    {
        RuleId = TerminalText.Escape(finding.RuleId),
        Message = TerminalText.Escape(finding.Message),
        Hint = finding.Hint is null ? null : TerminalText.Escape(finding.Hint),
        Pointer = TerminalText.Escape(finding.Pointer),
        Location = finding.Location is { } location ? location with { File = location.File is null ? null : TerminalText.Escape(location.File) } : null,
    };
}
