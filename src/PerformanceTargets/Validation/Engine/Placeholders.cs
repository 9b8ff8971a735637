using PerformanceTargets.Model;

namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// Template placeholder text: what a form's template puts in a cell for the filler to replace (目标内容1, 指标1, XXX,
/// ××人, ≥**%, ★★★, 某某, 请填写 …, 待定). One detector for goals (PT102) and indicator cells (PT309), so that both
/// agree on what a placeholder is. Stateless and thread-safe.
/// </summary>
internal static class Placeholders
{
    /// <summary>Goals that are only a refusal or a stand-in (for goals they mean the same as a placeholder).</summary>
    private static readonly HashSet<string> WholeGoal = new(StringComparer.Ordinal)
    {
        "待定", "待补充", "待填写", "待完善", "待确定", "暂无", "无", "略", "同上", "空", "无内容", "N/A", "NA", "TBD", "…", "……", "...",
    };

    /// <summary>
    /// The marks a cell left out is filled with, alone or repeated (<see cref="IsOmission"/>): hyphens and dashes of every
    /// width (-, －, ‐, ‒, –, —, ―, ─), slashes and backslashes (/, ／, \, ＼), a cross (×, ✕, ╳).
    /// </summary>
    private const string OmissionMarks = "-－‐‑‒–—―─/／\\＼×✕╳";

    /// <summary>
    /// Indicator cells that are only a stand-in. Refusals (无, 暂无, 不涉及, /, —) are not here: as targets they are
    /// rule PT308's (a vague target), and a ditto (同上) is a real, if lazy, value.
    /// </summary>
    private static readonly HashSet<string> WholeCell = new(StringComparer.Ordinal)
    {
        "待定", "待补充", "待填写", "待完善", "待确定", "待核定", "空", "无内容", "TBD", "…", "……", "...", "。。。",
    };

    /// <summary>The longest text of <see cref="WholeCell"/>: longer cells are not looked up.</summary>
    private static readonly int WholeCellLength = WholeCell.Max(w => w.Length);

    /// <summary>Instructions of the template, anywhere in the text.</summary>
    private static readonly string[] Instructions = ["请填写", "请输入", "此处填写", "在此填写", "请在此", "填写说明", "某某"];

    /// <summary>Template labels, alone or followed by a number and nothing else: 目标内容1, 指标1, 三级指标一, 指标值.</summary>
    private static readonly string[] NumberedLabels =
    [
        "绩效目标内容", "年度目标内容", "目标内容", "绩效目标", "年度目标", "总体目标", "目标", "内容",
        "三级指标名称", "三级指标", "二级指标", "一级指标", "绩效指标", "指标名称", "指标内容", "指标描述", "指标值", "目标值", "指标", "描述",
    ];

    private static readonly HashSet<string> Labels = new(NumberedLabels, StringComparer.Ordinal);

    private static readonly int LabelLength = NumberedLabels.Max(l => l.Length);

    /// <summary>The marks of <see cref="MarkClass"/> and the first characters of the instructions.</summary>
    private const string MarkText = "XxＸｘ×*＊★☆〇□○■?？请此填某";

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> MarkSearch = System.Buffers.SearchValues.Create(MarkText);
#else
    private static readonly ulong[] MarkCharacters = BuildMarkCharacters();
#endif

    private static readonly char[] FinalStops = ['。', '.', '；', ';', '，', ',', '：', ':'];

    /// <summary>The longest goal that is looked up whole (<see cref="WholeGoal"/> and the labels): longer ones are not copied.</summary>
    private static readonly int ShortGoal = Math.Max(WholeGoal.Max(w => w.Length), LabelLength);

    /// <summary>Gets whether a goal (绩效目标) is placeholder text, or only a refusal or a stand-in (PT102).</summary>
    public static bool IsGoal(string goal)
    {
        CoreRange(goal, out var start, out var length);
        if (length == 0)
        {
            return false;
        }

        if (length <= ShortGoal)
        {
            var text = length == goal.Length ? goal : goal.Substring(start, length);
            return WholeGoal.Contains(text) || IsOmission(text.AsSpan()) || HasMarks(text.AsSpan()) || IsNumberedLabel(text.AsSpan());
        }

        // A goal is a sentence or more: read where it stands, without a copy, and only when a mark may be in it.
        var core = goal.AsSpan(start, length);
        return IsOmission(core) || (HasMarkCharacter(core) && HasMarks(core)) || IsNumberedLabel(core);
    }

