using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Relevance;

/// <summary>The names of the fields of a mask, formatted when the message is.</summary>
internal sealed class FieldNames(ulong fields, Language culture)
{
    public override string ToString() => FieldLexicon.Describe(fields, culture);
}
