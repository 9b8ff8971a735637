using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Consistency;

/// <summary>PT205: a level-1 or level-2 name unknown to the framework, or a level-2 name under the wrong level-1 name.</summary>
internal sealed class FrameworkPlacementRule : IndicatorRule
{
    private static readonly Text UnknownCategory = new(
        "\"{0}\" is not a level-1 category of the {1} framework.",
        "“{0}”不是 {1} 版指标体系的一级指标。",
        "Use one of: {2}.",
        "请使用：{2}。");

    private static readonly Text UnknownDimension = new(
        "\"{0}\" is not a level-2 dimension of the {1} framework.",
        "“{0}”不是 {1} 版指标体系的二级指标。",
        "Under this level-1 category use one of: {2}.",
        "该一级指标下请使用：{2}。");

    private static readonly Text Misplaced = new(
        "\"{0}\" does not belong under \"{1}\".",
        "二级指标“{0}”不属于一级指标“{1}”。",
        "Move it under {2}, or choose a dimension of its category.",
        "请将其移至“{2}”之下，或改用本一级指标下的二级指标。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT205;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var framework = context.Framework;
        if (indicator.Category is not { } category)
        {
            var names = string.Join(context.Culture == Language.English ? ", " : "、", framework.Categories.Select(IndicatorFramework.GetName));
            context.Add(PointerSpec.ForItem(project.Index, list, row, "level1"), UnknownCategory, indicator.Indicator.Level1, framework.Id, names);
            return;
        }

        if (indicator.Dimension is not { } dimension || !framework.TryGetParent(dimension, out var parent))
        {
            var names = string.Join(context.Culture == Language.English ? ", " : "、", framework.Dimensions[category].Select(IndicatorFramework.GetName));
            context.Add(PointerSpec.ForItem(project.Index, list, row, "level2"), UnknownDimension, indicator.Indicator.Level2, framework.Id, names);
            return;
        }

        if (parent != category)
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "level2"), Misplaced, indicator.Indicator.Level2, indicator.Indicator.Level1, IndicatorFramework.GetName(parent));
        }
    }
}

/// <summary>PT206: two projects with the same code.</summary>
internal sealed class DuplicateProjectCodeRule : BuiltInRule
{
    private static readonly Text Message = new(
        "Project code {0} is also the code of table {1}.",
        "项目编码 {0} 与表{1}重复。",
        "Give each project its own code from the budget system.",
        "请按预算系统为每个项目填写各自的编码。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT206;

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

/// <summary>PT207: the same indicator name twice in one table.</summary>
internal sealed class DuplicateIndicatorRule : BuiltInRule
{
    private static readonly Text Message = new(
        "Indicator \"{0}\" appears twice in table {1} (rows {2}).",
        "指标“{0}”在表{1}中出现两次（第 {2} 行）。",
        "Delete the copy, or rename one of them to say what each measures.",
        "请删除重复的一行，或修改名称以区分各自衡量的内容。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT207;

    public override void Check(ValidationContext context)
    {
        foreach (var project in context.Facts.Projects)
        {
            Check(context, project, project.Indicators, false);
            Check(context, project, project.PeriodIndicators, true);
        }
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period)
    {
        // Tables are short: compare pairs; a long flat sheet goes through a dictionary.
        if (indicators.Length > 32)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < indicators.Length; i++)
            {
                var name = indicators[i].Name.Trimmed;
                if (name.Length == 0)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var earlier))
                {
                    Report(context, project, period, name, earlier, i);
                }
                else
                {
                    seen[name] = i;
                }
            }

            return;
        }

        for (var i = 1; i < indicators.Length; i++)
        {
            var name = indicators[i].Name.Trimmed;
            if (name.Length == 0)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(indicators[j].Name.Trimmed, name, StringComparison.Ordinal))
                {
                    Report(context, project, period, name, j, i);
                    break;
                }
            }
        }
    }

    private static void Report(ValidationContext context, ProjectFacts project, bool period, string name, int earlier, int later) =>
        context.Add(PointerSpec.ForItem(project.Index, ListName(period), later, "name"), Message, name, project.Table, string.Format(CultureInfo.InvariantCulture, "{0}, {1}", earlier + 1, later + 1));
}

