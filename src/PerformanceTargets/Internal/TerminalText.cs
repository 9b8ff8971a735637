using System.Globalization;
using System.Text;

namespace PerformanceTargets.Internal;

/// <summary>
/// Makes data safe to print in a line of text output (a terminal, a CI log): every character that a terminal or a log
/// parser would act on is written as a visible escape, the way git and compilers quote odd file names, so that a
/// document cannot set the terminal title, clear the screen, move the cursor or forge a <c>file:line: error …</c>
/// line. The one helper of every text writer of the library and the tool.
/// </summary>
/// <remarks>
/// Escaped: C0 controls (U+0000–U+001F, as <c>\t</c>, <c>\n</c>, <c>\r</c> or <c>\x1b</c>), DEL (<c>\x7f</c>), C1 controls
/// (U+0080–U+009F, as <c>\x9b</c>), the line and paragraph separators U+2028 and U+2029, and the bidirectional
/// embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (as <c>\u202e</c>), which can make a line read
/// differently from what it holds. Everything else, Chinese included, is printed as it is. Thread-safe.
/// </remarks>
internal static class TerminalText
{
    /// <summary>The most characters of a value quoted in a message.</summary>
    public const int ExcerptLength = 64;

    /// <summary>Tells whether a character must be escaped.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True for the control and format characters listed on the type.</returns>
    public static bool NeedsEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Tells whether any character of the text must be escaped.</summary>
    /// <param name="text">The text; null is safe.</param>
    /// <returns>True when <see cref="Escape(string?)"/> would change the text.</returns>
    public static bool NeedsEscape(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Escapes the text for one line of output.</summary>
    /// <param name="text">The data; null gives the empty string.</param>
    /// <returns>The text itself when nothing needs escaping, else a copy with each such character escaped.</returns>
    public static string Escape(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (!NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            Append(builder, c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A short excerpt of a value for a message: escaped, and cut after <paramref name="max"/> characters with "…", so
    /// that a message never echoes a whole megabyte line.
    /// </summary>
    /// <param name="text">The value; null gives the empty string.</param>
    /// <param name="max">The most characters of the value kept (escapes count as the characters they stand for).</param>
    /// <returns>The excerpt.</returns>
    public static string Excerpt(string? text, int max = ExcerptLength)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (text.Length <= max)
        {
            return Escape(text);
        }

        // Never cut a surrogate pair in two.
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return Escape(text.Substring(0, cut)) + "…";
    }

    private static void Append(StringBuilder builder, char c)
    {
        if (!NeedsEscape(c))
        {
            builder.Append(c);
            return;
        }

        switch (c)
        {
            case '\t':
                builder.Append("\\t");
                break;
            case '\n':
                builder.Append("\\n");
                break;
            case '\r':
                builder.Append("\\r");
                break;
            default:
                builder.Append(c <= 0xFF ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                break;
        }
    }
}
