using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Relevance;

/// <summary>
/// PT403: an indicator whose name belongs to a field of the lexicon unrelated to every field of its project
/// (新增粮食产能 in a fire-prevention fund). Projects of no known field and names of no field are not judged.
/// </summary>
internal sealed class UnrelatedFieldRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT403",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Relevance,
        Title = new("指标与项目领域无关", "Indicator from an unrelated field"),
        Description = new(
            "指标名称属于与项目毫无关系的领域（如防火经费中的“新增粮食产能”），是从其他部门的模板照搬的。领域依据文档列明的小型词表判断；不属于任何已知领域的项目不作判断。",
            "An indicator whose name belongs to a field the project has nothing to do with (新增粮食产能 in a fire-prevention fund) was copied from another department's template. Fields come from a small documented lexicon; projects of no known field are not judged."),
    };

    private static readonly Text Message = new(
        "\"{0}\" belongs to {1}, unrelated to this project ({2}).",
        "指标“{0}”属于{1}领域，与本项目（{2}）无关。",
        "Replace it with an indicator of what this project's money achieves.",
        "请改为反映本项目资金产出和效果的指标。");

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var projectFields = project.Fields;
        if (projectFields == 0)
        {
            return;
        }

        var fields = indicator.Name.Fields;
        if (fields == 0 || (fields & project.RelatedFields) != 0)
        {
            return;
        }

        context.Add(
            PointerSpec.ForItem(project.Index, list, row, "name"),
            Message,
            indicator.Name.Trimmed,
            new FieldNames(fields),
            new FieldNames(projectFields));
    }
}
