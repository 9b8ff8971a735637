using PerformanceTargets.Internal;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation;

/// <summary>
/// What a rule sees while it checks one document: the document, the framework in force, the language of messages,
/// the configured thresholds, and <see cref="Report"/> to record findings.
/// </summary>
/// <remarks>
/// One context serves one validation and is not thread-safe; rules must not keep it after
/// <see cref="IValidationRule.Check"/> returns. Findings are ordered by project, then by the order rules run.
/// </remarks>
public sealed class ValidationContext
{
    private readonly FindingSet _findings;
    private DocumentFacts? _facts;
    private RuleDescriptor _rule = null!; // set by Begin before any rule runs
    private Severity? _override;
    private readonly TargetScorer _scorer;
    private DocumentScores? _scores;
    private bool _scored;

    internal ValidationContext(TargetDocument document, IndicatorFramework framework, Language culture, decimal satisfactionFloor, FindingSet findings, TargetScorer scorer)
    {
        _scorer = scorer;
        Document = document;
        Framework = framework;
        Culture = culture;
        SatisfactionFloor = satisfactionFloor;
        _findings = findings;
    }

    /// <summary>Gets the document being validated.</summary>
    public TargetDocument Document { get; }

    /// <summary>
    /// Gets the indicator framework in force: the document's own, else the one its level names show (2021 when a level-1
    /// name is 成本指标), else the validator's default; the validator's framework when it overrides the document's.
    /// </summary>
    public IndicatorFramework Framework { get; }

    /// <summary>Gets the language findings are reported in.</summary>
    public Language Culture { get; }

    /// <summary>Gets the lowest satisfaction target, in percent, that PT305 accepts (80 unless configured).</summary>
    public decimal SatisfactionFloor { get; }

    /// <summary>Gets the rule currently running.</summary>
    public RuleDescriptor Rule => _rule;

    /// <summary>Gets the scorer whose figures the self-evaluation and monitoring rules check.</summary>
    public TargetScorer Scorer => _scorer;

    /// <summary>
    /// Gets the scores and lights of the document (format 1.1), computed once per validation with <see cref="Scorer"/>;
    /// null when no project or indicator has a <c>monitoring</c> or <c>evaluation</c> block, so that rules about them
    /// cost nothing on a 1.0 document.
    /// </summary>
    public DocumentScores? Scores
    {
        get
        {
            if (!_scored)
            {
                _scores = Document.HasLifecycleBlocks ? _scorer.Score(Document, Facts.Target) : null;
                _scored = true;
            }

            return _scores;
        }
    }

    internal DocumentFacts Facts => _facts ??= new DocumentFacts(Document, Framework);

    internal void Release() => _facts?.Release();

    /// <summary>Parses an indicator's target, once per distinct target text of the document.</summary>
    /// <param name="indicator">An indicator of <see cref="Document"/>.</param>
    /// <returns>The parsed target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public IndicatorTarget GetTarget(Indicator indicator) => Facts.Target(Guard.NotNull(indicator).Target);

    /// <summary>Reports a finding of the running rule, with the rule's id and category.</summary>
    /// <param name="pointer">The JSON Pointer of the value concerned, such as <c>/projects/0/indicators/3/target</c>; "" for the document.</param>
    /// <param name="message">What is wrong, in both languages.</param>
    /// <param name="hint">How to fix it, in both languages, or null.</param>
    /// <param name="severity">The severity of this finding, or null for the rule's default. A severity configured on the validator wins.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pointer"/> or <paramref name="message"/> is null.</exception>
    public void Report(string pointer, LocalizedText message, LocalizedText? hint = null, Severity? severity = null)
    {
        Guard.NotNull(pointer);
        Guard.NotNull(message);
        var text = new FindingText(_findings.Scope, PointerSpec.Literal(pointer), message, hint, null, null, null, Culture, literal: true);
        _findings.Add(new Finding(_rule.Id, _override ?? severity ?? _rule.DefaultSeverity, _rule.Category, text));
    }

    internal void Begin(RuleDescriptor rule, Severity? severityOverride)
    {
        _rule = rule;
        _override = severityOverride;
    }

    /// <summary>Reports a finding of the running built-in rule: pointer kept as parts, message formatted when first read.</summary>
    internal void Add(PointerSpec pointer, Text text, object? a0 = null, object? a1 = null, object? a2 = null, Severity? severity = null) =>
        _findings.Add(_rule, _override ?? severity ?? _rule.DefaultSeverity, pointer, text, a0, a1, a2);
}
