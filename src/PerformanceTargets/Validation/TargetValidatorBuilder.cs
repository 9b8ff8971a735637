using PerformanceTargets.Internal;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;

namespace PerformanceTargets.Validation;

/// <summary>
/// Configures a <see cref="TargetValidator"/>: framework default, rule set, severity overrides, disabled rules,
/// message culture, custom rules, the full schema report and thresholds. <see cref="Build"/> makes the immutable
/// validator; the builder can be changed and built again.
/// </summary>
/// <remarks>Not thread-safe: configure it on one thread, then share the validator it builds.</remarks>
public sealed class TargetValidatorBuilder
{
    private readonly Dictionary<string, Severity> _severities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);
    private readonly List<IValidationRule> _custom = [];
    private HashSet<string>? _only;
    private IndicatorFramework _framework = IndicatorFramework.Framework2020;
    private bool _overrideFramework;
    private Language _culture = Language.Chinese;
    private bool _fullSchemaReport;
    private decimal _satisfactionFloor = 80m;
    private JsonReadOptions _readOptions = JsonReadOptions.Default;
    private TargetScorer _scorer = TargetScorer.Default;

    /// <summary>
    /// Sets the indicator framework for documents that do not name one (2020 unless set). It is a default, set or not:
    /// a document without <c>framework</c> whose level-1 names include 成本指标 shows that it follows 2021 and is
    /// checked against 2021, as the importer reads it. To check every document against one framework, override.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="overrideDocument">True to apply it to every document, even one that names or shows another framework.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public TargetValidatorBuilder UseFramework(IndicatorFramework framework, bool overrideDocument = false)
    {
        _framework = Guard.NotNull(framework);
        _overrideFramework = overrideDocument;
        return this;
    }

    /// <summary>Sets the language of messages and hints (Chinese unless set).</summary>
    /// <param name="culture">The language.</param>
    /// <returns>This builder.</returns>
    public TargetValidatorBuilder UseCulture(Language culture)
    {
        _culture = culture;
        return this;
    }

    /// <summary>Sets the language of messages and hints by culture name: <c>zh-CN</c> (or any zh culture) or <c>en</c>.</summary>
    /// <param name="cultureName">The culture name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is neither a Chinese nor an English culture.</exception>
    public TargetValidatorBuilder UseCulture(string cultureName)
    {
        if (!Languages.TryParse(cultureName, out var culture))
        {
            throw new ArgumentException($"'{cultureName}' is not a supported message culture; use zh-CN or en.", nameof(cultureName));
        }

        _culture = culture;
        return this;
    }

    /// <summary>Restricts the built-in rules to those listed (stage 1, reading the file, always runs). All run unless set.</summary>
    /// <param name="ruleIds">The ids of the built-in rules to run.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not a built-in rule.</exception>
    public TargetValidatorBuilder UseRuleSet(IEnumerable<string> ruleIds)
    {
        Guard.NotNull(ruleIds);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ruleIds)
        {
            if (!RuleCatalog.TryGet(id, out _))
            {
                throw new ArgumentException($"'{id}' is not a built-in rule id.", nameof(ruleIds));
            }

            set.Add(id);
        }

        _only = set;
        return this;
    }

    /// <summary>Overrides the severity of every finding of a rule.</summary>
    /// <param name="ruleId">A built-in or custom rule id, except the stage-1 rules PT001, PT002, PT003 and PT901.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The id is empty or a stage-1 rule. Unknown ids are refused by <see cref="Build"/>.</exception>
    public TargetValidatorBuilder SetSeverity(string ruleId, Severity severity)
    {
        CheckConfigurable(ruleId);
        _severities[ruleId] = severity;
        return this;
    }

    /// <summary>Disables a rule.</summary>
    /// <param name="ruleId">A built-in or custom rule id, except the stage-1 rules.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The id is empty or a stage-1 rule. Unknown ids are refused by <see cref="Build"/>.</exception>
    public TargetValidatorBuilder DisableRule(string ruleId)
    {
        CheckConfigurable(ruleId);
        _disabled.Add(ruleId);
        return this;
    }

    /// <summary>Adds a custom rule; it runs after the built-in rules, in the order added.</summary>
    /// <param name="rule">The rule; its id must differ from every other rule's.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or its descriptor is null.</exception>
    public TargetValidatorBuilder AddRule(IValidationRule rule)
    {
        Guard.NotNull(rule);
        Guard.NotNull(rule.Descriptor);
        _custom.Add(rule);
        return this;
    }

    /// <summary>
    /// Always runs the JSON Schema (NJsonSchema) on JSON input, not only when the fast reader meets a structural error.
    /// The findings are the same on every document; this costs about ten times as much.
    /// </summary>
    /// <param name="enabled">True to always run it.</param>
    /// <returns>This builder.</returns>
    public TargetValidatorBuilder UseFullSchemaReport(bool enabled = true)
    {
        _fullSchemaReport = enabled;
        return this;
    }

    /// <summary>Sets the lowest satisfaction target PT305 accepts, in percent (80 unless set).</summary>
    /// <param name="percent">Between 0 and 100.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public TargetValidatorBuilder UseSatisfactionFloor(decimal percent)
    {
        if (percent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "The satisfaction floor is a percentage between 0 and 100.");
        }

        _satisfactionFloor = percent;
        return this;
    }

    /// <summary>Sets the limits for reading JSON input (<see cref="JsonReadOptions.Default"/> unless set).</summary>
    /// <param name="options">The options; their file name is replaced by the one given to each validation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public TargetValidatorBuilder UseReadOptions(JsonReadOptions options)
    {
        _readOptions = Guard.NotNull(options);
        return this;
    }

    /// <summary>
    /// Sets the scorer whose figures the self-evaluation and monitoring rules (PT601–PT613, PT701–PT705) check: its light
    /// thresholds and default execution points (<see cref="TargetScorer.Default"/> unless set).
    /// </summary>
    /// <param name="scorer">The scorer.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> is null.</exception>
    public TargetValidatorBuilder UseScorer(TargetScorer scorer)
    {
        _scorer = Guard.NotNull(scorer);
        return this;
    }

    /// <summary>Builds the immutable, thread-safe validator.</summary>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentException">A custom rule's id is empty or repeats another's, or a severity override or disabled id names no rule.</exception>
    public TargetValidator Build()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var descriptor in RuleCatalog.All)
        {
            ids.Add(descriptor.Id);
        }

        foreach (var rule in _custom)
        {
            if (string.IsNullOrWhiteSpace(rule.Descriptor.Id))
            {
                throw new ArgumentException("A custom rule has an empty id.");
            }

            if (!ids.Add(rule.Descriptor.Id))
            {
                throw new ArgumentException($"The rule id '{rule.Descriptor.Id}' is used twice; give each custom rule an id of its own.");
            }
        }

        foreach (var id in _severities.Keys.Concat(_disabled))
        {
            if (!ids.Contains(id))
            {
                throw new ArgumentException($"'{id}' is not a rule id of this validator (built-in ids are PT001–PT901; see RuleCatalog.All).");
            }
        }

        return new TargetValidator(new ValidatorSettings(
            _framework,
            _overrideFramework,
            _culture,
            _fullSchemaReport,
            _satisfactionFloor,
            _readOptions,
            new Dictionary<string, Severity>(_severities, StringComparer.Ordinal),
            new HashSet<string>(_disabled, StringComparer.Ordinal),
            _only is null ? null : new HashSet<string>(_only, StringComparer.Ordinal),
            [.. _custom],
            _scorer));
    }

    private static void CheckConfigurable(string ruleId)
    {
        Guard.NotNullOrEmpty(ruleId);
        if (RuleCatalog.IsReadStage(ruleId))
        {
            throw new ArgumentException($"{ruleId} reports that the file cannot be read; it cannot be disabled or given another severity.", nameof(ruleId));
        }
    }
}

/// <summary>The frozen configuration of a validator.</summary>
internal sealed record ValidatorSettings(
    IndicatorFramework Framework,
    bool OverrideFramework,
    Language Culture,
    bool FullSchemaReport,
    decimal SatisfactionFloor,
    JsonReadOptions ReadOptions,
    IReadOnlyDictionary<string, Severity> Severities,
    HashSet<string> Disabled,
    HashSet<string>? Only,
    IReadOnlyList<IValidationRule> Custom,
    TargetScorer Scorer);
