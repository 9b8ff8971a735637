using System.Collections.Immutable;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Model;

/// <summary>
/// One project table of part 2 (项目支出绩效目标表, <c>projects[]</c>): code and name, budget and use of funds,
/// spending plan, goals and the indicator table.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is structural. Text is verbatim as the source gave it.</remarks>
public sealed record Project
{
    private ImmutableArray<SpendingPoint> _spendingPlan = ImmutableArray<SpendingPoint>.Empty;
    private ImmutableArray<string> _goals = ImmutableArray<string>.Empty;
    private ImmutableArray<Indicator> _indicators = ImmutableArray<Indicator>.Empty;
    private ImmutableArray<string> _periodGoals = ImmutableArray<string>.Empty;
    private ImmutableArray<Indicator> _periodIndicators = ImmutableArray<Indicator>.Empty;
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the table's sequence number as printed (<c>sequence</c>, 表序号), or null.</summary>
    public int? Sequence { get; init; }

    /// <summary>Gets the budget unit the table is headed with (<c>unit</c>), such as 816001 怀来县官厅镇人民政府.</summary>
    public BudgetUnit? Unit { get; init; }

    /// <summary>Gets the project code (<c>code</c>, 项目编码), such as <c>13073024P00888510015C</c>; null when the source has none.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the project name (<c>name</c>, 项目名称), verbatim.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the issuing document number found in the name (<c>fundingReference</c>, 文号), such as 怀财字【2024】7号.</summary>
    public string? FundingReference { get; init; }

    /// <summary>Gets the budget (<c>budget</c>, 预算数 / 财政资金 / 其他资金).</summary>
    public required Budget Budget { get; init; }

    /// <summary>Gets the use of funds (<c>fundUse</c>, 资金用途).</summary>
    public string? FundUse { get; init; }

    /// <summary>Gets the spending plan (<c>spendingPlan</c>, 资金支出计划（%）), in source order. Never default.</summary>
    public ImmutableArray<SpendingPoint> SpendingPlan { get => _spendingPlan; init => _spendingPlan = Equality.OrEmpty(value); }

    /// <summary>Gets the annual goals (<c>goals</c>, 绩效目标), one per numbered goal, numbering removed. Never default.</summary>
    public ImmutableArray<string> Goals { get => _goals; init => _goals = Equality.OrEmpty(value); }

    /// <summary>Gets the annual indicator rows (<c>indicators</c>), in table order. Never default.</summary>
    public ImmutableArray<Indicator> Indicators { get => _indicators; init => _indicators = Equality.OrEmpty(value); }

    /// <summary>Gets 项目属性 (<c>attribute</c>): new or continuing; null when not stated.</summary>
    public ProjectAttribute? Attribute { get; init; }

    /// <summary>Gets 项目实施期 (<c>implementationPeriod</c>), or null.</summary>
    public ImplementationPeriod? ImplementationPeriod { get; init; }

    /// <summary>Gets the implementation-period or long-term goals (<c>periodGoals</c>, 实施期/长期目标). Never default.</summary>
    public ImmutableArray<string> PeriodGoals { get => _periodGoals; init => _periodGoals = Equality.OrEmpty(value); }

    /// <summary>Gets the implementation-period indicators (<c>periodIndicators</c>). Never default.</summary>
    public ImmutableArray<Indicator> PeriodIndicators { get => _periodIndicators; init => _periodIndicators = Equality.OrEmpty(value); }

    /// <summary>Gets the finance bureau's review opinion (<c>reviewOpinion</c>, 财政部门审核意见), or null.</summary>
    public string? ReviewOpinion { get; init; }

    /// <summary>Gets the in-year monitoring of the project (<c>monitoring</c>, 绩效运行监控, format 1.1), or null.</summary>
    public ProjectMonitoring? Monitoring { get; init; }

    /// <summary>Gets the self-evaluation of the project (<c>evaluation</c>, 绩效自评, format 1.1), or null.</summary>
    public ProjectEvaluation? Evaluation { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <inheritdoc />
    public bool Equals(Project? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (Sequence == other.Sequence &&
         Equals(Unit, other.Unit) &&
         string.Equals(Code, other.Code, StringComparison.Ordinal) &&
         string.Equals(Name, other.Name, StringComparison.Ordinal) &&
         string.Equals(FundingReference, other.FundingReference, StringComparison.Ordinal) &&
         Equals(Budget, other.Budget) &&
         string.Equals(FundUse, other.FundUse, StringComparison.Ordinal) &&
         Equality.Sequence(_spendingPlan, other._spendingPlan) &&
         Equality.Sequence(_goals, other._goals) &&
         Equality.Sequence(_indicators, other._indicators) &&
         Attribute == other.Attribute &&
         Equals(ImplementationPeriod, other.ImplementationPeriod) &&
         Equality.Sequence(_periodGoals, other._periodGoals) &&
         Equality.Sequence(_periodIndicators, other._periodIndicators) &&
         string.Equals(ReviewOpinion, other.ReviewOpinion, StringComparison.Ordinal) &&
         Equals(Monitoring, other.Monitoring) &&
         Equals(Evaluation, other.Evaluation) &&
         _extensions.Equals(other._extensions)));

    /// <inheritdoc />
    public override int GetHashCode() =>
        Equality.Combine(
            Equality.Combine(Sequence ?? 0, Equality.Of(Code), Equality.Of(Name), Equality.Of(Budget)),
            Equality.Hash(_goals),
            Equality.Hash(_indicators),
            _extensions.GetHashCode());
}

/// <summary>A budget (<c>budget</c>): 预算数 and its split into 财政资金 and 其他资金, in the document's amount unit.</summary>
/// <remarks>Immutable and thread-safe. Amounts keep the scale they were written with (<c>90.00</c> stays <c>90.00</c>).</remarks>
public sealed record Budget
{
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the budget total (<c>total</c>, 预算数).</summary>
    public required decimal Total { get; init; }

    /// <summary>Gets the fiscal funds (<c>fiscal</c>, 其中：财政资金), or null when not stated.</summary>
    public decimal? Fiscal { get; init; }

    /// <summary>Gets the other funds (<c>other</c>, 其他资金), or null when not stated. An empty cell in a table is 0.</summary>
    public decimal? Other { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }
}

/// <summary>One point of the spending plan (<c>spendingPlan[]</c>): the cumulative share spent by the end of a month.</summary>
/// <remarks>Immutable and thread-safe. "3月底 25%" is month 3, 25.</remarks>
public sealed record SpendingPoint
{
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the month (<c>month</c>), 1 to 12 in a sound plan.</summary>
    public required int Month { get; init; }

    /// <summary>Gets the cumulative share spent by the end of <see cref="Month"/>, in percent (<c>cumulativePercent</c>).</summary>
    public required decimal CumulativePercent { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }
}

/// <summary>项目实施期 (<c>implementationPeriod</c>): first and last month, each written <c>yyyy-MM</c>.</summary>
/// <remarks>Immutable and thread-safe. The source text "2023.07-2024.01" is start 2023-07, end 2024-01.</remarks>
public sealed record ImplementationPeriod
{
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the first month (<c>start</c>), <c>yyyy-MM</c>.</summary>
    public required string Start { get; init; }

    /// <summary>Gets the last month (<c>end</c>), <c>yyyy-MM</c>.</summary>
    public required string End { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }
}
