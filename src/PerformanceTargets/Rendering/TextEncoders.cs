using System.Text;

namespace PerformanceTargets.Rendering;

/// <summary>How data text is made safe for one output format before templates see it.</summary>
internal abstract class TextEncoder
{
    /// <summary>Gets the encoder that leaves text as it is (the <c>raw</c> views).</summary>
    public static TextEncoder None { get; } = new NoneEncoder();

    /// <summary>Encodes text; null stays null. Never throws.</summary>
    public abstract string? Encode(string? text);

    private sealed class NoneEncoder : TextEncoder
    {
        public override string? Encode(string? text) => text;
    }
}

/// <summary>
/// HTML escaping for text and double- or single-quoted attribute values: <c>&amp; &lt; &gt; " '</c> become character
/// references, line breaks become LF (as HTML parsers read them anyway), and control characters other than tab and
/// line breaks (C0, DEL and C1, which HTML forbids in text) become U+FFFD.
/// </summary>
internal sealed class HtmlEncoder : TextEncoder
{
    public static HtmlEncoder Instance { get; } = new();

    public override string? Encode(string? text) => text is null ? null : Escape(text);

    /// <summary>Escapes text; returns the same instance when nothing needs escaping.</summary>
    public static string Escape(string text)
    {
        var first = FirstSpecial(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append('\n');
                    break;
                default:
                    builder.Append(IsForbiddenControl(c) ? '\uFFFD' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Appends escaped text to a builder (used by the hand-written baseline renderer and the tests).</summary>
    public static void Append(StringBuilder builder, string? text)
    {
        if (text is not null)
        {
            builder.Append(Escape(text));
        }
    }

    private static int FirstSpecial(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' or '"' or '\'' or '\r' || (c < ' ' && IsForbiddenControl(c)) || c is >= '\u007F' and <= '\u009F')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsForbiddenControl(char c) => (c < ' ' && c is not '\t' and not '\n' and not '\r') || c is >= '\u007F' and <= '\u009F';
}

/// <summary>
/// Markdown escaping for text inside GitHub-flavoured table cells and paragraphs: the characters with inline meaning
/// (<c>\ ` * _ [ ] &lt; &gt; &amp; | ~</c>) get a backslash, line breaks become <c>&lt;br&gt;</c>, a leading block marker
/// (<c># - + = &gt;</c>, <c>1.</c>) is escaped, white space at either end becomes character references (<c>&amp;#x20;</c>)
/// so that it is not trimmed, and control characters become U+FFFD. A table row built from escaped cells never breaks,
/// and text never turns into markup.
/// </summary>
internal sealed class MarkdownEncoder : TextEncoder
{
    public static MarkdownEncoder Instance { get; } = new();

    public override string? Encode(string? text) => text is null ? null : Escape(text);

    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        // White space at either end would be trimmed from a table cell (and starts a code block at the start of a
        // paragraph): written as character references it is kept as it is.
        var start = 0;
        while (start < text.Length && IsEdgeSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsEdgeSpace(text[end - 1]))
        {
            end--;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var k = 0; k < start; k++)
        {
            AppendReference(builder, text[k]);
        }

        var lineStart = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (lineStart && (c is '#' or '-' or '+' or '=' or '>'))
            {
                builder.Append('\\').Append(c);
                lineStart = false;
                continue;
            }

            if (lineStart && c is >= '0' and <= '9')
            {
                var digitsEnd = i;
                while (digitsEnd < end && text[digitsEnd] is >= '0' and <= '9')
                {
                    digitsEnd++;
                }

                builder.Append(text, i, digitsEnd - i);
                if (digitsEnd < end && text[digitsEnd] is '.' or ')')
                {
                    builder.Append('\\').Append(text[digitsEnd]);
                    digitsEnd++;
                }

                i = digitsEnd - 1;
                lineStart = false;
                continue;
            }

            lineStart = false;
            switch (c)
            {
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '<':
                case '>':
                case '&':
                case '|':
                case '~':
                    builder.Append('\\').Append(c);
                    break;
                case '\r':
                    if (i + 1 < end && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append("<br>");
                    break;
                case '\n':
                    builder.Append("<br>");
                    break;
                default:
                    builder.Append(IsControl(c) ? '\uFFFD' : c);
                    break;
            }
        }

        for (var k = end; k < text.Length; k++)
        {
            AppendReference(builder, text[k]);
        }

        return builder.ToString();
    }

    private static bool IsEdgeSpace(char c) => c != '\n' && c != '\r' && char.IsWhiteSpace(c);

    private static bool IsControl(char c) => (c < ' ' && c != '\t') || c is >= '\u007F' and <= '\u009F';

    private static void AppendReference(StringBuilder builder, char c)
    {
        if (IsControl(c))
        {
            builder.Append('\uFFFD');
            return;
        }

        builder.Append("&#x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
    }

    private static bool NeedsEscaping(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var first = text[0];
        if (first is '#' or '-' or '+' or '=' or '>' || first is >= '0' and <= '9' || IsEdgeSpace(first) || IsEdgeSpace(text[text.Length - 1]))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' || c < ' ' || c is >= '\u007F' and <= '\u009F')
            {
                return true;
            }
        }

        return false;
    }
}