/// <summary>PT208: a project code of the wrong length or shape (error), or with a wrong year, check character or division (warning).</summary>
internal sealed class ProjectCodeRule : BuiltInRule
{
    /// <summary>The GB 32100 character set: a character's index is its value.</summary>
    internal const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly Text WrongShape = new(
        "Project code \"{0}\" is not of the form: 6-digit division, 2-digit year, a letter, 6 digits and 6 characters of GB 32100 ({1}).",
        "项目编码“{0}”不符合格式：6 位区划代码、2 位年度、1 个字母、6 位数字和 6 位 GB 32100 字符（{1}）。",
        "Copy the code from the budget system: 21 characters such as 13073024P00888510015C.",
        "请从预算系统复制编码：21 位，如 13073024P00888510015C。");

    private static readonly Text WrongYear = new(
        "Project code {0} carries the year 20{1}, not the fiscal year {2}.",
        "项目编码 {0} 中的年度为 20{1}，与预算年度 {2} 不符。",
        "Check that the code belongs to this year's project.",
        "请核对该编码是否为本年度项目的编码。");

    private static readonly Text WrongCheck = new(
        "The last character of project code {0} should be {1} by the check of the other 20.",
        "按前 20 位计算，项目编码 {0} 的校验码应为 {1}。",
        "A character of the code was mistyped; copy it again from the budget system.",
        "编码中有字符录入错误，请从预算系统重新复制。");

    private static readonly Text OtherRegion = new(
        "Project code {0} has the division code {1}, unlike the {2} of the document's other codes.",
        "项目编码 {0} 的区划代码为 {1}，与文档中其他编码的 {2} 不同。",
        "Check that the project belongs to this document.",
        "请核对该项目是否属于本文档。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT208;

    public override void Check(ValidationContext context)
    {
        // The most common division code of the well-formed codes (six digits, kept as a number).
        var regions = new Dictionary<int, int>(4);
        var common = -1;
        var commonCount = 0;
        var shapes = new (string En, string Zh)?[context.Document.Projects.Length];
        for (var p = 0; p < shapes.Length; p++)
        {
            if (context.Document.Projects[p].Code is { } code && (shapes[p] = Shape(code)) is null)
            {
                var region = Digits(code, 0, 6);
                regions.TryGetValue(region, out var count);
                regions[region] = ++count;
                if (count > commonCount)
                {
                    common = region;
                    commonCount = count;
                }
            }
        }

        foreach (var project in context.Facts.Projects)
        {
            if (project.Project.Code is not { } code)
            {
                continue;
            }

            var pointer = PointerSpec.ForProject(project.Index, "code");
            if (shapes[project.Index] is { } problem)
            {
                context.Add(pointer, WrongShape, code, context.Culture == Language.English ? problem.En : problem.Zh);
                continue;
            }

            if (Digits(code, 6, 2) != context.Document.FiscalYear % 100)
            {
                context.Add(pointer, WrongYear, code, code.Substring(6, 2), context.Document.FiscalYear, Severity.Warning);
            }

            var check = CheckCharacter(code);
            if (code[20] != check)
            {
                context.Add(pointer, WrongCheck, code, check, severity: Severity.Warning);
            }

            if (regions.Count > 1 && Digits(code, 0, 6) != common)
            {
                context.Add(pointer, OtherRegion, code, code.Substring(0, 6), common.ToString("000000", CultureInfo.InvariantCulture), Severity.Warning);
            }
        }
    }

    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>Computes the check character of a code's first 20 characters (domain.md): s = Σ value(cᵢ)·3ⁱ mod 31, check = (30 − s) mod 31.</summary>
    internal static char CheckCharacter(string code)
    {
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 20; i++)
        {
            sum = (sum + (Value(code[i]) * weight)) % 31;
            weight = weight * 3 % 31;
        }

        return Alphabet[(30 - sum + 31) % 31];
    }

    /// <summary>Gets a character's value in the GB 32100 set, or -1.</summary>
    private static int Value(char c) => c < 128 ? Values[c] : -1;

