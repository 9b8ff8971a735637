using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT103: a required level-1 category (产出, 效益, 满意度, and 成本 under 2021) missing from a table.</summary>
internal sealed class MissingCategoryRule : BuiltInRule
{
    private static readonly Text Message = new(
        "Table {0} has no {1} indicator.",
        "表{0}缺少{1}。",
        "Add at least one indicator under each of them: targets cover output, benefit and satisfaction (and cost under 2021).",
        "请在其下各设置至少一个指标：绩效目标应涵盖产出、效益、满意度（2021 版还有成本）。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT103;

    public override void Check(ValidationContext context)
    {
        var required = context.Framework.Categories;
        foreach (var project in context.Facts.Projects)
        {
            Check(context, project, project.Indicators, false, required);
            if (project.PeriodIndicators.Length > 0)
            {
                Check(context, project, project.PeriodIndicators, true, required);
            }
        }
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period, System.Collections.Immutable.ImmutableArray<IndicatorCategory> required)
    {
        var present = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Category is { } category)
            {
                present |= 1 << (int)category;
            }
        }

        List<IndicatorCategory>? missing = null;
        foreach (var category in required)
        {
            if ((present & (1 << (int)category)) == 0)
            {
                (missing ??= []).Add(category);
            }
        }

        if (missing is not null)
        {
            var names = context.Culture == Language.English
                ? string.Join(", ", missing.Select(c => IndicatorFramework.GetName(c) + " (" + IndicatorFramework.GetEnglishName(c).ToLowerInvariant() + ")"))
                : string.Join("、", missing.Select(IndicatorFramework.GetName));
            context.Add(PointerSpec.ForProject(project.Index, ListName(period)), Message, project.Table, names);
        }
    }
}

/// <summary>PT104: the 产出 indicators of a table lack one of 数量, 质量, 时效 (and 成本 under 2020).</summary>
internal sealed class MissingOutputDimensionRule : BuiltInRule
{
    private static readonly Text Message = new(
        "The output indicators of table {0} have no {1}.",
        "表{0}的产出指标缺少{1}。",
        "Add an output indicator for each: how much (数量), how well (质量), how soon (时效) and, under 2020, at what cost (成本).",
        "请各补充一个产出指标：数量、质量、时效，2020 版还有成本。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT104;

    public override void Check(ValidationContext context)
    {
        if (!context.Framework.Dimensions.TryGetValue(IndicatorCategory.Output, out var dimensions))
        {
            return;
        }

        foreach (var project in context.Facts.Projects)
        {
            Check(context, project, project.Indicators, false, dimensions);
            Check(context, project, project.PeriodIndicators, true, dimensions);
        }
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period, System.Collections.Immutable.ImmutableArray<IndicatorDimension> dimensions)
    {
        var anyOutput = false;
        var present = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Category == IndicatorCategory.Output)
            {
                anyOutput = true;
                if (indicator.Dimension is { } dimension)
                {
                    present |= 1 << (int)dimension;
                }
            }
        }

        // Without any output indicator PT103 already reports the table.
        if (!anyOutput)
        {
            return;
        }

        List<IndicatorDimension>? missing = null;
        foreach (var dimension in dimensions)
        {
            if ((present & (1 << (int)dimension)) == 0)
            {
                (missing ??= []).Add(dimension);
            }
        }

        if (missing is not null)
        {
            var names = context.Culture == Language.English
                ? string.Join(", ", missing.Select(d => IndicatorFramework.GetName(d) + " (" + IndicatorFramework.GetEnglishName(d).ToLowerInvariant() + ")"))
                : string.Join("、", missing.Select(IndicatorFramework.GetName));
            context.Add(PointerSpec.ForProject(project.Index, ListName(period)), Message, project.Table, names);
        }
    }
}

/// <summary>PT105: an indicator's name or target is empty (error); its description or basis is empty (warning).</summary>
internal sealed class EmptyIndicatorCellRule : BuiltInRule
{
    private static readonly Text NoName = new(
        "An indicator of table {0} has no name.",
        "表{0}有一个指标没有名称（三级指标）。",
        "Give the indicator's name (三级指标), or delete the row.",
        "请填写指标名称（三级指标），或删除该行。");

    private static readonly Text NoTarget = new(
        "Indicator \"{0}\" has no target value.",
        "指标“{0}”没有指标值。",
        "Give the target value, e.g. ≥95% or 21个.",
        "请填写指标值，例如 ≥95% 或 21个。");

    private static readonly Text NoDescription = new(
        "Indicator \"{0}\" has no description (绩效指标描述).",
        "指标“{0}”没有填写绩效指标描述。",
        "Say what the indicator measures.",
        "请说明该指标衡量什么。");

    private static readonly Text NoBasis = new(
        "Indicator \"{0}\" does not say where its target comes from (指标值确定依据).",
        "指标“{0}”没有填写指标值确定依据。",
        "Name the basis: 计划标准, 历史标准, 行业标准, 预算支出标准 or the document it comes from.",
        "请填写依据：计划标准、历史标准、行业标准、预算支出标准或所依据的文件。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT105;

    public override void Check(ValidationContext context)
    {
        // An absent description or basis is a finding only when the document has such a column at all.
        var anyDescription = false;
        var anyBasis = false;
        foreach (var project in context.Facts.Projects)
        {
            Scan(project.Indicators, ref anyDescription, ref anyBasis);
            Scan(project.PeriodIndicators, ref anyDescription, ref anyBasis);
        }

        foreach (var project in context.Facts.Projects)
        {
            Check(context, project, project.Indicators, false, anyDescription, anyBasis);
            Check(context, project, project.PeriodIndicators, true, anyDescription, anyBasis);
        }
    }

    private static void Scan(IndicatorFacts[] indicators, ref bool anyDescription, ref bool anyBasis)
    {
        foreach (var indicator in indicators)
        {
            anyDescription |= indicator.Indicator.Description is not null;
            anyBasis |= indicator.Indicator.Basis is not null;
        }
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period, bool anyDescription, bool anyBasis)
    {
        var list = ListName(period);
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i].Indicator;
            var name = indicators[i].Name.Trimmed;
            if (name.Length == 0)
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "name"), NoName, project.Table);
            }

            if (indicators[i].Target.Kind == TargetKind.Empty)
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "target"), NoTarget, name);
            }

            if (indicator.Description is null ? anyDescription : IsBlank(indicator.Description))
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "description"), NoDescription, name, severity: Severity.Warning);
            }

            if (indicator.Basis is null ? anyBasis : IsBlank(indicator.Basis))
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i, "basis"), NoBasis, name, severity: Severity.Warning);
            }
        }
    }
}
