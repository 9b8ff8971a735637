using PerformanceTargets.Import.Cells;
using PerformanceTargets.Import.Layouts;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Building;

/// <summary>
/// The cells of one indicator row by field, as a layout found them under its header: a field whose column the table
/// has holds a cell (an empty one when the row has none there), a field without a column holds nothing. A layout fills
/// one of these per row (and may reuse it); <see cref="ProjectDraft.Indicator"/> reads it.
/// </summary>
internal sealed class IndicatorCells
{
    private readonly SourceCell?[] _cells = new SourceCell?[ImportField.Remedy - ImportField.Level1 + 1];

    /// <summary>Gets or sets the cell of an indicator field; null when the table has no column for it.</summary>
    public SourceCell? this[ImportField field]
    {
        get => _cells[field - ImportField.Level1];
        set => _cells[field - ImportField.Level1] = value;
    }

    public void Clear() => Array.Clear(_cells, 0, _cells.Length);

    /// <summary>Gets whether every cell is blank (a project row without an indicator).</summary>
    public bool IsBlank() => Array.TrueForAll(_cells, c => c is not { } cell || cell.IsBlank);
}

/// <summary>The values of indicator cells: split targets composed, directions read.</summary>
internal static class IndicatorValues
{
    private static readonly string[] Comparators =
    [
        "≥", "≤", "=", ">", "<", "＞", "＜", "＝", "≧", "≦", ">=", "<=", "=>", "=<", "＞＝", "＜＝",
        "大于等于", "小于等于", "等于", "大于", "小于", "不低于", "不高于", "不少于", "不多于", "不超过", "不大于", "不小于", "高于", "低于", "达到",
    ];

    /// <summary>
    /// Composes a verbatim target from split columns: comparator, number, unit ("≥" "95" "%" → "≥95%"). 定量/定性
    /// are kinds, not comparators, and are not written; a qualitative target gets no unit. Parts already present in
    /// the value are not repeated.
    /// </summary>
    public static string ComposeTarget(string? comparator, string value, string? unit, out bool unknownComparator)
    {
        unknownComparator = false;
        var result = value;
        var kind = CellText.LabelKey(comparator);
        var qualitative = kind is "定性" or "定性指标";
        if (!CellText.IsBlank(comparator) && kind is not ("定量" or "定性" or "定量指标" or "定性指标"))
        {
            unknownComparator = Array.IndexOf(Comparators, kind) < 0;
            if (!value.StartsWith(comparator!, StringComparison.Ordinal))
            {
                result = comparator + result;
            }
        }

        if (!qualitative && !CellText.IsBlank(unit) && !value.EndsWith(unit!, StringComparison.Ordinal) && !CellText.IsBlank(value))
        {
            result += unit;
        }

        return result;
    }

    /// <summary>Reads 正向/反向 (also 正/反, 负向, ↑/↓ …); true with a null direction for an empty cell, false for any other text.</summary>
    public static bool TryParseDirection(string? text, out IndicatorDirection? direction)
    {
        direction = null;
        switch (CellText.LabelKey(text))
        {
            case "":
                return true;
            case "正向" or "正向指标" or "正" or "positive" or "Positive" or "↑" or "越大越好" or "越高越好":
                direction = IndicatorDirection.Positive;
                return true;
            case "反向" or "反向指标" or "反" or "负向" or "负向指标" or "negative" or "Negative" or "↓" or "越小越好" or "越低越好":
                direction = IndicatorDirection.Negative;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads 新增/延续 (also 新增项目, 新增性项目, 新建, 延续项目, 延续性项目, 续建, 持续); null for any other text.</summary>
    public static ProjectAttribute? ParseAttribute(string text) => CellText.LabelKey(text) switch
    {
        "新增" or "新增项目" or "新增性" or "新增性项目" or "新建" => ProjectAttribute.New,
        "延续" or "延续项目" or "延续性" or "延续性项目" or "续建" or "持续" => ProjectAttribute.Continuing,
        _ => null,
    };
}
