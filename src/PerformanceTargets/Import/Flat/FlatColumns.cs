using PerformanceTargets.Model;

namespace PerformanceTargets.Import.Flat;

/// <summary>What a column of a flat table holds.</summary>
internal enum FlatField
{
    None,
    Ignored,
    UnitName,
    UnitCode,
    ProjectName,
    ProjectCode,
    Total,
    Fiscal,
    Other,
    FundUse,
    Goals,
    PeriodGoals,
    Attribute,
    Period,
    Review,
    Year,
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

/// <summary>The header names of flat-table columns, with their common variants; docs/import.md lists them.</summary>
internal static class FlatColumns
{
    private static readonly Dictionary<string, FlatField> Names = CellText.LabelMap(
        (FlatField.UnitName, ["单位名称", "预算单位", "预算单位名称", "部门名称", "预算部门", "预算部门名称", "主管部门", "单位（部门）名称"]),
        (FlatField.UnitCode, ["单位编码", "单位代码", "预算单位编码", "预算单位代码", "部门编码", "部门代码"]),
        (FlatField.ProjectName, ["项目名称", "项目"]),
        (FlatField.ProjectCode, ["项目编码", "项目代码", "项目编号"]),
        (FlatField.Total, ["预算数", "预算金额", "年度预算数", "资金总额", "年度资金总额", "项目金额", "预算资金", "项目预算", "项目预算数", "总金额", "预算总额", "金额", "年度预算"]),
        (FlatField.Fiscal, ["财政资金", "其中：财政资金", "财政拨款", "其中：财政拨款", "财政性资金"]),
        (FlatField.Other, ["其他资金", "其中：其他资金", "其他来源资金"]),
        (FlatField.FundUse, ["资金用途", "项目资金用途", "资金主要用途"]),
        (FlatField.Goals, ["年度目标", "年度绩效目标", "绩效目标", "项目绩效目标", "年度总体目标", "年度总目标"]),
        (FlatField.PeriodGoals, ["实施期目标", "实施期绩效目标", "长期目标", "长期绩效目标", "总体目标"]),
        (FlatField.Attribute, ["项目属性"]),
        (FlatField.Period, ["项目实施期", "实施期", "项目期限"]),
        (FlatField.Review, ["财政部门审核意见", "审核意见"]),
        (FlatField.Year, ["年度", "预算年度", "年份"]),
        (FlatField.Ignored, ["序号", "编号", "行号"]));

    /// <summary>Maps a header cell to its field; <paramref name="seen"/> (the fields of earlier columns) settles the ambiguous "单位".</summary>
    public static FlatField Lookup(string header, ISet<FlatField>? seen)
    {
        var key = StripAmountUnit(CellText.LabelKey(header), out _);
        if (key.Length == 0)
        {
            return FlatField.None;
        }

        if (key == "单位")
        {
            // 单位 is the measurement unit after the target column, the budget unit before it.
            return seen is not null && (seen.Contains(FlatField.Target) || seen.Contains(FlatField.UnitName)) ? FlatField.MeasureUnit : FlatField.UnitName;
        }

        if (Names.TryGetValue(key, out var field))
        {
            return field;
        }

        return IndicatorColumns.Lookup(key) switch
        {
            IndicatorField.Level1 => FlatField.Level1,
            IndicatorField.Level2 => FlatField.Level2,
            IndicatorField.Name => FlatField.Name,
            IndicatorField.Description => FlatField.Description,
            IndicatorField.Target => FlatField.Target,
            IndicatorField.Comparator => FlatField.Comparator,
            IndicatorField.MeasureUnit => FlatField.MeasureUnit,
            IndicatorField.Basis => FlatField.Basis,
            IndicatorField.Weight => FlatField.Weight,
            IndicatorField.Direction => FlatField.Direction,
            _ => FlatField.None,
        };
    }

    /// <summary>Reads the amount unit from a header such as 预算数（元） or 预算数(万元).</summary>
    public static AmountUnit? AmountUnitOf(string header)
    {
        StripAmountUnit(CellText.LabelKey(header), out var unit);
        return unit;
    }

    public static string DisplayName(FlatField field) => field switch
    {
        FlatField.UnitName => "单位名称",
        FlatField.UnitCode => "单位编码",
        FlatField.ProjectName => "项目名称",
        FlatField.ProjectCode => "项目编码",
        FlatField.Total => "预算数",
        FlatField.Fiscal => "财政资金",
        FlatField.Other => "其他资金",
        FlatField.FundUse => "资金用途",
        FlatField.Goals => "年度目标",
        FlatField.PeriodGoals => "实施期目标",
        FlatField.Attribute => "项目属性",
        FlatField.Period => "项目实施期",
        FlatField.Review => "财政部门审核意见",
        FlatField.Year => "年度",
        FlatField.Level1 => "一级指标",
        FlatField.Level2 => "二级指标",
        FlatField.Name => "三级指标",
        FlatField.Description => "指标解释",
        FlatField.Target => "指标值",
        FlatField.Comparator => "指标性质",
        FlatField.MeasureUnit => "度量单位",
        FlatField.Basis => "指标值确定依据",
        FlatField.Weight => "权重",
        FlatField.Direction => "指标方向性",
        _ => "序号",
    };

    private static string StripAmountUnit(string key, out AmountUnit? unit)
    {
        unit = null;
        foreach (var (suffix, value) in new[] { ("（万元）", AmountUnit.TenThousandYuan), ("（元）", AmountUnit.Yuan), ("万元", AmountUnit.TenThousandYuan) })
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = value;
                return key.Substring(0, key.Length - suffix.Length);
            }
        }

        return key;
    }
}
