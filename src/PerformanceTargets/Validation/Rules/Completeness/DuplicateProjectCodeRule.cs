using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT206: two projects with the same code.</summary>
internal sealed class DuplicateProjectCodeRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT206",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("项目编码重复", "Duplicate project code"),
        Description = new(
            "项目编码唯一标识一个项目；两张表编码相同，说明表格重复或编码录入有误。",
            "A project code identifies one project; two tables with the same code are a copy or a typing error."),
    };

    private static readonly Text Message = new(
        "Project code {0} is also the code of table {1}.",
        "项目编码 {0} 与表{1}重复。",
        "Give each project its own code from the budget system.",
        "请按预算系统为每个项目填写各自的编码。");

    public override void Check(ValidationContext context)
    {
        var first = new Dictionary<string, ProjectFacts>(context.Facts.Projects.Length, StringComparer.Ordinal);
        foreach (var project in context.Facts.Projects)
        {
            var code = project.Project.Code is { } raw ? IndicatorTarget.TrimWhite(raw) : string.Empty;
            if (code.Length == 0)
            {
                continue;
            }

            if (first.TryGetValue(code, out var earlier))
            {
                context.Add(PointerSpec.ForProject(project.Index, "code"), Message, code, earlier.Table);
            }
            else
            {
                first[code] = project;
            }
        }
    }
}
