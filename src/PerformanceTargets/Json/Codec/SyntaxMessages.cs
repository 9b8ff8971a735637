using System.Globalization;

namespace PerformanceTargets.Json.Codec;

/// <summary>
/// Says in our own words why JSON text is not well-formed, from the place where the reader stopped and the bytes around
/// it: a trailing comma, a missing comma, a comment, single quotes, an unquoted name, a control character or a bad
/// escape in a string, a bad number or literal, text after the document, or an early end. .NET's own messages (with
/// their advice to change the reader's options) are never shown.
/// </summary>
internal static class SyntaxMessages
{
    public static ReadMessage Describe(ReadOnlySpan<byte> json, int offset)
    {
        offset = Math.Max(0, Math.Min(offset, json.Length));
        var inString = InsideString(json, offset, out var stringStart);
        if (inString)
        {
            return InString(json, offset, stringStart);
        }

        var at = SkipWhite(json, offset);
        if (at >= json.Length)
        {
            return EndsEarly(json);
        }

        var b = json[at];
        var previous = PreviousSignificant(json, at);
        if (b == (byte)'/' && at + 1 < json.Length && json[at + 1] is (byte)'/' or (byte)'*')
        {
            return M("JSON 中不允许注释（// 或 /* */）。", "Comments (// or /* */) are not allowed in JSON.", "删除注释。", "Remove the comment.");
        }

        if (b is (byte)'}' or (byte)']' && previous == (byte)',')
        {
            var closer = (char)b;
            return M($"“{closer}”前多了一个逗号：JSON 不允许末尾逗号。", $"A comma before '{closer}' (a trailing comma) is not allowed in JSON.", "删除最后一项后面的逗号。", "Remove the comma after the last item.");
        }

        if (b == (byte)',')
        {
            return previous is (byte)',' or (byte)'[' or (byte)'{' or (byte)':'
                ? M("此处缺少一个值：逗号前后都应有值。", "A value is missing here: a comma stands where a value should be.", "补上缺少的值，或删除多余的逗号。", "Give the missing value or remove the extra comma.")
                : M("此处不应有逗号。", "A comma is not expected here.", "检查此处的括号和逗号。", "Check the brackets and commas here.");
        }

        if (b == (byte)'\'')
        {
            return M("JSON 的字符串和属性名须用双引号（\"），不能用单引号（'）。", "Strings and property names are written in double quotes (\"), not single quotes (').", "把单引号换成双引号。", "Replace the single quotes with double quotes.");
        }

        if (EndsValue(previous) && StartsValue(b))
        {
            return M("两个值（或两个属性）之间缺少逗号。", "A comma is missing between two values (or two properties).", "在前一个值后面加上逗号。", "Add a comma after the previous value.");
        }

        if (IsLetter(b))
        {
            var word = Word(json, at);
            if (previous is (byte)'{' or (byte)',' && NextSignificant(json, at + word.Length) == (byte)':')
            {
                return M($"属性名 {word} 须用双引号括起来。", $"The property name {word} must be in double quotes.", $"写成 \"{word}\"。", $"Write \"{word}\".");
            }

            return word switch
            {
                "True" or "TRUE" or "False" or "FALSE" or "Null" or "NULL" or "None" or "undefined" or "NaN" or "Infinity" =>
                    M($"{word} 不是 JSON 的值：应写 true、false 或 null（小写），数值须为有限数。", $"{word} is not a JSON value: write true, false or null (lower case); numbers are finite.", "改为 true、false、null 或数值。", "Write true, false, null or a number."),
                _ => M($"文字 {Show(word)} 须用双引号括起来。", $"The text {Show(word)} must be in double quotes.", "把文字放在双引号中。", "Put the text in double quotes."),
            };
        }

        if (b is (byte)'-' or (byte)'+' or (byte)'.' || (b >= (byte)'0' && b <= (byte)'9'))
        {
            return M("数值写法不符合 JSON：不能有前导零、加号或以小数点开头结尾，指数须有数字。", "The number is not written as JSON writes numbers: no leading zeros, no plus sign, no point at its start or end, digits after an exponent.", "按 JSON 写法写这个数，如 0.5、12、1e3。", "Write the number as JSON does, such as 0.5, 12 or 1e3.");
        }

        if (b == (byte)':')
        {
            return M("此处不应有冒号：冒号只用在属性名之后。", "A colon is not expected here: it only follows a property name.", "检查此处的引号和括号。", "Check the quotes and brackets here.");
        }

        if (AfterDocument(json, at))
        {
            return M("文档已结束，后面还有多余的文字。", "Text follows the end of the document.", "删除文档最后一个“}”之后的内容。", "Remove what follows the document's last '}'.");
        }

        var shown = b < 0x20 || b >= 0x7F ? string.Format(CultureInfo.InvariantCulture, "0x{0:X2}", b) : "'" + (char)b + "'";
        return M($"此处不应出现 {shown}。", $"The character {shown} is not expected here.", "检查此处的括号、引号和逗号。", "Check the brackets, quotes and commas here.");
    }

