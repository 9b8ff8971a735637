namespace PerformanceTargets.Validation;

/// <summary>
/// A review rule: its descriptor and a check that reports findings through the <see cref="ValidationContext"/>.
/// Register custom rules with <see cref="TargetValidatorBuilder.AddRule"/>.
/// </summary>
/// <remarks>
/// A rule is called once per validated document, possibly from several threads at once for different documents:
/// keep it free of mutable state. A rule must not throw on any document the schema accepts; an exception escapes
/// <see cref="TargetValidator.Validate(Model.TargetDocument, Diagnostics.SourceMap?, string?)"/> wrapped in an
/// <see cref="InvalidOperationException"/> naming the rule.
/// </remarks>
public interface IValidationRule
{
    /// <summary>Gets the rule's id, default severity, criterion, titles and descriptions.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks the document and reports findings with <see cref="ValidationContext.Report"/>.</summary>
    /// <param name="context">The document, the framework in force, the language, and where to report.</param>
    void Check(ValidationContext context);
}
