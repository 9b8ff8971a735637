using System.Collections.Immutable;
using System.Text.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json;

/// <summary>Converts between the wire DTOs and the immutable model. Input DTOs have passed <see cref="StructureChecker"/>.</summary>
internal static class DtoMapper
{
    public static TargetDocument ToModel(DocumentDto d) => new()
    {
        SchemaVersion = d.SchemaVersion!,
        Framework = IndicatorFramework.TryGet(d.Framework, out var framework) ? framework : null,
        Title = d.Title,
        FiscalYear = d.FiscalYear!.Value,
        Stage = d.Stage switch { "draft" => DocumentStage.Draft, "final" => DocumentStage.Final, _ => null },
        Department = d.Department is { } department
            ? new Department { Code = department.Code, Name = department.Name, InternalUnits = Strings(department.InternalUnits), Extensions = Extensions(department.Extra) }
            : null,
        PreparedBy = d.PreparedBy,
        ReviewedBy = d.ReviewedBy,
        AmountUnit = d.AmountUnit switch { "万元" => AmountUnit.TenThousandYuan, "元" => AmountUnit.Yuan, _ => null },
        DepartmentBudget = d.DepartmentBudget is { } budget ? Budget(budget) : null,
        OverallTargets = d.OverallTargets is { } overall
            ? new OverallTargets { Overall = Strings(overall.Overall), Itemized = Strings(overall.Itemized), Safeguards = Strings(overall.Safeguards), Extensions = Extensions(overall.Extra) }
            : null,
        Projects = Map(d.Projects!, static p => Project(p!)),
        Extensions = Extensions(d.Extra),
    };

    public static DocumentDto ToDto(TargetDocument m) => new()
    {
        SchemaVersion = m.SchemaVersion,
        Framework = m.Framework?.Id,
        Title = m.Title,
        FiscalYear = m.FiscalYear,
        Stage = m.Stage switch { DocumentStage.Draft => "draft", DocumentStage.Final => "final", _ => null },
        Department = m.Department is { } department
            ? new DepartmentDto { Code = department.Code, Name = department.Name, InternalUnits = StringsDto(department.InternalUnits), Extra = ExtraDto(department.Extensions) }
            : null,
        PreparedBy = m.PreparedBy,
        ReviewedBy = m.ReviewedBy,
        AmountUnit = m.AmountUnit switch { AmountUnit.TenThousandYuan => "万元", AmountUnit.Yuan => "元", _ => null },
        DepartmentBudget = m.DepartmentBudget is { } budget ? BudgetDto(budget) : null,
        OverallTargets = m.OverallTargets is { } overall
            ? new OverallTargetsDto { Overall = StringsDto(overall.Overall, keepEmpty: true), Itemized = StringsDto(overall.Itemized, keepEmpty: true), Safeguards = StringsDto(overall.Safeguards, keepEmpty: true), Extra = ExtraDto(overall.Extensions) }
            : null,
        Projects = m.Projects.Select(p => (ProjectDto?)ProjectDto(p)).ToList(),
        Extra = ExtraDto(m.Extensions),
    };

    private static Project Project(ProjectDto d) => new()
    {
        Sequence = d.Sequence,
        Unit = d.Unit is { } unit ? new BudgetUnit { Code = unit.Code, Name = unit.Name, Extensions = Extensions(unit.Extra) } : null,
        Code = d.Code,
        Name = d.Name!,
        FundingReference = d.FundingReference,
        Budget = Budget(d.Budget!),
        FundUse = d.FundUse,
        SpendingPlan = d.SpendingPlan is null
            ? []
            : Map(d.SpendingPlan, static s => new SpendingPoint { Month = s!.Month!.Value, CumulativePercent = s.CumulativePercent!.Value, Extensions = Extensions(s.Extra) }),
        Goals = Strings(d.Goals),
        Indicators = Indicators(d.Indicators),
        Attribute = d.Attribute switch { "new" => ProjectAttribute.New, "continuing" => ProjectAttribute.Continuing, _ => null },
        ImplementationPeriod = d.ImplementationPeriod is { } period
            ? new ImplementationPeriod { Start = period.Start!, End = period.End!, Extensions = Extensions(period.Extra) }
            : null,
        PeriodGoals = Strings(d.PeriodGoals),
        PeriodIndicators = Indicators(d.PeriodIndicators),
        ReviewOpinion = d.ReviewOpinion,
        Extensions = Extensions(d.Extra),
    };

    private static ProjectDto ProjectDto(Project m) => new()
    {
        Sequence = m.Sequence,
        Unit = m.Unit is { } unit ? new BudgetUnitDto { Code = unit.Code, Name = unit.Name, Extra = ExtraDto(unit.Extensions) } : null,
        Code = m.Code,
        Name = m.Name,
        FundingReference = m.FundingReference,
        Budget = BudgetDto(m.Budget),
        FundUse = m.FundUse,
        SpendingPlan = m.SpendingPlan.Select(s => (SpendingPointDto?)new SpendingPointDto { Month = s.Month, CumulativePercent = s.CumulativePercent, Extra = ExtraDto(s.Extensions) }).ToList(),
        Goals = StringsDto(m.Goals, keepEmpty: true),
        Indicators = IndicatorsDto(m.Indicators, keepEmpty: true),
        Attribute = m.Attribute switch { ProjectAttribute.New => "new", ProjectAttribute.Continuing => "continuing", _ => null },
        ImplementationPeriod = m.ImplementationPeriod is { } period
            ? new ImplementationPeriodDto { Start = period.Start, End = period.End, Extra = ExtraDto(period.Extensions) }
            : null,
        PeriodGoals = StringsDto(m.PeriodGoals),
        PeriodIndicators = IndicatorsDto(m.PeriodIndicators, keepEmpty: false),
        ReviewOpinion = m.ReviewOpinion,
        Extra = ExtraDto(m.Extensions),
    };

