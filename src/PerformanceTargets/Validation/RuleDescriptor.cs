namespace PerformanceTargets.Validation;

/// <summary>
/// What a rule is: its stable id, default severity, review criterion, and a title and description in Chinese and
/// English. Each built-in rule declares its own in its class; <see cref="RuleCatalog.All"/> lists them. Custom rules
/// bring their own.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleDescriptor
{
    /// <summary>Gets the stable id, such as <c>PT102</c>. Built-in ids start with <c>PT</c>; give custom rules ids of your own (e.g. <c>X001</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the severity of the rule's findings unless the validator overrides it. Some rules report a lower severity for lesser cases; the catalogue says which.</summary>
    public required Severity DefaultSeverity { get; init; }

    /// <summary>Gets the review criterion the rule belongs to.</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>Gets the title in both languages: one line saying what the rule finds. Read one language with <c>Title[language]</c>.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets the description in both languages: what the rule checks, why, and how to fix what it finds.</summary>
    public required LocalizedText Description { get; init; }
}
