using System.Globalization;

namespace PerformanceTargets.Diagnostics;

/// <summary>
/// The language of every text the library writes for people: messages, hints, rule titles, table labels and help.
/// Chinese (<c>zh-CN</c>) is the default, the language of the tables and of their reviewers. Data is never translated.
/// </summary>
public enum Language
{
    /// <summary>简体中文 (<c>zh-CN</c>), the default.</summary>
    Chinese,

    /// <summary>English (<c>en</c>).</summary>
    English,
}

/// <summary>Parses and names <see cref="Language"/> values.</summary>
/// <remarks>Thread-safe.</remarks>
public static class Languages
{
    /// <summary>Parses a language tag: <c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>, <c>zh_CN</c> … give Chinese; <c>en</c>, <c>en-US</c> … give English.</summary>
    /// <param name="tag">The BCP 47 tag or culture name, case-insensitive, surrounding white space ignored; null gives false.</param>
    /// <param name="language">The language when recognised, else <see cref="Language.Chinese"/>.</param>
    /// <returns>True when the tag names Chinese or English.</returns>
    public static bool TryParse(string? tag, out Language language)
    {
        language = Language.Chinese;
        if (string.IsNullOrWhiteSpace(tag))
        {
            return false;
        }

        var trimmed = tag!.Trim();
        if (Matches(trimmed, "zh"))
        {
            return true;
        }

        if (Matches(trimmed, "en"))
        {
            language = Language.English;
            return true;
        }

        return false;
    }

    /// <summary>Chooses the language for a .NET culture: Chinese for zh cultures and the invariant culture, English otherwise.</summary>
    /// <param name="culture">The culture; null gives Chinese.</param>
    /// <returns>The language.</returns>
    public static Language From(CultureInfo? culture) =>
        culture is null || culture.Name.Length == 0 || Matches(culture.Name, "zh") ? Language.Chinese : Language.English;

    /// <summary>Gets the BCP 47 tag of a language: <c>zh-CN</c> or <c>en</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The tag.</returns>
    public static string GetTag(Language language) => language == Language.English ? "en" : "zh-CN";

    private static bool Matches(string name, string language) =>
        name.Equals(language, StringComparison.OrdinalIgnoreCase) ||
        (name.Length > language.Length && name.StartsWith(language, StringComparison.OrdinalIgnoreCase) && name[language.Length] is '-' or '_');
}