    private static Budget Budget(BudgetDto d) => new() { Total = d.Total!.Value, Fiscal = d.Fiscal, Other = d.Other, Extensions = Extensions(d.Extra) };

    private static BudgetDto BudgetDto(Budget m) => new() { Total = m.Total, Fiscal = m.Fiscal, Other = m.Other, Extra = ExtraDto(m.Extensions) };

    private static ImmutableArray<Indicator> Indicators(List<IndicatorDto?>? list) =>
        list is null ? [] : Map(list, static i => Indicator(i!));

    private static List<IndicatorDto?>? IndicatorsDto(ImmutableArray<Indicator> list, bool keepEmpty) =>
        list.IsEmpty && !keepEmpty ? null : list.Select(i => (IndicatorDto?)IndicatorDto(i)).ToList();

    private static Indicator Indicator(IndicatorDto d) => new()
    {
        Level1 = d.Level1!,
        Level2 = d.Level2!,
        Name = d.Name!,
        Description = d.Description,
        Target = d.Target!,
        Basis = d.Basis,
        Weight = d.Weight,
        Direction = d.Direction switch { "positive" => IndicatorDirection.Positive, "negative" => IndicatorDirection.Negative, _ => null },
        TargetValue = d.TargetValue is { } value ? TargetValue(value) : null,
        Extensions = Extensions(d.Extra),
    };

    private static IndicatorDto IndicatorDto(Indicator m) => new()
    {
        Level1 = m.Level1,
        Level2 = m.Level2,
        Name = m.Name,
        Description = m.Description,
        Target = m.Target,
        Basis = m.Basis,
        Weight = m.Weight,
        Direction = m.Direction switch { IndicatorDirection.Positive => "positive", IndicatorDirection.Negative => "negative", _ => null },
        TargetValue = m.TargetValue is { } value ? TargetValueDto(value) : null,
        Extra = ExtraDto(m.Extensions),
    };

    private static TargetValue TargetValue(TargetValueDto d) => new()
    {
        Kind = d.Kind == "quantitative" ? TargetValueKind.Quantitative : TargetValueKind.Qualitative,
        Comparator = d.Comparator switch
        {
            ">=" => Comparator.GreaterOrEqual,
            ">" => Comparator.Greater,
            "=" => Comparator.Equal,
            "<=" => Comparator.LessOrEqual,
            "<" => Comparator.Less,
            _ => null,
        },
        Value = d.Value,
        Unit = d.Unit,
        Text = d.Text,
        Extensions = Extensions(d.Extra),
    };

    /// <summary>The exchange format's spelling of a comparator (<c>&gt;=</c>, <c>&gt;</c>, <c>=</c>, <c>&lt;=</c>, <c>&lt;</c>), or null for none.</summary>
    internal static string? ComparatorText(Comparator? comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => ">=",
        Comparator.Greater => ">",
        Comparator.Equal => "=",
        Comparator.LessOrEqual => "<=",
        Comparator.Less => "<",
        _ => null,
    };

    private static TargetValueDto TargetValueDto(TargetValue m) => new()
    {
        Kind = m.Kind == TargetValueKind.Quantitative ? "quantitative" : "qualitative",
        Comparator = ComparatorText(m.Comparator),
        Value = m.Value,
        Unit = m.Unit,
        Text = m.Text,
        Extra = ExtraDto(m.Extensions),
    };

    private static ImmutableArray<string> Strings(List<string?>? list) =>
        list is null ? [] : Map(list, static s => s!);

    private static List<string?>? StringsDto(ImmutableArray<string> list, bool keepEmpty = false) =>
        list.IsEmpty && !keepEmpty ? null : list.Select(s => (string?)s).ToList();

    private static ImmutableArray<TOut> Map<TIn, TOut>(List<TIn> list, Func<TIn, TOut> map)
    {
        if (list.Count == 0)
        {
            return ImmutableArray<TOut>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<TOut>(list.Count);
        foreach (var item in list)
        {
            builder.Add(map(item));
        }

        return builder.MoveToImmutable();
    }

    private static ExtensionData Extensions(Dictionary<string, JsonElement>? extra) =>
        extra is null || extra.Count == 0 ? ExtensionData.Empty : ExtensionData.Create(extra);

    private static Dictionary<string, JsonElement>? ExtraDto(ExtensionData extensions)
    {
        if (extensions.IsEmpty)
        {
            return null;
        }

        var extra = new Dictionary<string, JsonElement>(extensions.Count, StringComparer.Ordinal);
        foreach (var pair in extensions)
        {
            extra.Add(pair.Key, pair.Value);
        }

        return extra;
    }
}
