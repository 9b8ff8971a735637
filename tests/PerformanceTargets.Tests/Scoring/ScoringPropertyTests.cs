using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;

namespace PerformanceTargets.Tests.Scoring;

/// <summary>
/// The scorer against an independent re-statement of the lifecycle formulas: indicators are generated as structured
/// values (comparator, number, unit; a qualitative phrase; an actual in the same unit, bare, in another money unit, in
/// another unit, with a comparator, as a tier word or a text), written as the cells a table would print, and scored;
/// the expected figures are computed here from the structured values, never by parsing the cells. Every figure must
/// agree within 0.01 and every missing figure must say the same why.
/// </summary>
public class ScoringPropertyTests
{
    [Property(MaxTest = 400, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Scores_follow_the_formulas(ScoringCase @case)
    {
        var document = @case.ToDocument();
        // Through the codec: what is scored is what a file holds.
        var read = TargetJson.Read(TargetJson.Write(document)).GetDocumentOrThrow();
        var scores = TargetScorer.Default.Score(read).Projects[0];
        var evaluation = scores.Evaluation!;

        var expectedIndicatorScores = 0m;
        for (var i = 0; i < @case.Rows.Length; i++)
        {
            var row = @case.Rows[i];
            var actual = scores.Indicators[i].Evaluation!;
            var (completion, gap) = row.ExpectedCompletion();
            Assert.True(
                gap == actual.Completion.Gap && Near(completion is { } c ? 100m * c : null, actual.Completion.ValueOrNull),
                $"{row}: completion expected {(completion is { } x ? (100m * x).ToString(CultureInfo.InvariantCulture) : gap.ToString())}, got {actual.Completion}");
            decimal? formula = completion is { } ratio ? row.Points * Math.Min(Math.Max(ratio, 0m), 1m) : null;
            Assert.True(Near(formula, actual.FormulaScore.ValueOrNull), $"{row}: formula expected {formula}, got {actual.FormulaScore}");
            var score = row.Reported ?? (formula is { } f ? Math.Round(f, 2, MidpointRounding.AwayFromZero) : 0m);
            Assert.True(Near(score, actual.Score), $"{row}: score expected {score}, got {actual.Score}");
            Assert.Equal(row.ExpectedAchievement(), actual.Achievement);
            Assert.Equal(completion is { } r2 ? r2 < 1m : row.ExpectedAchievement() is Achievement.Partly or Achievement.NotAchieved, actual.FallsShort);
            expectedIndicatorScores += score;
        }

        var rate = @case.Budget == 0m ? (decimal?)null : @case.Spent / @case.Budget;
        Assert.True(Near(rate * 100m, evaluation.ExecutionRate.ValueOrNull), $"rate expected {rate}, got {evaluation.ExecutionRate}");
        var execution = rate is { } e ? Math.Round(@case.ExecutionPoints * Math.Min(e, 1m), 2, MidpointRounding.AwayFromZero) : (decimal?)null;
        Assert.True(Near(execution, evaluation.ExecutionScore.ValueOrNull), $"execution score expected {execution}, got {evaluation.ExecutionScore}");
        var total = (execution ?? 0m) + expectedIndicatorScores;
        Assert.True(Near(total, evaluation.TotalScore), $"total expected {total}, got {evaluation.TotalScore}");
        var grade = total >= 90m ? EvaluationGrade.Excellent : total >= 80m ? EvaluationGrade.Good : total >= 60m ? EvaluationGrade.Fair : EvaluationGrade.Poor;
        if (Math.Abs(total - evaluation.TotalScore) == 0m)
        {
            Assert.Equal(grade, evaluation.Grade);
        }

        Assert.Equal(@case.ExecutionPoints + @case.Rows.Sum(r => r.Points), evaluation.TotalPoints);
    }

    private static bool Near(decimal? expected, decimal? actual) =>
        expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) <= 0.01m;
}

/// <summary>Units an indicator may be written in; the money units convert into one another.</summary>
public static class Units
{
    public static readonly string[] All = ["%", "个", "人", "万元", "元", "亿元"];

