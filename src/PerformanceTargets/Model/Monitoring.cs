using System.Collections.Immutable;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Model;

/// <summary>
/// 绩效运行监控 of a project (<c>monitoring</c> on a project, format 1.1): the date the figures are as of, the budget and
/// what was spent by then, with the project's deviation reason and remedy.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is structural. Amounts are in the document's amount unit and keep the scale they
/// were written with. The library computes the executed share, the lag and the light from these figures
/// (<c>PerformanceTargets.Scoring.TargetScorer</c>); it never changes them.
/// </remarks>
public sealed record ProjectMonitoring
{
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the date the figures are as of (<c>asOf</c>, 截至日期), written <c>yyyy-MM-dd</c>, such as 2024-07-31. Its month is the month elapsed.</summary>
    public required string AsOf { get; init; }

    /// <summary>Gets the budget at the start of the year (<c>initialBudget</c>, 年初预算数), or null when not stated.</summary>
    public decimal? InitialBudget { get; init; }

    /// <summary>Gets the adjusted budget (<c>budget</c>, 调整后预算数), or null: the project's <see cref="Model.Budget.Total"/> applies.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Gets the amount spent by <see cref="AsOf"/> (<c>spent</c>, 1–N月执行数), or null when not stated.</summary>
    public decimal? Spent { get; init; }

    /// <summary>Gets the remark (<c>note</c>, 备注), or null.</summary>
    public string? Note { get; init; }

    /// <summary>Gets why spending deviates from the plan (<c>deviationReason</c>, 偏差原因分析), or null.</summary>
    public string? DeviationReason { get; init; }

    /// <summary>Gets what will be done about the deviation (<c>remedy</c>, 拟采取的改进措施), or null.</summary>
    public string? Remedy { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <summary>Reads <see cref="AsOf"/> as a date of the calendar.</summary>
    /// <param name="year">The year, when the date is one.</param>
    /// <param name="month">The month, 1 to 12, when the date is one.</param>
    /// <param name="day">The day of the month, when the date is one.</param>
    /// <returns>False when <see cref="AsOf"/> is not a <c>yyyy-MM-dd</c> date of the calendar (2024-02-30 is not). Never throws.</returns>
    public bool TryGetAsOf(out int year, out int month, out int day) => Dates.TryParse(AsOf, out year, out month, out day);
}

/// <summary>
/// 绩效运行监控 of an indicator (<c>monitoring</c> on an indicator, format 1.1): progress so far and expected by the year's
/// end, both as written in the cells, how likely the target is to be met, and why it deviates.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is structural. <see cref="Progress"/> and <see cref="ExpectedYearEnd"/> are
/// verbatim, like <see cref="Indicator.Target"/>, and are parsed the way targets are when compared with them.
/// </remarks>
public sealed record IndicatorMonitoring
{
    private ImmutableArray<DeviationCause> _deviationCauses = ImmutableArray<DeviationCause>.Empty;
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the progress so far (<c>progress</c>, 1–N月执行情况), verbatim, such as "12个".</summary>
    public string? Progress { get; init; }

    /// <summary>Gets the value expected by the year's end (<c>expectedYearEnd</c>, 全年预计完成情况), verbatim, such as "21个".</summary>
    public string? ExpectedYearEnd { get; init; }

    /// <summary>Gets how likely the target is to be met (<c>likelihood</c>, 完成目标可能性), or null when not stated.</summary>
    public MonitoringLikelihood? Likelihood { get; init; }

    /// <summary>Gets the kinds of cause of a deviation (<c>deviationCauses</c>, 偏差原因分析 经费/制度/人员/硬件条件保障/其他). Never default.</summary>
    public ImmutableArray<DeviationCause> DeviationCauses { get => _deviationCauses; init => _deviationCauses = Equality.OrEmpty(value); }

    /// <summary>Gets why the indicator deviates (<c>deviationReason</c>, 偏差原因分析), or null.</summary>
    public string? DeviationReason { get; init; }

    /// <summary>Gets what will be done about it (<c>remedy</c>, 拟采取的改进措施), or null.</summary>
    public string? Remedy { get; init; }

    /// <summary>Gets the remark (<c>note</c>, 备注), or null.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <inheritdoc />
    public bool Equals(IndicatorMonitoring? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (string.Equals(Progress, other.Progress, StringComparison.Ordinal) &&
         string.Equals(ExpectedYearEnd, other.ExpectedYearEnd, StringComparison.Ordinal) &&
         Likelihood == other.Likelihood &&
         Equality.Sequence(_deviationCauses, other._deviationCauses) &&
         string.Equals(DeviationReason, other.DeviationReason, StringComparison.Ordinal) &&
         string.Equals(Remedy, other.Remedy, StringComparison.Ordinal) &&
         string.Equals(Note, other.Note, StringComparison.Ordinal) &&
         _extensions.Equals(other._extensions)));

    /// <inheritdoc />
    public override int GetHashCode() => Equality.Combine(Equality.Of(Progress), Equality.Of(ExpectedYearEnd), Equality.Of(Likelihood), Equality.Hash(_deviationCauses));
}

/// <summary>完成目标可能性: how likely an indicator's target is to be met, as the monitoring table says. JSON: <c>"certain"</c>, <c>"possible"</c>, <c>"impossible"</c>.</summary>
public enum MonitoringLikelihood
{
    /// <summary>确定能: the target will be met (green).</summary>
    Certain,

    /// <summary>有可能: the target may be met (yellow).</summary>
    Possible,

    /// <summary>完全不可能: the target will not be met (red).</summary>
    Impossible,
}

/// <summary>
/// A kind of cause of a deviation (偏差原因分析), as the national monitoring template lists them. JSON: <c>"funding"</c>,
/// <c>"policy"</c>, <c>"staffing"</c>, <c>"facilities"</c>, <c>"other"</c>.
/// </summary>
public enum DeviationCause
{
    /// <summary>经费保障: funding.</summary>
    Funding,

    /// <summary>制度保障: rules and procedures.</summary>
    Policy,

    /// <summary>人员保障: staffing.</summary>
    Staffing,

    /// <summary>硬件条件保障: facilities and equipment.</summary>
    Facilities,

    /// <summary>其他: another cause.</summary>
    Other,
}
