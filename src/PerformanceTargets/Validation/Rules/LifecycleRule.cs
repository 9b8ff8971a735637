using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules;

/// <summary>
/// A built-in rule about the self-evaluation (format 1.1, PT6xx): it looks at each evaluated project, with the
/// figures the validator's scorer computed once (<see cref="ValidationContext.Scores"/>). It costs nothing on a
/// document without monitoring or evaluation blocks.
/// </summary>
internal abstract class EvaluationRule : BuiltInRule
{
    public sealed override void Check(ValidationContext context)
    {
        if (context.Scores is not { HasEvaluation: true } scores)
        {
            return;
        }

        foreach (var project in scores.Projects)
        {
            if (project.Evaluation is { } evaluation)
            {
                Check(context, project, evaluation);
            }
        }
    }

    /// <summary>Checks one evaluated project.</summary>
    internal abstract void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation);

    /// <summary>Gets the pointer of a field of a project's evaluation block.</summary>
    protected static PointerSpec At(ProjectScores project, string field) => PointerSpec.ForProject(project.Index, "evaluation/" + field);

    /// <summary>Gets the pointer of a field of an indicator's evaluation block.</summary>
    protected static PointerSpec At(ProjectScores project, IndicatorScores indicator, string field) =>
        PointerSpec.ForItem(project.Index, IndicatorsList, indicator.Index, "evaluation/" + field);

    /// <summary>Gets whether the reported score exceeds the points (PT602, which silences PT603 and PT612 on the indicator).</summary>
    protected static bool ScoreAbovePoints(IndicatorScores indicator) =>
        indicator.Indicator.Evaluation is { Score: { } score, Points: { } points } && score > points;

    /// <summary>Gets whether the reported score is below the formula score with no deviation reason (PT604, which silences PT605 on the indicator).</summary>
    protected static bool DeductedWithoutReason(IndicatorScores indicator) =>
        indicator.Indicator.Evaluation is { Score: { } score } evaluation &&
        indicator.Evaluation is { } figures && figures.FormulaScore.TryGetValue(out var formula) &&
        score < formula - 0.01m && IsBlank(evaluation.DeviationReason);

    /// <summary>Gets the table number to show: the printed sequence, else the 1-based position.</summary>
    protected static int Table(ProjectScores project) => project.Project.Sequence ?? project.Index + 1;

    /// <summary>Gets the indicator's name for a message, white space around it removed.</summary>
    protected static string NameOf(IndicatorScores indicator) => IndicatorTarget.TrimWhite(indicator.Indicator.Name);
}

/// <summary>
/// A built-in rule about the in-year monitoring (format 1.1, PT7xx): it looks at each monitored project, with the
/// figures the validator's scorer computed once. It costs nothing on a document without monitoring blocks.
/// </summary>
internal abstract class MonitoringRule : BuiltInRule
{
    public sealed override void Check(ValidationContext context)
    {
        if (context.Scores is not { HasMonitoring: true } scores)
        {
            return;
        }

        foreach (var project in scores.Projects)
        {
            if (project.Monitoring is { } monitoring)
            {
                Check(context, project, monitoring);
            }
        }
    }

    /// <summary>Checks one monitored project.</summary>
    internal abstract void Check(ValidationContext context, ProjectScores project, ProjectMonitoringStatus monitoring);

    /// <summary>Gets the pointer of a field of a project's monitoring block.</summary>
    protected static PointerSpec At(ProjectScores project, string field) => PointerSpec.ForProject(project.Index, "monitoring/" + field);

    /// <summary>Gets the pointer of a field of an indicator's monitoring block.</summary>
    protected static PointerSpec At(ProjectScores project, IndicatorScores indicator, string field) =>
        PointerSpec.ForItem(project.Index, IndicatorsList, indicator.Index, "monitoring/" + field);

    /// <summary>Gets the table number to show: the printed sequence, else the 1-based position.</summary>
    protected static int Table(ProjectScores project) => project.Project.Sequence ?? project.Index + 1;

    /// <summary>Gets the indicator's name for a message, white space around it removed.</summary>
    protected static string NameOf(IndicatorScores indicator) => IndicatorTarget.TrimWhite(indicator.Indicator.Name);

    /// <summary>Gets the light's name for a message: 黄灯/红灯, or yellow/red.</summary>
    protected static LocalizedText LightName(Light light) => new(
        light switch { Light.Green => "绿灯", Light.Yellow => "黄灯", Light.Red => "红灯", _ => "无灯" },
        light.ToString().ToLowerInvariant());
}
