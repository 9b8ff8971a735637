using System.Collections.Immutable;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Model;

/// <summary>
/// 绩效自评 of a project (<c>evaluation</c> on a project, format 1.1): the money block (年初预算数, 全年预算数, 全年执行数,
/// 分值, 执行率, 得分), the outcome of the annual goals, and the figures the self-evaluation reports (总分, 评价等级).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is structural. Amounts are in the document's amount unit and keep the scale they
/// were written with. The reported figures (<see cref="ExecutionRate"/>, <see cref="ExecutionScore"/>,
/// <see cref="TotalScore"/>, <see cref="Grade"/>) are kept as written: the library computes its own
/// (<c>PerformanceTargets.Scoring.TargetScorer</c>) and checks these against them (rule PT609), never overwriting them.
/// </remarks>
public sealed record ProjectEvaluation
{
    private ImmutableArray<string> _goalOutcomes = ImmutableArray<string>.Empty;
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the budget at the start of the year (<c>initialBudget</c>, 年初预算数), or null.</summary>
    public decimal? InitialBudget { get; init; }

    /// <summary>Gets the year's budget (<c>budget</c>, 全年预算数, A), or null: the project's <see cref="Model.Budget.Total"/> applies.</summary>
    public decimal? Budget { get; init; }

    /// <summary>Gets the amount spent in the year (<c>spent</c>, 全年执行数, B), or null when not stated.</summary>
    public decimal? Spent { get; init; }

    /// <summary>Gets the points of budget execution (<c>executionPoints</c>, 分值), or null: the scorer's default (10) applies.</summary>
    public decimal? ExecutionPoints { get; init; }

    /// <summary>Gets the execution rate as printed, in percent (<c>executionRate</c>, 执行率 B/A), or null. Reported: checked, never used.</summary>
    public decimal? ExecutionRate { get; init; }

    /// <summary>Gets the execution score as printed (<c>executionScore</c>, 得分), or null. Reported: checked, never used.</summary>
    public decimal? ExecutionScore { get; init; }

    /// <summary>Gets what was achieved of the annual goals (<c>goalOutcomes</c>, 年度总体目标 实际完成情况), one entry per paragraph. Never default.</summary>
    public ImmutableArray<string> GoalOutcomes { get => _goalOutcomes; init => _goalOutcomes = Equality.OrEmpty(value); }

    /// <summary>Gets the total as printed (<c>totalScore</c>, 总分), or null. Reported: checked, never used.</summary>
    public decimal? TotalScore { get; init; }

    /// <summary>Gets the grade as printed (<c>grade</c>, 评价等级), or null. Reported: checked, never used.</summary>
    public EvaluationGrade? Grade { get; init; }

    /// <summary>Gets the conclusion (<c>conclusion</c>, 评价结论), or null.</summary>
    public string? Conclusion { get; init; }

    /// <summary>Gets the problems found (<c>problems</c>, 存在问题), or null.</summary>
    public string? Problems { get; init; }

    /// <summary>Gets the improvements to be made (<c>improvements</c>, 改进措施), or null.</summary>
    public string? Improvements { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <inheritdoc />
    public bool Equals(ProjectEvaluation? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (InitialBudget == other.InitialBudget &&
         Budget == other.Budget &&
         Spent == other.Spent &&
         ExecutionPoints == other.ExecutionPoints &&
         ExecutionRate == other.ExecutionRate &&
         ExecutionScore == other.ExecutionScore &&
         Equality.Sequence(_goalOutcomes, other._goalOutcomes) &&
         TotalScore == other.TotalScore &&
         Grade == other.Grade &&
         string.Equals(Conclusion, other.Conclusion, StringComparison.Ordinal) &&
         string.Equals(Problems, other.Problems, StringComparison.Ordinal) &&
         string.Equals(Improvements, other.Improvements, StringComparison.Ordinal) &&
         _extensions.Equals(other._extensions)));

    /// <inheritdoc />
    public override int GetHashCode() => Equality.Combine(Equality.Of(Budget), Equality.Of(Spent), Equality.Of(TotalScore), Equality.Hash(_goalOutcomes));
}

/// <summary>
/// 绩效自评 of an indicator (<c>evaluation</c> on an indicator, format 1.1): the actual value as written (实际完成值), the
/// points (分值) and the score given (得分), the stated achievement and the deviation reason (偏差原因分析及改进措施).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is structural. <see cref="Actual"/> is verbatim and parsed the way targets are
/// when compared with the target. <see cref="Score"/> is the evaluator's: the library computes the formula score
/// beside it and never replaces it.
/// </remarks>
public sealed record IndicatorEvaluation
{
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the actual value (<c>actual</c>, 实际完成值), verbatim, such as "21个" or "显著提升"; null when not stated.</summary>
    public string? Actual { get; init; }

    /// <summary>Gets the points of the indicator (<c>points</c>, 分值), or null.</summary>
    public decimal? Points { get; init; }

    /// <summary>Gets the score given (<c>score</c>, 得分), as written, or null.</summary>
    public decimal? Score { get; init; }

    /// <summary>Gets the stated achievement (<c>achievement</c>), or null: a tier word in <see cref="Actual"/> may say it.</summary>
    public Achievement? Achievement { get; init; }

    /// <summary>Gets the deviation reason and improvements (<c>deviationReason</c>, 偏差原因分析及改进措施), or null.</summary>
    public string? DeviationReason { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }
}

/// <summary>How far an indicator's target was achieved, as the self-evaluation states it. JSON: <c>"achieved"</c>, <c>"partly"</c>, <c>"notAchieved"</c>.</summary>
public enum Achievement
{
    /// <summary>达成 (达成预期指标, 已完成): a qualitative score of 80–100 % of the points.</summary>
    Achieved,

    /// <summary>部分达成 (基本完成): a qualitative score of 60 % to under 80 % of the points.</summary>
    Partly,

    /// <summary>未达成 (未完成): a qualitative score under 60 % of the points.</summary>
    NotAchieved,
}

/// <summary>评价等级: the grade of a self-evaluation's total. JSON: <c>"优"</c>, <c>"良"</c>, <c>"中"</c>, <c>"差"</c>.</summary>
public enum EvaluationGrade
{
    /// <summary>优: a total of 90 or more.</summary>
    Excellent,

    /// <summary>良: 80 to under 90.</summary>
    Good,

    /// <summary>中: 60 to under 80.</summary>
    Fair,

    /// <summary>差: under 60.</summary>
    Poor,
}