    private static ReadMessage InString(ReadOnlySpan<byte> json, int offset, int stringStart)
    {
        // The reader stops at the bad character or at the end of the input.
        for (var i = stringStart + 1; i < json.Length && i <= offset; i++)
        {
            var c = json[i];
            if (c == (byte)'\\')
            {
                var next = i + 1 < json.Length ? json[i + 1] : (byte)0;
                if (next is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
                {
                    i++;
                    continue;
                }

                if (next == (byte)'u' && i + 5 < json.Length && IsHex(json[i + 2]) && IsHex(json[i + 3]) && IsHex(json[i + 4]) && IsHex(json[i + 5]))
                {
                    i += 5;
                    continue;
                }

                return M("字符串中的转义写法无效：只能用 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX。", "An escape in the string is not valid: JSON knows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.", "改正转义；反斜杠本身写作 \\\\。", "Correct the escape; a backslash itself is written \\\\.");
            }

            if (c < 0x20)
            {
                var name = c switch { (byte)'\n' => "\\n", (byte)'\r' => "\\r", (byte)'\t' => "\\t", _ => string.Format(CultureInfo.InvariantCulture, "\\u{0:X4}", c) };
                return M($"字符串中含有未转义的控制字符 U+{c:X4}（如换行）：须写作 {name}。", $"The string holds an unescaped control character U+{c:X4} (such as a line break): write it as {name}.", $"把它写成 {name}，或检查字符串是否缺少结束引号。", $"Write it as {name}, or check whether the string lacks its closing quote.");
            }
        }

        return M("字符串没有结束引号。", "The string has no closing quote.", "在字符串末尾补上双引号。", "Add the double quote that ends the string.");
    }

    private static ReadMessage EndsEarly(ReadOnlySpan<byte> json)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == (byte)'\\')
                {
                    i++;
                }
                else if (c == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (c == (byte)'"')
            {
                inString = true;
            }
            else if (c is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (c is (byte)'}' or (byte)']')
            {
                depth--;
            }
        }

        return M($"文档提前结束：还有 {Math.Max(depth, 1)} 个“}}”或“]”没有闭合。", $"The document ends too early: {Math.Max(depth, 1)} closing '}}' or ']' missing.", "补上缺少的括号，或检查文件是否被截断。", "Add the missing brackets, or check whether the file was cut short.");
    }

    /// <summary>Gets whether an offset lies inside a string (scanning from the start), and where that string starts.</summary>
    private static bool InsideString(ReadOnlySpan<byte> json, int offset, out int start)
    {
        start = -1;
        var inString = false;
        for (var i = 0; i < offset && i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == (byte)'\\')
                {
                    i++;
                }
                else if (c == (byte)'"')
                {
                    inString = false;
                }
                else if (c < 0x20)
                {
                    // The reader stops at an unescaped control character: it is the place.
                    return true;
                }
            }
            else if (c == (byte)'"')
            {
                inString = true;
                start = i;
            }
        }

        return inString;
    }

    private static bool AfterDocument(ReadOnlySpan<byte> json, int at)
    {
        var depth = 0;
        var inString = false;
        var started = false;
        for (var i = 0; i < at; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == (byte)'\\')
                {
                    i++;
                }
                else if (c == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (c == (byte)'"')
            {
                inString = true;
            }
            else if (c is (byte)'{' or (byte)'[')
            {
                depth++;
                started = true;
            }
            else if (c is (byte)'}' or (byte)']')
            {
                depth--;
            }
        }

        return started && depth == 0;
    }

    private static int SkipWhite(ReadOnlySpan<byte> json, int at)
    {
        while (at < json.Length && json[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }

        return at;
    }

    private static byte PreviousSignificant(ReadOnlySpan<byte> json, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (json[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return json[i];
            }
        }

        return 0;
    }

    private static byte NextSignificant(ReadOnlySpan<byte> json, int at)
    {
        at = SkipWhite(json, at);
        return at < json.Length ? json[at] : (byte)0;
    }

    private static bool EndsValue(byte b) => b is (byte)'"' or (byte)'}' or (byte)']' || (b >= (byte)'0' && b <= (byte)'9') || b is (byte)'e' or (byte)'l';

    private static bool StartsValue(byte b) => b is (byte)'"' or (byte)'{' or (byte)'[' or (byte)'-' or (byte)'t' or (byte)'f' or (byte)'n' || (b >= (byte)'0' && b <= (byte)'9');

    private static bool IsLetter(byte b) => (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || b == (byte)'_' || b >= 0x80;

    private static bool IsHex(byte b) => (b >= (byte)'0' && b <= (byte)'9') || (b >= (byte)'a' && b <= (byte)'f') || (b >= (byte)'A' && b <= (byte)'F');

    private static string Word(ReadOnlySpan<byte> json, int at)
    {
        var end = at;
        while (end < json.Length && end - at < 64 && (IsLetter(json[end]) || (json[end] >= (byte)'0' && json[end] <= (byte)'9') || json[end] == (byte)'-'))
        {
            end++;
        }

        return System.Text.Encoding.UTF8.GetString(json.Slice(at, end - at).ToArray());
    }

    private static string Show(string word) => ReadMessages.Excerpt(word);

    private static ReadMessage M(string chinese, string english, string hintChinese, string hintEnglish) =>
        new(new LocalizedText("文本不是格式正确的 JSON：" + chinese, "The text is not well-formed JSON: " + english), new LocalizedText(hintChinese, hintEnglish));
}