    public static decimal? Yuan(string unit) => unit switch { "元" => 1m, "万元" => 10_000m, "亿元" => 100_000_000m, _ => null };
}

/// <summary>How an actual value is written.</summary>
public enum ActualForm
{
    SameUnit,
    Bare,
    OtherMoneyUnit,
    OtherUnit,
    WithComparator,
    TierWord,
    Text,
    Missing,
}

/// <summary>One generated indicator: the structured target and actual, and how they are printed.</summary>
public sealed record ScoringRow(
    bool Qualitative,
    string? Comparator,
    decimal Target,
    string Unit,
    bool PercentWord,
    IndicatorDirection? Direction,
    string Phrase,
    ActualForm Form,
    decimal Actual,
    string ActualUnit,
    string Word,
    Achievement? Stated,
    decimal Points,
    decimal? Reported)
{
    private static readonly Dictionary<string, Achievement> Tiers = new(StringComparer.Ordinal)
    {
        ["达成预期指标"] = Achievement.Achieved, ["已完成"] = Achievement.Achieved, ["全部完成"] = Achievement.Achieved,
        ["部分达成"] = Achievement.Partly, ["基本完成"] = Achievement.Partly, ["未达成"] = Achievement.NotAchieved, ["未完成"] = Achievement.NotAchieved,
    };

    public string TargetText => Qualitative ? Phrase : Comparator + Number(Target) + (Unit == "%" && PercentWord ? "百分比" : Unit);

    public string? ActualText => Form switch
    {
        ActualForm.Missing => null,
        ActualForm.TierWord => Word,
        ActualForm.Text => Qualitative ? Phrase : "良好",
        ActualForm.Bare => Number(Actual),
        ActualForm.WithComparator => "≥" + Number(Actual) + (Qualitative ? string.Empty : Unit),
        ActualForm.OtherMoneyUnit or ActualForm.OtherUnit => Number(Actual) + ActualUnit,
        _ => Number(Actual) + (Qualitative ? "个" : Unit),
    };

    /// <summary>The contract's completion c, from the structured values, or why none.</summary>
    public (decimal? Completion, FigureGap Gap) ExpectedCompletion()
    {
        var quantitativeActual = Form is not (ActualForm.TierWord or ActualForm.Text or ActualForm.Missing);
        if (Qualitative)
        {
            return (null, quantitativeActual ? FigureGap.NotComparable : FigureGap.Qualitative);
        }

        if (Form == ActualForm.Missing)
        {
            return (null, FigureGap.NoActual);
        }

        if (!quantitativeActual || Form == ActualForm.OtherUnit && ActualUnit != Unit && !(Units.Yuan(ActualUnit) is not null && Units.Yuan(Unit) is not null))
        {
            return (null, FigureGap.NotComparable);
        }

        var a = Form is ActualForm.OtherMoneyUnit or ActualForm.OtherUnit && Units.Yuan(ActualUnit) is { } from && Units.Yuan(Unit) is { } to ? Actual * from / to : Actual;
        var negative = Comparator is "≤" or "<" || (Comparator is null or "=" && Target == 0m) || (Comparator is null && Direction == IndicatorDirection.Negative);
        if (!negative)
        {
            return Target == 0m ? (null, FigureGap.UndefinedRatio) : (a / Target, FigureGap.None);
        }

        if (Target == 0m)
        {
            return (a == 0m ? 1m : 0m, FigureGap.None);
        }

        return (a <= Target ? 1m : Target / a, FigureGap.None);
    }

    /// <summary>The contract's achievement: stated, else a tier word, else the target's own text.</summary>
    public Achievement? ExpectedAchievement() =>
        Stated ?? (Form == ActualForm.TierWord ? Tiers[Word] : Form == ActualForm.Text && Qualitative ? Achievement.Achieved : null);

    public Indicator ToIndicator(int index) => new()
    {
        Level1 = "产出指标",
        Level2 = "数量指标",
        Name = "指标" + index.ToString(CultureInfo.InvariantCulture),
        Target = TargetText,
        Direction = Direction,
        Evaluation = new IndicatorEvaluation { Actual = ActualText, Points = Points, Score = Reported, Achievement = Stated },
    };

    public override string ToString() => $"target {TargetText} ({Direction?.ToString() ?? "no direction"}), actual {ActualText ?? "(none)"}, points {Points}, reported {Reported?.ToString(CultureInfo.InvariantCulture) ?? "-"}, stated {Stated?.ToString() ?? "-"}";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One generated evaluated project.</summary>
public sealed record ScoringCase(decimal Budget, decimal Spent, decimal ExecutionPoints, ScoringRow[] Rows)
{
    public TargetDocument ToDocument() => new()
    {
        FiscalYear = 2024,
        Projects =
        [
            new Project
            {
                Name = "项目",
                Budget = new Budget { Total = Budget },
                Evaluation = new ProjectEvaluation { Spent = Spent, ExecutionPoints = ExecutionPoints },
                Indicators = [.. Rows.Select((r, i) => r.ToIndicator(i))],
            },
        ],
    };

    public override string ToString() => $"budget {Budget}, spent {Spent}, points {ExecutionPoints}; " + string.Join("; ", Rows.Select(r => r.ToString()));
}

public static class ScoringArbitraries
{
    private static readonly string[] TierWords = ["达成预期指标", "已完成", "全部完成", "部分达成", "基本完成", "未达成", "未完成"];

    public static Arbitrary<ScoringCase> Cases() => Arb.From(
        from budget in Gen.Frequency((1, Gen.Constant(0m)), (9, Amount(1, 100000)))
        from spent in Amount(0, 120000)
        from points in Gen.Elements(10m, 20m, 0m, 15.5m)
        from rows in Row().ListOf().Resize(6)
        select new ScoringCase(budget, spent, points, [.. rows]));

    private static Gen<decimal> Amount(int low, int high) =>
        from whole in Gen.Choose(low, high)
        from cents in Gen.Choose(0, 99)
        from scale in Gen.Choose(0, 2)
        select scale == 0 ? whole : Math.Round(whole + (cents / 100m), scale);

    private static Gen<ScoringRow> Row() =>
        from qualitative in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        from comparator in Gen.Elements<string?>(null, "≥", ">", "=", "≤", "<")
        from target in Gen.Frequency((1, Gen.Constant(0m)), (6, Amount(1, 1000)))
        from unit in Gen.Elements(Units.All)
        from percentWord in Gen.Elements(true, false)
        from direction in Gen.Elements<IndicatorDirection?>(null, IndicatorDirection.Positive, IndicatorDirection.Negative)
        from phrase in Gen.Elements("得到保障", "显著提升", "有所提升")
        from form in Gen.Elements(Enum.GetValues<ActualForm>())
        from actual in Gen.Frequency((1, Gen.Constant(0m)), (6, Amount(1, 2000)))
        from actualUnit in Gen.Elements(Units.All)
        from word in Gen.Elements(TierWords)
        from stated in Gen.Frequency((3, Gen.Constant<Achievement?>(null)), (1, Gen.Elements<Achievement?>(Achievement.Achieved, Achievement.Partly, Achievement.NotAchieved)))
        from points in Gen.Elements(5m, 10m, 12.5m, 20m, 0m)
        from reported in Gen.Frequency((2, Gen.Constant<decimal?>(null)), (1, Amount(0, 20).Select(v => (decimal?)v)))
        select new ScoringRow(
            qualitative,
            comparator,
            target,
            unit,
            percentWord,
            direction,
            phrase,
            // Another money unit only for money targets; another unit is any unit, maybe the same.
            form == ActualForm.OtherMoneyUnit && Units.Yuan(unit) is null ? ActualForm.SameUnit : form,
            actual,
            form == ActualForm.OtherMoneyUnit ? (unit == "元" ? "万元" : "元") : actualUnit,
            word,
            stated,
            points,
            reported);
}
