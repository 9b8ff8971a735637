namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// How tables state a time: words (年底, 月底, 季度, 工作日 …) and numbers with a time unit (6月, 30日内, 3个工作日).
/// Shared by the rules on 时效 targets (PT301) and on names that are targets (PT310). Stateless and thread-safe.
/// </summary>
internal static class TimeText
{
    /// <summary>Words that name a time, a deadline or a schedule (全年, 按月, 每季 are times: the whole year, monthly, quarterly).</summary>
    public static readonly string[] Words =
    [
        "年底", "年内", "月底", "月末", "季度", "上半年", "下半年", "年末", "日前", "月前", "天内", "日内", "工作日",
        "全年", "当年", "每年", "每月", "每季", "每周", "按月", "按季", "按年", "月度",
    ];

    private static readonly string[] UnitWords = ["个工作日", "工作日", "个月", "小时", "年", "月", "日", "天", "周"];

    /// <summary>
    /// Gets whether a text states a time: one of <see cref="Words"/>, or a number followed by a time unit (2024年,
    /// 6月, 30日, 15天, 3个工作日, 48小时). A number alone ("127名村干部") is not a time.
    /// </summary>
    public static bool States(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        for (var i = 0; i < text!.Length; i++)
        {
            if (text[i] is >= '0' and <= '9' or >= '０' and <= '９')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is >= '0' and <= '9' or >= '０' and <= '９')
                {
                    end++;
                }

                foreach (var unit in UnitWords)
                {
                    if (end + unit.Length <= text.Length && string.CompareOrdinal(text, end, unit, 0, unit.Length) == 0)
                    {
                        return true;
                    }
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

        return false;
    }

    /// <summary>
    /// Gets whether a whole text is nothing but a time or a deadline: "2024年底前", "2024年12月31日前", "12月底前完成",
    /// "年内完成", "第四季度". Such a name is a target, not a name.
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

            if (c is '年' or '月' or '日' or '号' or '季')
            {
                anchored = true;
                continue;
            }

            if (c is not ('底' or '末' or '前' or '内' or '旬' or '上' or '中' or '下' or '半' or '度' or '第' or '一' or '二' or '三' or '四' or '.' or '-' or '/' or '完' or '成' or '以' or '之' or '当' or '本' or '止' or '截' or '至' or '全'))
            {
                return false;
            }
        }

        return anchored;
    }
}