    /// <summary>
    /// Gets whether a text is nothing but the marks a cell left out is filled with: dashes, slashes or a cross, alone or
    /// repeated (-, --, —, ——, －, ―, /, ／, \, ×). A goal that is one is a placeholder (PT102); a target that is one is a
    /// refusal (PT308), unless it is a run of template marks (××), which is PT309's.
    /// </summary>
    public static bool IsOmission(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (OmissionMarks.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether an indicator cell (name, description, target, basis) is or contains placeholder text (PT309).</summary>
    public static bool IsCell(string? cell)
    {
        if (cell is null || cell.Length == 0 || !MayBePlaceholder(cell))
        {
            return false;
        }

        var text = Core(cell);
        return text.Length > 0 && ((text.Length <= WholeCellLength && WholeCell.Contains(text)) || HasMarks(text.AsSpan()) || IsNumberedLabel(text.AsSpan()));
    }

    /// <summary>
    /// A pass without allocation that rules out almost every real cell (it runs on four cells of every row): no mark,
    /// no instruction character, and neither a short text starting as a stand-in word or label does nor a text ending
    /// in a number after such a start.
    /// </summary>
    private static bool MayBePlaceholder(string cell)
    {
        if (HasMarkCharacter(cell.AsSpan()))
        {
            return true;
        }

        IndicatorTarget.WhiteBounds(cell, out var start, out var end);
        if (start == end)
        {
            return false;
        }

        var first = cell[start];
        var length = end - start;
        return (StartsLikeLabel(cell, start) && (length <= LabelLength || IsNumberingChar(cell[end - 1]))) ||
               (length <= WholeCellLength && first is '待' or '空' or '无' or 'T' or '…' or '.' or '。');
    }

    /// <summary>Whether a text starts as one of <see cref="NumberedLabels"/> may ("年度目标", not "年度工作计划").</summary>
    private static bool StartsLikeLabel(string text, int start) => text[start] switch
    {
        '年' => At(text, start, "年度目标"),
        '目' => At(text, start, "目标"),
        '总' => At(text, start, "总体目标"),
        '内' => At(text, start, "内容"),
        '三' or '二' or '一' => At(text, start + 1, "级指标"),
        '绩' => At(text, start, "绩效"),
        '指' => At(text, start, "指标"),
        '描' => At(text, start, "描述"),
        _ => false,
    };

    private static bool At(string text, int start, string word) =>
        text.Length - start >= word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0;

#if !NET8_0_OR_GREATER
    /// <summary>A bit per character: the marks of <see cref="MarkClass"/> and the first characters of the instructions.</summary>
    private static ulong[] BuildMarkCharacters()
    {
        var bits = new ulong[1024];
        foreach (var c in MarkText)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }
#endif

    /// <summary>Gets whether a text has a character of <see cref="MarkText"/>: without one, it has no marks and no instruction.</summary>
    private static bool HasMarkCharacter(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        return text.IndexOfAny(MarkSearch) >= 0;
#else
        foreach (var c in text)
        {
            if ((MarkCharacters[c >> 6] & (1UL << (c & 63))) != 0)
            {
                return true;
            }
        }

        return false;
#endif
    }

    /// <summary>Gets the text without white space around it and, when more is left, without its final stops (a text of stops only keeps them).</summary>
    private static string Core(string text)
    {
        CoreRange(text, out var start, out var length);
        return length == text.Length ? text : text.Substring(start, length);
    }

    /// <summary>Where <see cref="Core"/> of a text stands in it.</summary>
    private static void CoreRange(string text, out int start, out int length)
    {
        IndicatorTarget.WhiteBounds(text, out start, out var end);
        if (end - start > 1 && Array.IndexOf(FinalStops, text[end - 1]) >= 0)
        {
            var whole = end;
            while (end > start && Array.IndexOf(FinalStops, text[end - 1]) >= 0)
            {
                end--;
            }

            // A text of stops only ("...", "。。。") is a stand-in as it stands, not an empty text.
            if (end == start)
            {
                end = whole;
            }
        }

        length = end - start;
    }

    /// <summary>
    /// Marks a template leaves inside a text: a run of two or more X (XX, xxx, ＸＸ), ×, *, ＊, ★, ☆, □, ○, ？, or of
    /// 〇 not beside a Chinese numeral (二〇〇〇年 is a year); or an instruction (请填写, 某某 …). One pass over the text.
    /// </summary>
    private static bool HasMarks(ReadOnlySpan<char> text)
    {
        var run = 0;
        var previous = '\0';
        var instruction = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mark = MarkClass(c);
            if (mark != 0 && mark == MarkClass(previous))
            {
                run++;
            }
            else
            {
                run = mark != 0 ? 1 : 0;
            }

            if (run >= 2 && (mark != 3 || (!IsChineseNumeral(i - run >= 0 ? text[i - run] : '\0') && !IsChineseNumeral(i + 1 < text.Length ? text[i + 1] : '\0'))))
            {
                return true;
            }

            instruction |= c is '请' or '此' or '填' or '某';
            previous = c;
        }

        if (instruction)
        {
            foreach (var word in Instructions)
            {
                if (text.IndexOf(word.AsSpan()) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The kind of placeholder mark a character is (0: none); a run is of one kind.</summary>
    private static int MarkClass(char c) => c switch
    {
        'X' or 'x' or 'Ｘ' or 'ｘ' or '×' => 1,
        '*' or '＊' or '★' or '☆' => 2,
        '〇' => 3,
        '□' or '○' or '■' => 4,
        '?' or '？' => 5,
        _ => 0,
    };

    private static bool IsChineseNumeral(char c) => c is '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇';

    private static bool IsNumberedLabel(ReadOnlySpan<char> text)
    {
        var first = text[0];
        if (first is not ('绩' or '年' or '目' or '总' or '内' or '三' or '二' or '一' or '指' or '描'))
        {
            return false;
        }

        if (!IsNumberingChar(text[text.Length - 1]))
        {
            return text.Length <= LabelLength && Labels.Contains(text.ToString());
        }

        foreach (var label in NumberedLabels)
        {
            if (text.StartsWith(label.AsSpan()) && IsNumbering(text, label.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumbering(ReadOnlySpan<char> text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!IsNumberingChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumberingChar(char c) =>
        c is (>= '0' and <= '9') or (>= '０' and <= '９') or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '、' or ' ' or '(' or ')' or '（' or '）';
}
