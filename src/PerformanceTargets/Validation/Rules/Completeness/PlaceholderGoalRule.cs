using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT102: a goal that is the template's placeholder text: 目标内容1, XXX, ××, 某某, 请填写, 待定 ….</summary>
internal sealed class PlaceholderGoalRule : ProjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT102",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("绩效目标是模板占位文字", "Goal is template placeholder text"),
        Description = new(
            "“目标内容1”“XXX”“请填写”“待定”等是模板的占位文字，不是目标，说明表格未填写。请写明资金本年度要达到的目标。",
            "A goal such as 目标内容1, XXX, 请填写 or 待定 is the template's placeholder, not a goal: the form was never filled in. Write what the money is to achieve this year."),
    };

    private static readonly Text Message = new(
        "The goal \"{0}\" is the template's placeholder text, not a goal.",
        "绩效目标“{0}”是模板的占位文字，不是目标。",
        "Replace it with what the money is to achieve this year, e.g. \"完成21个行政村……，确保……\".",
        "请改为资金本年度要达到的目标，例如“完成21个行政村……，确保……”。");

    internal override void Check(ValidationContext context, ProjectFacts project)
    {
        Check(context, project, project.Project.Goals, "goals");
        Check(context, project, project.Project.PeriodGoals, "periodGoals");
    }

    /// <summary>Gets whether a goal is placeholder text (the engine's detector, shared with PT309).</summary>
    internal static bool IsPlaceholder(string goal) => Placeholders.IsGoal(goal);

    private static void Check(ValidationContext context, ProjectFacts project, System.Collections.Immutable.ImmutableArray<string> goals, string list)
    {
        for (var i = 0; i < goals.Length; i++)
        {
            if (IsPlaceholder(goals[i]))
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i), Message, IndicatorTarget.TrimWhite(goals[i]));
            }
        }
    }
}