    private static readonly sbyte[] Values = BuildValues();

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[128];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (sbyte)Alphabet.IndexOf((char)i);
        }

        return values;
    }

    /// <summary>Says what is wrong with a code's shape, or null when it has the right shape.</summary>
    private static (string En, string Zh)? Shape(string code)
    {
        if (code.Length != 21)
        {
            return (string.Format(CultureInfo.InvariantCulture, "it has {0} characters, not 21", code.Length), string.Format(CultureInfo.InvariantCulture, "长度为 {0} 位而非 21 位", code.Length));
        }

        for (var i = 0; i < 8; i++)
        {
            if (code[i] is < '0' or > '9')
            {
                return ("the first 8 characters are digits", "前 8 位应为数字");
            }
        }

        if (code[8] is < 'A' or > 'Z')
        {
            return ("the 9th character is a capital letter", "第 9 位应为大写字母");
        }

        for (var i = 9; i < 15; i++)
        {
            if (code[i] is < '0' or > '9')
            {
                return ("characters 10 to 15 are digits", "第 10–15 位应为数字");
            }
        }

        for (var i = 15; i < 21; i++)
        {
            if (Value(code[i]) < 0)
            {
                return ("the last 6 characters are digits or capitals other than I, O, S, V, Z", "末 6 位应为数字或除 I、O、S、V、Z 外的大写字母");
            }
        }

        return null;
    }
}

/// <summary>PT209: table sequence numbers not 1..n in order.</summary>
internal sealed class SequenceRule : BuiltInRule
{
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

    public override RuleDescriptor Descriptor => RuleCatalog.PT209;

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

/// <summary>PT210: weights present but not summing to 100 in a table.</summary>
internal sealed class WeightSumRule : BuiltInRule
{
    private static readonly Text Message = new(
        "The weights of table {0} sum to {1}, not 100.",
        "表{0}的权重合计为 {1}，不等于 100。",
        "Give every indicator a weight, so that they sum to 100.",
        "请为每个指标填写权重，使合计为 100。");

    private static readonly Text Partial = new(
        "Only {1} of the indicators of table {0} have a weight.",
        "表{0}只有 {1} 个指标填写了权重。",
        "Give every indicator a weight, so that they sum to 100.",
        "请为每个指标填写权重，使合计为 100。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT210;

    public override void Check(ValidationContext context)
    {
        foreach (var project in context.Facts.Projects)
        {
            Check(context, project, project.Indicators, false);
            Check(context, project, project.PeriodIndicators, true);
        }
    }

    private static void Check(ValidationContext context, ProjectFacts project, IndicatorFacts[] indicators, bool period)
    {
        var sum = 0m;
        var weighted = 0;
        foreach (var indicator in indicators)
        {
            if (indicator.Indicator.Weight is { } weight)
            {
                sum = Amounts.Sum(sum, weight) ?? decimal.MaxValue;
                weighted++;
            }
        }

        if (weighted == 0)
        {
            return;
        }

        var pointer = PointerSpec.ForProject(project.Index, ListName(period));
        if (weighted < indicators.Length)
        {
            context.Add(pointer, Partial, project.Table, weighted);
        }
        else if (sum != 100m)
        {
            context.Add(pointer, Message, project.Table, sum);
        }
    }
}

/// <summary>PT211: a targetValue that disagrees with the verbatim target.</summary>
internal sealed class TargetValueAgreementRule : IndicatorRule
{
    private static readonly Text Message = new(
        "targetValue says {0}, but the target \"{1}\" says {2}.",
        "targetValue 为 {0}，而指标值“{1}”表示 {2}。",
        "Re-run the normaliser (perftargets normalize), or correct whichever of the two is wrong.",
        "请重新规范化（perftargets normalize），或修正两者中有误的一方。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT211;

    internal override RowNeeds Needs => RowNeeds.TargetValue;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        if (indicator.Indicator.TargetValue is not { } stated)
        {
            return;
        }

        var parsed = indicator.Target.ToTargetValue();
        if (parsed is not null && Agrees(stated, parsed))
        {
            return;
        }

        context.Add(
            PointerSpec.ForItem(project.Index, list, row, "targetValue"),
            Message,
            stated.Format(),
            indicator.Indicator.Target,
            parsed?.Format() ?? (context.Culture == Language.English ? "nothing" : "空"));
    }

    private static bool Agrees(TargetValue stated, TargetValue parsed)
    {
        if (stated.Kind != parsed.Kind)
        {
            return false;
        }

        if (stated.Kind == TargetValueKind.Qualitative)
        {
            return string.Equals(IndicatorTarget.TrimWhite(stated.Text ?? string.Empty), parsed.Text, StringComparison.Ordinal);
        }

        return stated.Comparator == parsed.Comparator &&
               stated.Value == parsed.Value &&
               string.Equals(stated.Unit is null ? null : Units.Standard(stated.Unit), parsed.Unit, StringComparison.Ordinal);
    }
}
