using System.Text;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>Documents, findings and golden-file helpers shared by the rendering tests.</summary>
public static class RenderingFixtures
{
    private static readonly Lazy<TargetDocument> SeedDocument = new(() => TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow());

    /// <summary>The whole seed: 23 tables, 179 indicators.</summary>
    public static TargetDocument Seed => SeedDocument.Value;

    public static TargetDocument Excerpt => TargetJson.ReadFile(TestPaths.Excerpt).GetDocumentOrThrow();

    /// <summary>Strings that would run script, break markup, or be evaluated if any layer trusted them.</summary>
    public static readonly string[] HostileStrings =
    [
        "<script>window.__pwned = (window.__pwned || 0) + 1;</script>",
        "\"><img src=x onerror=\"window.__pwned = (window.__pwned || 0) + 1\">",
        "'><svg onload='window.__pwned = (window.__pwned || 0) + 1'>",
        "javascript:window.__pwned=(window.__pwned||0)+1",
        "<a href=\"javascript:window.__pwned=1\">click</a>",
        "{{ 6 * 7 }}",
        "{{ object.eval '1+1' }}{{ include 'html-style' }}",
        "</td></tr></table><script>window.__pwned=1</script>",
        "<!-- comment --><style>body{display:none}</style>",
        "&lt;already escaped&gt; & ampersand",
        "a|b*c_d\\e<f>g`h`[i](j)~k~ line\nbreak\r\nand\rcr",
        "# heading\n- list\n> quote\n1. item",
        "   leading spaces and trailing   ",
        "\u0000nul \u0007bell \u001Fus \u007Fdel \u0085nel",
    ];

    /// <summary>The seed with a hostile string in every text field the tables print, cycling through <see cref="HostileStrings"/>.</summary>
    public static TargetDocument Hostile()
    {
        var n = 0;
        string Next() => HostileStrings[n++ % HostileStrings.Length];
        var seed = Excerpt;
        return seed with
        {
            Title = Next(),
            PreparedBy = Next(),
            ReviewedBy = Next(),
            Department = new Department { Code = Next(), Name = Next(), InternalUnits = [Next()] },
            OverallTargets = new OverallTargets { Overall = [Next(), Next()], Itemized = [Next()], Safeguards = [Next()] },
            Projects =
            [
                .. seed.Projects.Select(p => p with
                {
                    Unit = new BudgetUnit { Code = Next(), Name = Next() },
                    Code = Next(),
                    Name = Next(),
                    FundingReference = Next(),
                    FundUse = Next(),
                    Goals = [Next(), Next()],
                    PeriodGoals = [Next()],
                    ReviewOpinion = Next(),
                    ImplementationPeriod = new ImplementationPeriod { Start = Next(), End = Next() },
                    Indicators = [.. p.Indicators.Select((i, k) => i with
                    {
                        Level1 = k < 3 ? HostileStrings[0] : Next(),
                        Level2 = Next(),
                        Name = Next(),
                        Description = Next(),
                        Target = Next(),
                        Basis = Next(),
                        Weight = 10m,
                        Direction = IndicatorDirection.Positive,
                    })],
                    PeriodIndicators = [.. p.Indicators.Take(2).Select(i => i with { Name = Next(), Target = Next() })],
                }),
            ],
        };
    }

    /// <summary>Findings made by hand on the seed, one for each kind of place the review view puts them.</summary>
    public static ValidationReport SeedReport() => new(
        [
            Make("PT001", Severity.Error, RuleCategory.Format, "", "The document has no title page date.", "Add the date."),
            Make("PT101", Severity.Warning, RuleCategory.Completeness, "/title", "Title checks <b>bold</b> & \"quotes\".", null),
            Make("PT102", Severity.Error, RuleCategory.Completeness, "/projects/0/code", "项目编码校验位不符。", "核对项目编码。"),
            Make("PT103", Severity.Warning, RuleCategory.Completeness, "/projects/0/goals/0", "绩效目标过于笼统。", "写明数量和时间。"),
            Make("PT104", Severity.Info, RuleCategory.Feasibility, "/projects/0/spendingPlan/1/cumulativePercent", "Spending by June is low.", null),
            Make("PT105", Severity.Error, RuleCategory.Appropriateness, "/projects/0/indicators/3/target", "成本指标超过预算。", "成本指标不应超过预算数。"),
            Make("PT106", Severity.Warning, RuleCategory.Relevance, "/projects/0/indicators/2/level1", "Level-1 of a merged row.", null),
            Make("PT107", Severity.Info, RuleCategory.Format, "/projects/0/indicators/5/name", "指标名称前有空格。", "删除空格。"),
            Make("PT108", Severity.Error, RuleCategory.Feasibility, "/projects/0/budget/total", "Budget does not add up.", null),
            Make("PT109", Severity.Warning, RuleCategory.Completeness, "/projects/0", "The table as a whole.", null),
            Make("PT110", Severity.Warning, RuleCategory.Completeness, "/projects/2/indicators/99/target", "An indicator that does not exist.", null),
            Make("PT111", Severity.Info, RuleCategory.Completeness, "/projects/99/code", "A table that does not exist.", null),
            Make("PT112", Severity.Warning, RuleCategory.Completeness, "/overallTargets/overall/1", "Paragraph finding.", null),
            Make("PT113", Severity.Error, RuleCategory.Completeness, "/projects/1/fundUse", "资金用途为空泛表述。", null),
            Make("PT114", Severity.Warning, RuleCategory.Relevance, "/projects/1/indicators/0/level2", "Level-2 finding.", null),
        ],
        Seed,
        "guanting-2024.json",
        "test");

    public static Finding Make(string rule, Severity severity, RuleCategory category, string pointer, string message, string? hint) =>
        new() { RuleId = rule, Severity = severity, Category = category, Pointer = pointer, Message = message, Hint = hint };

    /// <summary>
    /// Compares text with a golden file byte for byte. With PERFTARGETS_APPROVE=1 the file is (re)written instead; so is
    /// a missing file, but then the test fails so that a new golden file is looked at before it is committed.
    /// </summary>
    public static void AssertGolden(string path, string actual)
    {
        var approve = Environment.GetEnvironmentVariable("PERFTARGETS_APPROVE") == "1";
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (approve || !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, utf8);
            Assert.True(approve, $"The golden file {path} did not exist and was written; review and commit it, then run the tests again.");
            return;
        }

        var expected = File.ReadAllText(path, utf8);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            var received = path + ".received.txt";
            File.WriteAllText(received, actual, utf8);
            var at = FirstDifference(expected, actual);
            Assert.Fail($"{path} differs from the rendering at character {at} (line {LineAt(expected, at)}); the rendering is in {received}. If the change is deliberate, run the tests with PERFTARGETS_APPROVE=1 and commit the golden file.");
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static int LineAt(string text, int index) => text.Take(Math.Min(index, text.Length)).Count(c => c == '\n') + 1;
}
