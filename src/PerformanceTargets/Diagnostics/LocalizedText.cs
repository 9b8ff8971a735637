using PerformanceTargets.Internal;

namespace PerformanceTargets.Diagnostics;

/// <summary>
/// A text for people in both languages of the library: Chinese and English. Every message, hint and title the library
/// writes is one of these, whichever stage wrote it.
/// </summary>
/// <remarks>Immutable and thread-safe; equality compares both texts ordinally.</remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text.</summary>
    /// <param name="chinese">The text in Chinese.</param>
    /// <param name="english">The text in English.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LocalizedText(string chinese, string english)
    {
        Chinese = Guard.NotNull(chinese);
        English = Guard.NotNull(english);
    }

    /// <summary>Gets the text in Chinese (<c>zh-CN</c>).</summary>
    public string Chinese { get; }

    /// <summary>Gets the text in English (<c>en</c>).</summary>
    public string English { get; }

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Chinese"/> or <see cref="English"/>.</returns>
    public string this[Language language] => language == Language.English ? English : Chinese;

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Chinese"/> or <see cref="English"/>.</returns>
    public string Get(Language language) => this[language];

    /// <summary>Creates a text that reads the same in both languages (a code, a number, a name).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in both languages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static LocalizedText Same(string text) => new(text, text);

    /// <summary>Returns the English text, for logs and debuggers; use <see cref="Get"/> to choose.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;
}
