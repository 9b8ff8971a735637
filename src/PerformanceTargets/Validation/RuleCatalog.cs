using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PerformanceTargets.Internal;
using PerformanceTargets.Validation.Rules;

namespace PerformanceTargets.Validation;

/// <summary>
/// The catalogue of built-in rules: ids, default severities, criteria, titles and descriptions in Chinese and English.
/// It is an index over the rules' own descriptors, each declared beside its rule's logic. The ids are a contract: they
/// never change meaning. <c>docs/rules.md</c> has an entry for each, with examples.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class RuleCatalog
{
    /// <summary>The version of the built-in rule set. It changes whenever a rule is added or its behaviour changes; reports carry it.</summary>
    public const string Version = "1.1.0";

    /// <summary>Gets every built-in rule, the stage-1 rules and the review rules, ordered by id (ordinal).</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
        [.. BuiltInRules.ReadStage.Concat(BuiltInRules.ReviewStage.Select(r => r.Descriptor)).OrderBy(r => r.Id, StringComparer.Ordinal)];

    // Declared after All, which they index (static initialisers run in order). A repeated id fails here, at first use.
    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    private static readonly HashSet<string> ReadStageIds = new(BuiltInRules.ReadStage.Select(r => r.Id), StringComparer.Ordinal);

    /// <summary>Finds a built-in rule by id.</summary>
    /// <param name="id">The id, such as <c>PT102</c> (ordinal, case-sensitive); null gives false.</param>
    /// <param name="descriptor">The rule when found.</param>
    /// <returns>True when the id is a built-in rule.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out RuleDescriptor? descriptor)
    {
        if (id is not null && ById.TryGetValue(id, out var found))
        {
            descriptor = found;
            return true;
        }

        descriptor = null;
        return false;
    }

    /// <summary>Gets a built-in rule by id.</summary>
    /// <param name="id">The id, such as <c>PT102</c> (ordinal, case-sensitive).</param>
    /// <returns>The rule's descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a built-in rule; use <see cref="TryGet"/> to test.</exception>
    public static RuleDescriptor Get(string id) =>
        TryGet(Guard.NotNull(id), out var descriptor)
            ? descriptor
            : throw new ArgumentException($"'{id}' is not a built-in rule id; see RuleCatalog.All.", nameof(id));

    /// <summary>Gets whether a rule belongs to stage 1 (reading the input), which cannot be disabled or given another severity.</summary>
    /// <param name="id">The rule id; null gives false.</param>
    /// <returns>True for PT001, PT002, PT003, PT901 and PT902.</returns>
    public static bool IsReadStage(string? id) => id is not null && ReadStageIds.Contains(id);
}
