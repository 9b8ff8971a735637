namespace PerformanceTargets.Validation;

/// <summary>
/// What a rule is: its stable id, default severity, review criterion, and a title and description in Chinese and
/// English. The catalogue of built-in rules is <see cref="RuleCatalog.All"/>; custom rules bring their own.
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

    /// <summary>Gets the title in English: one line saying what the rule finds.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the title in Chinese.</summary>
    public required string TitleZh { get; init; }

    /// <summary>Gets the description in English: what the rule checks, why, and how to fix what it finds.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the description in Chinese.</summary>
    public required string DescriptionZh { get; init; }

    /// <summary>Gets the title in a language.</summary>
    /// <param name="culture">The language.</param>
    /// <returns><see cref="TitleZh"/> for Chinese, <see cref="Title"/> for English.</returns>
    public string GetTitle(Language culture) => culture == Language.English ? Title : TitleZh;

    /// <summary>Gets the description in a language.</summary>
    /// <param name="culture">The language.</param>
    /// <returns><see cref="DescriptionZh"/> for Chinese, <see cref="Description"/> for English.</returns>
    public string GetDescription(Language culture) => culture == Language.English ? Description : DescriptionZh;
}
