using PerformanceTargets.Model;

namespace PerformanceTargets.Import;

/// <summary>The indicator fields a table column can hold, in the text layout's indicator header and in flat tables.</summary>
internal enum IndicatorField
{
    None,
    Level1,
    Level2,
    Name,
    Description,
    Target,
    Comparator,
    MeasureUnit,
    Basis,
    Weight,
    Direction,
}

/// <summary>Header names of indicator columns (with their common variants) and the composition of split targets.</summary>
internal static class IndicatorColumns
{
    private static readonly Dictionary<string, IndicatorField> Headers = CellText.LabelMap(
        (IndicatorField.Level1, ["一级指标", "一级指标名称", "一级"]),
        (IndicatorField.Level2, ["二级指标", "二级指标名称", "二级"]),
        (IndicatorField.Name, ["三级指标", "三级指标名称", "三级", "指标名称", "绩效指标", "具体指标"]),
        (IndicatorField.Description, ["绩效指标描述", "指标描述", "指标解释", "指标说明", "指标内容", "指标定义", "指标内涵"]),
        (IndicatorField.Target, ["指标值", "目标值", "年度指标值", "指标值（年度）", "年度目标值", "绩效指标值", "指标目标值", "预期目标值", "指标值（数值）"]),
        (IndicatorField.Comparator, ["指标性质", "比较符", "运算符", "符号", "指标值性质", "比较方式"]),
        (IndicatorField.MeasureUnit, ["度量单位", "计量单位", "指标单位", "单位（计量）", "指标值单位"]),
        (IndicatorField.Basis, ["指标值确定依据", "指标值设定依据", "确定依据", "设定依据", "绩效标准", "评价标准", "指标值依据", "依据"]),
        (IndicatorField.Weight, ["权重", "权重（%）", "指标权重", "分值", "权重分值", "权重（分）"]),
        (IndicatorField.Direction, ["指标方向", "指标方向性", "方向", "方向性", "指标方向（正向/反向）"]));

    private static readonly string[] Comparators =
    [
        "≥", "≤", "=", ">", "<", "＞", "＜", "＝", "≧", "≦", ">=", "<=", "=>", "=<", "＞＝", "＜＝",
        "大于等于", "小于等于", "等于", "大于", "小于", "不低于", "不高于", "不少于", "不多于", "不超过", "不大于", "不小于", "高于", "低于", "达到",
    ];

    public static IndicatorField Lookup(string header) =>
        Headers.TryGetValue(CellText.LabelKey(header), out var field) ? field : IndicatorField.None;

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

    public static bool TryParseDirection(string? text, out IndicatorDirection? direction)
    {
        direction = null;
        var key = CellText.LabelKey(text);
        switch (key)
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
}
