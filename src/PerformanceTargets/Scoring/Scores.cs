using System.Collections.Immutable;
using PerformanceTargets.Model;

namespace PerformanceTargets.Scoring;

/// <summary>
/// The scores and lights of a whole document (format 1.1), as <see cref="TargetScorer.Score(TargetDocument)"/> computes them: one
/// <see cref="ProjectScores"/> per project, in document order, each with its evaluation and monitoring figures where the
/// project has the blocks.
/// </summary>
/// <remarks>Immutable and thread-safe. The document's reported figures are not changed: compare them with these.</remarks>
public sealed class DocumentScores
{
    internal DocumentScores(TargetDocument document, ImmutableArray<ProjectScores> projects)
    {
        Document = document;
        Projects = projects;
        foreach (var project in projects)
        {
            HasEvaluation |= project.Evaluation is not null;
            HasMonitoring |= project.Monitoring is not null;
        }
    }

    /// <summary>Gets the document scored.</summary>
    public TargetDocument Document { get; }

    /// <summary>Gets the projects, in document order (index i is <c>projects[i]</c>).</summary>
    public ImmutableArray<ProjectScores> Projects { get; }

    /// <summary>Gets whether a project is evaluated (it or one of its indicators has an <c>evaluation</c> block).</summary>
    public bool HasEvaluation { get; }

    /// <summary>Gets whether a project is monitored (it or one of its indicators has a <c>monitoring</c> block).</summary>
    public bool HasMonitoring { get; }
}

/// <summary>The figures of one project: its evaluation and its monitoring, where it has them, and those of each annual indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProjectScores
{
    internal ProjectScores(int index, Project project, ProjectEvaluationScore? evaluation, ProjectMonitoringStatus? monitoring, ImmutableArray<IndicatorScores> indicators)
    {
        Index = index;
        Project = project;
        Evaluation = evaluation;
        Monitoring = monitoring;
        Indicators = indicators;
    }

    /// <summary>Gets the project's zero-based position in the document (<c>/projects/{Index}</c>).</summary>
    public int Index { get; }

    /// <summary>Gets the project.</summary>
    public Project Project { get; }

    /// <summary>Gets the self-evaluation figures, or null when neither the project nor an annual indicator of it has an <c>evaluation</c> block.</summary>
    public ProjectEvaluationScore? Evaluation { get; }

    /// <summary>Gets the monitoring figures and light, or null when neither the project nor an annual indicator of it has a <c>monitoring</c> block.</summary>
    public ProjectMonitoringStatus? Monitoring { get; }

    /// <summary>Gets the figures of the annual indicators (<c>indicators</c>), index i for <c>indicators[i]</c>. Period indicators are not scored.</summary>
    public ImmutableArray<IndicatorScores> Indicators { get; }
}

/// <summary>The figures of one annual indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorScores
{
    internal IndicatorScores(int index, Indicator indicator, IndicatorTarget target, IndicatorEvaluationScore? evaluation, IndicatorMonitoringStatus? monitoring)
    {
        Index = index;
        Indicator = indicator;
        Target = target;
        Evaluation = evaluation;
        Monitoring = monitoring;
    }

    /// <summary>Gets the indicator's zero-based position in its project's <c>indicators</c>.</summary>
    public int Index { get; }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the parsed target.</summary>
    public IndicatorTarget Target { get; }

    /// <summary>Gets the self-evaluation figures: present for every indicator of an evaluated project, whether or not the indicator has its own block.</summary>
    public IndicatorEvaluationScore? Evaluation { get; }

    /// <summary>Gets the monitoring figures and light: present for every indicator of a monitored project.</summary>
    public IndicatorMonitoringStatus? Monitoring { get; }
}

/// <summary>
/// The self-evaluation figures of a project (绩效自评): the execution rate and score, the points and the total the
/// library computes, and the grade of that total.
/// </summary>
/// <remarks>Immutable and thread-safe. Scores are rounded to 2 places, half away from zero; the total is the sum of the rounded scores.</remarks>
public sealed class ProjectEvaluationScore
{
    /// <summary>Gets the year's budget used (A): <c>evaluation.budget</c>, else <c>budget.total</c>.</summary>
    public decimal Budget { get; internal init; }

    /// <summary>Gets the amount spent (B), or null when <c>evaluation.spent</c> is not stated.</summary>
    public decimal? Spent { get; internal init; }

    /// <summary>Gets the execution rate B/A in percent, rounded to 2 places (not capped at 100); none without B or with A = 0.</summary>
    public Figure ExecutionRate { get; internal init; }

    /// <summary>Gets the points of budget execution: <c>evaluation.executionPoints</c>, else the scorer's default (10).</summary>
    public decimal ExecutionPoints { get; internal init; }

    /// <summary>Gets the execution score, points · min(B/A, 1), rounded; none without B or with A = 0.</summary>
    public Figure ExecutionScore { get; internal init; }

    /// <summary>Gets the sum of the annual indicators' stated points (a missing one counts 0).</summary>
    public decimal IndicatorPoints { get; internal init; }

