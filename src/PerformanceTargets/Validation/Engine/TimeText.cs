using PerformanceTargets.Model;

namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// How tables state a time: words (年底, 月底, 季度, 工作日, 当日, 每学期 …), a number with a time unit (6月, 30日内,
/// 3个工作日, 一周内, 两个月内, 十五个工作日), or a deadline tied to an event or a season of the year (开学前, 春节前,
/// 汛期前, 秋收前). Shared by the rules on 时效 targets (PT301) and on names that are targets (PT310). Stateless and
/// thread-safe.
/// </summary>
internal static class TimeText
{
    /// <summary>
    /// Words that name a time, a deadline or a schedule (全年, 按月, 每季 are times: the whole year, monthly, quarterly;
    /// 当日办结 and 即时办结 are the same day; 每半年, 按学期 are periods).
    /// </summary>
    public static readonly string[] Words =
    [
        "年底", "年内", "月底", "月末", "季度", "上半年", "下半年", "年末", "日前", "月前", "天内", "日内", "工作日",
        "全年", "当年", "每年", "每月", "每季", "每周", "按月", "按季", "按年", "月度",
        "当日", "当天", "即时办结", "每日", "每天", "按日", "按周", "每旬", "每半年", "按半年", "每学期", "按学期", "每学年", "按学年",
        "汛前",
    ];

    /// <summary>
    /// Events and seasons of the year a deadline may be tied to: before one of them (开学前, 春节之前, 汛期以前) or during it
    /// (春耕期间) is a time anyone can check. A closed list: the school year (开学, 学期, 入学, 寒假, 暑假), festivals and
    /// holidays (元旦, 春节, 清明, 端午, 中秋, 国庆), the farming year (春耕, 春播, 夏收, 夏播, 麦收, 三夏, 秋收, 秋播, 秋冬种),
    /// the weather's seasons (汛期, 雨季, 入冬, 冬季, 供暖季, 供暖期, 采暖季, 采暖期), the year's end (年底, 年末).
    /// </summary>
    public static readonly string[] Events =
    [
        "开学", "学期", "入学", "寒假", "暑假", "元旦", "春节", "清明", "端午", "中秋", "国庆", "春耕", "春播", "夏收", "夏播",
        "麦收", "三夏", "秋收", "秋播", "秋冬种", "汛期", "雨季", "入冬", "冬季", "供暖季", "供暖期", "采暖季", "采暖期", "年底", "年末",
    ];

    /// <summary>What ties a deadline to an <see cref="Events">event</see>: before it, at its end, or during it.</summary>
    private static readonly string[] EventEnds = ["前", "之前", "以前", "结束前", "期间"];

    private static readonly string[] UnitWords = ["个工作日", "工作日", "个月", "小时", "年", "月", "日", "天", "周"];

    /// <summary>Units after Chinese numerals that are a time wherever they stand (两个月, 十五个工作日, 四十八小时).</summary>
    private static readonly string[] NumeralUnits = ["个工作日", "工作日", "个月", "个小时", "小时", "个星期", "星期", "个季度"];

    /// <summary>
    /// Units after Chinese numerals that are a time only before a word of time (一周内, 十日前, 一年内, 三月底, 十二月三十一日):
    /// 九年义务教育, 一年级, 四周 and 统一月报 name no time.
    /// </summary>
    private static readonly string[] NumeralWeakUnits = ["年", "月", "日", "天", "周"];

    /// <summary>What may follow a weak unit for it to be a time: a deadline or a part of the period.</summary>
    private const string WeakUnitFollowers = "内前后底末以之度初中份旬上下左，。；、,; ";

    /// <summary>Characters before 一 that make a word of it, not a number (统一, 唯一, 同一 …).</summary>
    private const string OneWords = "统唯单万同划专之逐合不";

    /// <summary>
    /// Gets whether a text states a time: one of <see cref="Words"/>, a number followed by a time unit (2024年, 6月, 30日,
    /// 15天, 3个工作日, 48小时), the same in Chinese numerals (一周内, 两个月内, 十五个工作日), or a deadline tied to one of
    /// the <see cref="Events"/> (开学前, 春节前). A number alone ("127名村干部") is not a time.
    /// </summary>
    public static bool States(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9' or >= '０' and <= '９')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is >= '0' and <= '9' or >= '０' and <= '９')
                {
                    end++;
                }

                if (StartsAt(text, end, UnitWords) > 0)
                {
                    return true;
                }

                i = end - 1;
            }
            else if (c == '半' || ChineseNumber.IsNumeral(c))
            {
                var end = i + 1;
                while (end < text.Length && (text[end] == '半' || ChineseNumber.IsNumeral(text[end])))
                {
                    end++;
                }

                if (NumeralsStateTime(text, i, end))
                {
                    return true;
                }

                i = end - 1;
            }
        }

        foreach (var word in Words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return StatesEvent(text);
    }

    /// <summary>Gets whether a text ties a deadline to an event or a season (开学前, 秋季学期开学前, 春节之前, 春耕期间).</summary>
    private static bool StatesEvent(string text)
    {
        foreach (var word in Events)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (StartsAt(text, at + word.Length, EventEnds) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Gets whether the Chinese numerals from <paramref name="start"/> to before <paramref name="end"/> are followed by a time unit.</summary>
    private static bool NumeralsStateTime(string text, int start, int end)
    {
        // 统一, 唯一, 同一 … are words, not the number one.
        if (text[start] == '一' && end == start + 1 && start > 0 && OneWords.IndexOf(text[start - 1]) >= 0)
        {
            return false;
        }

        if (StartsAt(text, end, NumeralUnits) > 0)
        {
            return true;
        }

        var unit = StartsAt(text, end, NumeralWeakUnits);
        if (unit == 0)
        {
            return false;
        }

        var after = end + unit;
        if (after == text.Length || WeakUnitFollowers.IndexOf(text[after]) >= 0)
        {
            return true;
        }

        // A year or a month followed by the month or the day: 二〇二四年十二月, 十二月三十一日.
        return (text[end] == '月' || (text[end] == '年' && end - start == 4)) && (ChineseNumber.IsNumeral(text[after]) || text[after] is >= '0' and <= '9');
    }

    /// <summary>Gets the length of the first of <paramref name="words"/> that stands at <paramref name="position"/>, or 0.</summary>
    private static int StartsAt(string text, int position, string[] words)
    {
        foreach (var word in words)
        {
            if (position + word.Length <= text.Length && string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Gets whether a whole text is nothing but a time or a deadline: "2024年底前", "2024年12月31日前", "12月底前完成",
    /// "年内完成", "第四季度", "两个月内", "一周内完成". Such a name is a target, not a name.
    /// </summary>
    public static bool IsOnlyTime(string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        var anchored = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9' or >= '０' and <= '９')
            {
                continue;
            }

            if (c is '年' or '月' or '日' or '号' or '季' or '周' or '天')
            {
                anchored = true;
                continue;
            }

            if (ChineseNumber.IsNumeral(c))
            {
                continue;
            }

            if (c is not ('底' or '末' or '前' or '内' or '旬' or '上' or '中' or '下' or '半' or '度' or '第' or '个' or '.' or '-' or '/' or '完' or '成' or '以' or '之' or '当' or '本' or '止' or '截' or '至' or '全'))
            {
                return false;
            }
        }

        return anchored;
    }
}
