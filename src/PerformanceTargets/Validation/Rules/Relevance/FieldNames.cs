using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Relevance;

/// <summary>The names of the fields of a mask, formatted when the message is.</summary>
internal sealed class FieldNames(ulong fields) : ILocalizedArgument
{
    public string Format(Language language) => FieldLexicon.Describe(fields, language);

    public override string ToString() => Format(Language.Chinese);
}