    /// <summary>Gets the project's points: <see cref="ExecutionPoints"/> + <see cref="IndicatorPoints"/>; 100 in a sound table (rule PT601).</summary>
    public decimal TotalPoints { get; internal init; }

    /// <summary>
    /// Gets the total: the execution score (0 when none) plus each indicator's <see cref="IndicatorEvaluationScore.Score"/>,
    /// never the reported figures.
    /// </summary>
    public decimal TotalScore { get; internal init; }

    /// <summary>Gets the grade of <see cref="TotalScore"/>: ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差.</summary>
    public EvaluationGrade Grade { get; internal init; }
}

/// <summary>The self-evaluation figures of an indicator: completion and formula score, or why none, and the score that counts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorEvaluationScore
{
    /// <summary>Gets the stated points (<c>evaluation.points</c>), or null.</summary>
    public decimal? Points { get; internal init; }

    /// <summary>Gets the parsed actual value, or null when none is stated.</summary>
    public IndicatorTarget? Actual { get; internal init; }

    /// <summary>Gets the direction the comparison used for a quantitative target (the comparator wins over <c>direction</c>), or null.</summary>
    public IndicatorDirection? Direction { get; internal init; }

    /// <summary>
    /// Gets the completion c in percent, rounded to 2 places, uncapped (150 means 1.5 times a positive target); none for a
    /// qualitative target, an actual not comparable, an undefined ratio, or no actual.
    /// </summary>
    public Figure Completion { get; internal init; }

    /// <summary>Gets the formula score, points · min(c, 1), rounded; none when <see cref="Completion"/> is none or the points are not stated.</summary>
    public Figure FormulaScore { get; internal init; }

    /// <summary>
    /// Gets the achievement tier: the stated one; else the tier word of a qualitative actual (达成, 部分达成, 未完成 …); else
    /// <see cref="Model.Achievement.Achieved"/> when the actual is the target's text; else null.
    /// </summary>
    public Achievement? Achievement { get; internal init; }

    /// <summary>Gets whether the indicator is known to fall short: c &lt; 1, or (without a completion) a tier partly or not achieved.</summary>
    public bool FallsShort { get; internal init; }

    /// <summary>Gets the score that counts in the total: the reported score when given, else the formula score, else 0.</summary>
    public decimal Score { get; internal init; }

    /// <summary>Gets where <see cref="Score"/> comes from.</summary>
    public ScoreSource ScoreSource { get; internal init; }
}

/// <summary>The monitoring figures of a project (绩效运行监控): planned and executed shares, the lag and the light.</summary>
/// <remarks>Immutable and thread-safe. Shares and the lag are in percent (points), rounded to 2 places; the light is read from the rounded lag.</remarks>
public sealed class ProjectMonitoringStatus
{
    /// <summary>Gets the month elapsed (1–12): the month of <c>monitoring.asOf</c>; null without a block, or when the date is not one of the fiscal year.</summary>
    public int? Month { get; internal init; }

    /// <summary>Gets the budget used: <c>monitoring.budget</c>, else <c>budget.total</c>.</summary>
    public decimal Budget { get; internal init; }

    /// <summary>Gets the amount spent, or null.</summary>
    public decimal? Spent { get; internal init; }

    /// <summary>Gets the planned share p(m): the spending plan's cumulative percent, linear between its checkpoints (0 at month 0, flat after the last), or 100·m/12 without a plan.</summary>
    public Figure PlannedShare { get; internal init; }

    /// <summary>Gets the executed share e = 100·spent/budget.</summary>
    public Figure ExecutedShare { get; internal init; }

    /// <summary>Gets the lag d = p − e, in percentage points (negative when ahead).</summary>
    public Figure Lag { get; internal init; }

    /// <summary>Gets the light of <see cref="Lag"/>; <see cref="Scoring.Light.Unknown"/> when there is no lag.</summary>
    public Light Light { get; internal init; }
}

/// <summary>The monitoring figures of an indicator: progress against the target pro rata, the light, and the year-end expectation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IndicatorMonitoringStatus
{
    /// <summary>Gets the parsed progress, or null when none is stated.</summary>
    public IndicatorTarget? Progress { get; internal init; }

    /// <summary>Gets the share of the year elapsed, 100·m/12, rounded.</summary>
    public Figure ExpectedShare { get; internal init; }

    /// <summary>Gets the progress as a share of the target, 100·progress/target, rounded; only for a quantitative 数量指标 with a positive target.</summary>
    public Figure ProgressShare { get; internal init; }

    /// <summary>Gets the lag 100·m/12 − 100·progress/target, in percentage points.</summary>
    public Figure Lag { get; internal init; }

    /// <summary>Gets the light of <see cref="Lag"/> alone (rule PT703), whatever the likelihood says.</summary>
    public Light ProgressLight { get; internal init; }

    /// <summary>Gets the indicator's light: from the stated likelihood, else <see cref="ProgressLight"/>.</summary>
    public Light Light { get; internal init; }

    /// <summary>Gets what <see cref="Light"/> was decided from.</summary>
    public LightBasis LightBasis { get; internal init; }

    /// <summary>Gets the completion of the value expected by the year's end, in percent, as the self-evaluation would compute it.</summary>
    public Figure ExpectedCompletion { get; internal init; }
}
