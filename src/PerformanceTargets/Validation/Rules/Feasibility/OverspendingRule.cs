using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT610: the amount spent exceeds the budget, in the self-evaluation or in monitoring.</summary>
internal sealed class OverspendingRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT610",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Feasibility,
        Title = new("执行数超过预算数", "Spent exceeds the budget"),
        Description = new(
            "自评的全年执行数或监控的 1–N月执行数超过其预算数（未填写时为项目预算数）：超预算支出须有调整依据。",
            "The amount spent in the self-evaluation, or so far in monitoring, exceeds its budget (the project's budget when not stated): spending beyond the budget needs an adjustment behind it."),
    };

    private static readonly Text Evaluation = new(
        "Table {0} spent {1} in the year, more than its budget of {2}.",
        "表{0}全年执行数 {1} 超过全年预算数 {2}。",
        "Correct the amount spent, or state the adjusted budget (evaluation.budget).",
        "请修正执行数，或填写调整后的全年预算数（evaluation.budget）。");

    private static readonly Text Monitoring = new(
        "Table {0} has spent {1} so far, more than its budget of {2}.",
        "表{0}截至监控日期执行数 {1} 超过预算数 {2}。",
        "Correct the amount spent, or state the adjusted budget (monitoring.budget).",
        "请修正执行数，或填写调整后预算数（monitoring.budget）。");

    public override void Check(ValidationContext context)
    {
        if (context.Scores is not { } scores)
        {
            return;
        }

        foreach (var project in scores.Projects)
        {
            var table = project.Project.Sequence ?? project.Index + 1;
            if (project.Evaluation is { Spent: { } spent } evaluation && spent > evaluation.Budget)
            {
                context.Add(PointerSpec.ForProject(project.Index, "evaluation/spent"), Evaluation, table, spent, evaluation.Budget);
            }

            if (project.Monitoring is { Spent: { } soFar } monitoring && soFar > monitoring.Budget)
            {
                context.Add(PointerSpec.ForProject(project.Index, "monitoring/spent"), Monitoring, table, soFar, monitoring.Budget);
            }
        }
    }
}
