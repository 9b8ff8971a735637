using System.Globalization;

namespace PerformanceTargets.Validation;

/// <summary>The language of validation messages and hints: Chinese (<c>zh-CN</c>) or English (<c>en</c>).</summary>
public enum MessageCulture
{
    /// <summary>简体中文 (<c>zh-CN</c>), the default: the language of the tables and of their reviewers.</summary>
    Chinese,

    /// <summary>English (<c>en</c>).</summary>
    English,
}

/// <summary>Parses and names <see cref="MessageCulture"/> values.</summary>
/// <remarks>Thread-safe.</remarks>
public static class MessageCultures
{
    /// <summary>Parses a culture name: <c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c> … give Chinese; <c>en</c>, <c>en-US</c> … give English.</summary>
    /// <param name="name">The culture name, case-insensitive; null gives false.</param>
    /// <param name="culture">The culture when recognised.</param>
    /// <returns>True when the name is a Chinese or English culture name.</returns>
    public static bool TryParse(string? name, out MessageCulture culture)
    {
        culture = MessageCulture.Chinese;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var trimmed = name!.Trim();
        if (Matches(trimmed, "zh"))
        {
            culture = MessageCulture.Chinese;
            return true;
        }

        if (Matches(trimmed, "en"))
        {
            culture = MessageCulture.English;
            return true;
        }

        return false;
    }

    /// <summary>Chooses the message culture for a .NET culture: Chinese for zh cultures, English otherwise.</summary>
    /// <param name="culture">The culture; null gives Chinese.</param>
    /// <returns>The message culture.</returns>
    public static MessageCulture From(CultureInfo? culture) =>
        culture is null || Matches(culture.Name, "zh") || culture.Name.Length == 0 ? MessageCulture.Chinese : MessageCulture.English;

    /// <summary>Gets the culture name: <c>zh-CN</c> or <c>en</c>.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The name.</returns>
    public static string GetName(MessageCulture culture) => culture == MessageCulture.English ? "en" : "zh-CN";

    private static bool Matches(string name, string language) =>
        name.Equals(language, StringComparison.OrdinalIgnoreCase) ||
        (name.Length > language.Length && name.StartsWith(language, StringComparison.OrdinalIgnoreCase) && name[language.Length] is '-' or '_');
}
