using System.Globalization;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT208: a project code of the wrong length or shape (error), or with a wrong year, check character or division (warning).</summary>
internal sealed class ProjectCodeRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT208",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("项目编码格式有误", "Project code malformed"),
        Description = new(
            "项目编码为 21 位：6 位行政区划代码、2 位年度、1 个字母、6 位顺序号和 6 位 GB 32100 字符集字符，末位为校验码。长度或结构错误为错误；年度与预算年度不符、校验码不符或区划代码与文档中其他编码不同为警告。",
            "A project code has 21 characters: a 6-digit division code, a 2-digit year, a letter, a 6-digit number and 6 characters of the GB 32100 set, the last a check character. A wrong length or shape is an error; a year other than the fiscal year, a wrong check character or a division code differing from the document's others is a warning."),
    };

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
                context.Add(pointer, WrongShape, code, new LocalizedText(problem.Zh, problem.En));
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
        // Each term is below 31 · 31 and there are 20 of them: one remainder at the end.
        var sum = 0;
        for (var i = 0; i < 20; i++)
        {
            sum += Value(code[i]) * Weights[i];
        }

        return Alphabet[(30 - (sum % 31) + 31) % 31];
    }

    /// <summary>3ⁱ mod 31 for the first 20 positions.</summary>
    private static readonly int[] Weights = BuildWeights();

    private static int[] BuildWeights()
    {
        var weights = new int[20];
        var weight = 1;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = weight;
            weight = weight * 3 % 31;
        }

        return weights;
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
