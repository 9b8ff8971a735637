namespace PerformanceTargets.Import;

/// <summary>
/// Finds the issuing document number (文号) in a project name: "官厅镇怀财字【2024】7号防火经费" holds
/// "怀财字【2024】7号". Used by the importers to fill <c>fundingReference</c>.
/// </summary>
/// <remarks>
/// <para>A 文号 is an issuer abbreviation (机关代字), a bracketed four-digit year and a number followed by 号. The
/// year may be in 【】, 〔〕, ［］, [], （）, () or ﹝﹞, with spaces inside. The abbreviation is found by walking left from the
/// bracket over organ and type characters (财 政 国 中 办 委 发 字 预 函 …) and keeping the part that starts at an organ
/// character (财, 政, 国, 中, 办, 教, 农, 人 …), so that the words of a name before it are not taken
/// ("工资财预〔2020〕10号" gives "财预〔2020〕10号"). One more character is taken as the region abbreviation (怀, 冀, 张 …)
/// when it is a province abbreviation, or starts the text, or follows a place or time word (镇 乡 县 市 区 局 年 …), a
/// verb such as 下达/印发/根据, or a character that is not Chinese: "官厅镇怀财字" gives "怀财字", not "镇怀财字" or "官厅镇怀财字".</para>
/// <para>Limitations: a two-character region abbreviation ("怀来财字") keeps only its organ part; a bracketed year
/// without an organ character before it ("〔2024〕7号") is not a 文号. Stateless and thread-safe.</para>
/// </remarks>
public static class FundingReferences
{
    private const int MaxRun = 6;

    // Organ characters (机关代字 heads): a 文号's abbreviation starts at one of these, after its region.
    private const string Organs = "财政国中党委办府人教农卫民交水林审统税商科文公司法环建住应医体旅残团妇组宣纪监";

    // Type and division characters that follow the organ (冀财预, 国发, 怀财字, 财预函, 人社发).
    private const string Types = "字发函预社综行规资外债库采绩电通便明传督会令复批";

    private const string Provinces = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台";

    // Words after which a region abbreviation may start: place and time suffixes, and verbs that cite a document.
    private const string Boundaries = "镇乡县市区省村州旗盟街道局厅部处站所年月日达据照于按依见转拨的及和与等关印批复发由经";

    private const string OpenBrackets = "【〔［[（(﹝";
    private const string CloseBrackets = "】〕］]）)﹞";

    /// <summary>Finds the first 文号 in <paramref name="name"/>.</summary>
    /// <param name="name">A project name or any text; null gives null.</param>
    /// <returns>The 文号 as written (a substring of <paramref name="name"/>), or null when the text holds none.</returns>
    public static string? Find(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        for (var i = 1; i < name!.Length; i++)
        {
            if (OpenBrackets.IndexOf(name[i]) >= 0 && TryMatchAt(name, i, out var start, out var end))
            {
                return name.Substring(start, end - start);
            }
        }

        return null;
    }

    /// <summary>Finds every 文号 in <paramref name="text"/>, in order.</summary>
    /// <param name="text">Any text; null gives an empty list.</param>
    /// <returns>The 文号s as written.</returns>
    public static IReadOnlyList<string> FindAll(string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        for (var i = 1; i < text!.Length; i++)
        {
            if (OpenBrackets.IndexOf(text[i]) >= 0 && TryMatchAt(text, i, out var start, out var end))
            {
                found.Add(text.Substring(start, end - start));
                i = end - 1;
            }
        }

        return found;
    }

    private static bool TryMatchAt(string text, int bracket, out int start, out int end)
    {
        start = end = 0;
        if (!TryMatchYearAndNumber(text, bracket, out end))
        {
            return false;
        }

        // Spaces may stand between the abbreviation and the bracket ("怀财字 【2024】7号").
        var runEnd = bracket;
        while (runEnd > 0 && text[runEnd - 1] is ' ' or '\u3000')
        {
            runEnd--;
        }

        // Walk left over organ and type characters.
        var runStart = runEnd;
        while (runStart > 0 && runEnd - runStart < MaxRun && IsOrganOrType(text[runStart - 1]))
        {
            runStart--;
        }

        // Keep the part that starts at an organ character.
        var head = runStart;
        while (head < runEnd && Organs.IndexOf(text[head]) < 0)
        {
            head++;
        }

        if (head == runEnd)
        {
            return false;
        }

        start = head;
        if (head > 0 && IsRegion(text, head - 1))
        {
            start = head - 1;
        }

        return true;
    }

    private static bool TryMatchYearAndNumber(string text, int bracket, out int end)
    {
        end = 0;
        var i = bracket + 1;
        while (i < text.Length && text[i] is ' ' or '\u3000')
        {
            i++;
        }

        if (i + 4 > text.Length || !(text[i] is '1' or '2') || !AllDigits(text, i, 4))
        {
            return false;
        }

        i += 4;
        while (i < text.Length && text[i] is ' ' or '\u3000')
        {
            i++;
        }

        if (i >= text.Length || CloseBrackets.IndexOf(text[i]) < 0)
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] is ' ' or '\u3000')
        {
            i++;
        }

        if (i < text.Length && text[i] == '第')
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && i - digits < 6 && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        if (i == digits || i >= text.Length || text[i] != '号')
        {
            return false;
        }

        end = i + 1;
        return true;
    }

    private static bool IsRegion(string text, int at)
    {
        var c = text[at];
        if (!IsChinese(c) || IsOrganOrType(c) || Boundaries.IndexOf(c) >= 0)
        {
            return false;
        }

        if (Provinces.IndexOf(c) >= 0 || at == 0)
        {
            return true;
        }

        var before = text[at - 1];
        return !IsChinese(before) || Boundaries.IndexOf(before) >= 0;
    }

    private static bool IsOrganOrType(char c) => Organs.IndexOf(c) >= 0 || Types.IndexOf(c) >= 0;

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool AllDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
