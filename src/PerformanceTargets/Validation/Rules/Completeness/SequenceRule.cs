using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT209: table sequence numbers not 1..n in order.</summary>
internal sealed class SequenceRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT209",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("表序号不连续", "Table numbers not 1..n"),
        Description = new(
            "表序号应按顺序为 1、2、3……。缺号或重号说明有表缺失、重复或位置错乱。",
            "Tables are numbered 1, 2, 3 … in order. A gap or a repeat means a table is missing, duplicated or out of place."),
    };

    private static readonly Text Message = new(
        "Table number {0} follows {1}: {2} was expected.",
        "表序号 {0} 排在 {1} 之后，应为 {2}。",
        "Number the tables 1, 2, 3 … in order; check for a missing, repeated or misplaced table.",
        "请按 1、2、3……顺序编号，并检查是否有表缺失、重复或错位。");

    private static readonly Text FirstMessage = new(
        "The first table is numbered {0}, not 1.",
        "第一张表的序号为 {0}，而非 1。",
        "Number the tables 1, 2, 3 … in order; check for a missing table.",
        "请按 1、2、3……顺序编号，并检查是否有表缺失。");

    public override void Check(ValidationContext context)
    {
        int? previous = null;
        foreach (var project in context.Facts.Projects)
        {
            if (project.Project.Sequence is not { } sequence)
            {
                continue;
            }

            if (previous is null)
            {
                if (sequence != 1)
                {
                    context.Add(PointerSpec.ForProject(project.Index, "sequence"), FirstMessage, sequence);
                }
            }
            else if (sequence != previous.Value + 1)
            {
                context.Add(PointerSpec.ForProject(project.Index, "sequence"), Message, sequence, previous.Value, previous.Value + 1);
            }

            previous = sequence;
        }
    }
}
