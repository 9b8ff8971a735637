using System.Collections.Immutable;
using PerformanceTargets.Internal;
using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation;

/// <summary>The result of validating one document: its findings, ordered, and whether it is valid.</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="IsValid"/> is computed: true when no finding is an error. A report made by
/// <see cref="TargetValidator"/> counts its findings by severity at once and makes the <see cref="Finding"/> objects
/// when <see cref="Findings"/> is first read.
/// </remarks>
public sealed class ValidationReport
{
    private readonly ImmutableArray<Finding> _findings;
    private readonly FindingSet? _set;

    /// <summary>Creates a report.</summary>
    /// <param name="findings">The findings; they are kept in the order given.</param>
    /// <param name="document">The document that was validated, or null when it could not be read.</param>
    /// <param name="fileName">The file validated, or null for in-memory input.</param>
    /// <param name="ruleSetVersion">The version of the rule set that produced the findings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or <paramref name="ruleSetVersion"/> is null.</exception>
    public ValidationReport(IEnumerable<Finding> findings, TargetDocument? document, string? fileName, string ruleSetVersion)
    {
        _findings = Guard.NotNull(findings).ToImmutableArray();
        Document = document;
        FileName = fileName;
        RuleSetVersion = Guard.NotNull(ruleSetVersion);
    }

    /// <summary>Creates the report of a validation, whose findings are made when first read.</summary>
    internal ValidationReport(FindingSet findings, TargetDocument? document, string? fileName, string ruleSetVersion)
    {
        _set = findings;
        Document = document;
        FileName = fileName;
        RuleSetVersion = ruleSetVersion;
    }

    /// <summary>Gets the findings, in order: as given, or for a validator's report the document's own, then project by project.</summary>
    public ImmutableArray<Finding> Findings => _set is null ? _findings : _set.Materialize();

    /// <summary>Gets the compact findings of a validation (null for a report made from findings), for writers that read them without making them.</summary>
    internal FindingSet? Set => _set;

    /// <summary>Gets the validated document, or null when it could not be read (syntax, encoding or schema errors).</summary>
    public TargetDocument? Document { get; }

    /// <summary>Gets the file validated, or null.</summary>
    public string? FileName { get; }

    /// <summary>Gets the version of the rule set that produced the findings.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Gets whether the document is valid: no finding is an error.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount => _set?.ErrorCount ?? Count(Severity.Error);

    /// <summary>Gets the number of warnings.</summary>
    public int WarningCount => _set?.WarningCount ?? Count(Severity.Warning);

    /// <summary>Gets the number of infos.</summary>
    public int InfoCount => _set?.InfoCount ?? Count(Severity.Info);

    /// <summary>Gets the highest severity among the findings, or null when there are none.</summary>
    public Severity? HighestSeverity =>
        ErrorCount > 0 ? Severity.Error : WarningCount > 0 ? Severity.Warning : InfoCount > 0 ? Severity.Info : null;

    private int Count(Severity severity)
    {
        var count = 0;
        foreach (var finding in Findings)
        {
            if (finding.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }
}
