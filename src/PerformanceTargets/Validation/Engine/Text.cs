namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// A message of a rule with its hint, each a <see cref="LocalizedText"/> template taking up to three arguments
/// ({0}–{2}), formatted in a language when a finding is first read. An argument that knows both languages
/// (<see cref="ILocalizedArgument"/>, or a <see cref="LocalizedText"/>) is formatted in the language of the text.
/// </summary>
internal sealed class Text
{
    public Text(string en, string zh, string? hintEn = null, string? hintZh = null)
    {
        Message = new LocalizedText(zh, en);
        Hint = hintEn is null ? null : new LocalizedText(hintZh ?? hintEn, hintEn);
    }

    public LocalizedText Message { get; }

    public LocalizedText? Hint { get; }
}

/// <summary>An argument of a finding's message that is written differently in each language (a list of field names, of tables).</summary>
internal interface ILocalizedArgument
{
    string Format(Language language);
}

/// <summary>
/// An argument written by a function of the language, formatted when the message is read in that language: a finding
/// reads in both languages (<c>Finding.Text</c>), whatever language the validator was built for.
/// </summary>
internal sealed class LocalizedArgument(Func<Language, string> format) : ILocalizedArgument
{
    public string Format(Language language) => format(language);

    public override string ToString() => format(Language.Chinese);
}
