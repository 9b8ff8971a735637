namespace PerformanceTargets.Validation.Engine;

/// <summary>A message of a rule in both languages, with its hint; templates take up to three arguments ({0}–{2}).</summary>
internal sealed class Text
{
    public Text(string en, string zh, string? hintEn = null, string? hintZh = null)
    {
        En = en;
        Zh = zh;
        HintEn = hintEn;
        HintZh = hintZh;
    }

    public string En { get; }

    public string Zh { get; }

    public string? HintEn { get; }

    public string? HintZh { get; }

    public string Message(Language culture) => culture == Language.English ? En : Zh;

    public string? Hint(Language culture) => culture == Language.English ? HintEn : HintZh;
}
