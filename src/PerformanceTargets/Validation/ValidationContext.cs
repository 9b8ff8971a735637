using PerformanceTargets.Internal;
using PerformanceTargets.Model;
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
    private readonly ValidationScope _scope;
    private readonly List<Finding>[] _byProject;
    private readonly List<Finding> _document = [];
    private DocumentFacts? _facts;
    private RuleDescriptor _rule = RuleCatalog.PT001;
    private Severity? _override;

    internal ValidationContext(TargetDocument document, IndicatorFramework framework, MessageCulture culture, decimal satisfactionFloor, ValidationScope scope)
    {
        Document = document;
        Framework = framework;
        Culture = culture;
        SatisfactionFloor = satisfactionFloor;
        _scope = scope;
        _byProject = new List<Finding>[document.Projects.Length];
    }

    /// <summary>Gets the document being validated.</summary>
    public TargetDocument Document { get; }

    /// <summary>Gets the indicator framework in force: the document's own, else the validator's default.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>Gets the language findings are reported in.</summary>
    public MessageCulture Culture { get; }

    /// <summary>Gets the lowest satisfaction target, in percent, that PT305 accepts (80 unless configured).</summary>
    public decimal SatisfactionFloor { get; }

    /// <summary>Gets the rule currently running.</summary>
    public RuleDescriptor Rule => _rule;

    internal DocumentFacts Facts => _facts ??= new DocumentFacts(Document, Framework);

    /// <summary>Parses an indicator's target, once per distinct target text of the document.</summary>
    /// <param name="indicator">An indicator of <see cref="Document"/>.</param>
    /// <returns>The parsed target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public IndicatorTarget GetTarget(Indicator indicator) => Facts.Target(Guard.NotNull(indicator).Target);

    /// <summary>Reports a finding of the running rule, with its message and hint in both languages.</summary>
    /// <param name="pointer">The JSON Pointer of the value concerned, such as <c>/projects/0/indicators/3/target</c>; "" for the document.</param>
    /// <param name="messageEn">What is wrong, in English.</param>
    /// <param name="messageZh">What is wrong, in Chinese.</param>
    /// <param name="hintEn">How to fix it, in English, or null.</param>
    /// <param name="hintZh">How to fix it, in Chinese, or null.</param>
    /// <param name="severity">The severity of this finding, or null for the rule's default. A severity configured on the validator wins.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pointer"/> or a message is null.</exception>
    public void Report(string pointer, string messageEn, string messageZh, string? hintEn = null, string? hintZh = null, Severity? severity = null)
    {
        Guard.NotNull(pointer);
        Guard.NotNull(messageEn);
        Guard.NotNull(messageZh);
        var english = Culture == MessageCulture.English;
        var text = new FindingText(_scope, PointerSpec.Literal(pointer), english ? messageEn : messageZh, english ? hintEn : hintZh, null, null, null, literal: true);
        var finding = new Finding(_rule.Id, _override ?? severity ?? _rule.DefaultSeverity, _rule.Category, text);
        Bucket(finding.ProjectIndex).Add(finding);
    }

    internal void Begin(RuleDescriptor rule, Severity? severityOverride)
    {
        _rule = rule;
        _override = severityOverride;
    }

    /// <summary>Reports a finding of the running built-in rule: pointer kept as parts, message formatted when first read.</summary>
    internal void Add(PointerSpec pointer, Text text, object? a0 = null, object? a1 = null, object? a2 = null, Severity? severity = null)
    {
        var findingText = new FindingText(_scope, pointer, text.Message(Culture), text.Hint(Culture), a0, a1, a2);
        var finding = new Finding(_rule.Id, _override ?? severity ?? _rule.DefaultSeverity, _rule.Category, findingText);
        Bucket(pointer.Project >= 0 ? pointer.Project : null).Add(finding);
    }

    /// <summary>Gets the findings in report order: the document's own first, then project by project.</summary>
    internal List<Finding> Collect(List<Finding> into)
    {
        into.AddRange(_document);
        foreach (var list in _byProject)
        {
            if (list is not null)
            {
                into.AddRange(list);
            }
        }

        return into;
    }

    private List<Finding> Bucket(int? project)
    {
        if (project is not { } index || index < 0 || index >= _byProject.Length)
        {
            return _document;
        }

        return _byProject[index] ??= [];
    }
}
