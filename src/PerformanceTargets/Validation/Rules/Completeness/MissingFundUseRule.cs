using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT106: the use of funds is missing.</summary>
internal sealed class MissingFundUseRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT106",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("缺少资金用途", "Use of funds missing"),
        Description = new(
            "项目表应写明资金用途，审核者据此判断目标和指标是否相符。",
            "A table states what the money is used for (资金用途), so that the reviewer can judge whether the goals and indicators fit it."),
    };

    private static readonly Text Message = new(
        "Table {0} ({1}) does not say what the money is used for (资金用途).",
        "表{0}（{1}）未填写资金用途。",
        "State the use of funds, e.g. \"用于支付村干部工资\".",
        "请填写资金用途，例如“用于支付村干部工资”。");

    public override void Check(ValidationContext context)
    {
        // An absent use of funds is a finding only when other tables of the document have one: some provinces'
        // tables have no such row at all. A blank one is always a finding.
        var anyStated = false;
        foreach (var project in context.Document.Projects)
        {
            if (project.FundUse is not null)
            {
                anyStated = true;
                break;
            }
        }

        foreach (var project in context.Facts.Projects)
        {
            var fundUse = project.Project.FundUse;
            if (fundUse is null ? anyStated : IsBlank(fundUse))
            {
                context.Add(PointerSpec.ForProject(project.Index, "fundUse"), Message, project.Table, project.Project.Name);
            }
        }
    }
}
