using PerformanceTargets.Model;

namespace PerformanceTargets.Scoring;

/// <summary>The completion of a value (an actual, a progress, an expected year-end value) against a target, or why none.</summary>
internal readonly record struct Completion(decimal? Ratio, FigureGap Gap, IndicatorDirection? Direction);

/// <summary>
/// Compares a value with a target, both parsed by <see cref="IndicatorTarget.Parse"/>: the one place that says when two
/// quantities are comparable (units after the usual equivalences, bare numbers) and what the completion c is.
/// </summary>
internal static class Comparison
{
    /// <summary>
    /// Gets c: positive targets (≥ &gt; = or none, or <c>direction: positive</c>) c = value/target; negative ones (≤ &lt;, or
    /// <c>direction: negative</c>) c = 1 when value ≤ target, else target/value, and a zero target gives 1 for a value of 0
    /// (or less), else 0. The comparator wins over the direction; a target of 0 with no comparator or "=" ("0起") is
    /// negative, as "at least nothing" means nothing. A comparator written in the value is ignored; a bare number takes
    /// the other's unit; 元/千元/万元/亿元 are converted.
    /// </summary>
    public static Completion Complete(IndicatorTarget target, IndicatorDirection? stated, IndicatorTarget? value)
    {
        switch (target.Kind)
        {
            case TargetKind.Empty:
                return new Completion(null, FigureGap.NoTarget, null);
            case TargetKind.Qualitative or TargetKind.Period:
                return new Completion(null, value is { Kind: TargetKind.Quantitative } ? FigureGap.NotComparable : FigureGap.Qualitative, null);
        }

        if (target.Kind == TargetKind.Range)
        {
            return CompleteRange(target, value);
        }

        var t = target.Value!.Value;
        var direction = DirectionOf(target, stated);
        if (value is null)
        {
            return new Completion(null, FigureGap.NoActual, direction);
        }

        if (value.Kind != TargetKind.Quantitative || !TryConvert(value, target.Unit, out var a))
        {
            return new Completion(null, FigureGap.NotComparable, direction);
        }

        if (direction == IndicatorDirection.Positive)
        {
            return t <= 0m ? new Completion(null, FigureGap.UndefinedRatio, direction)
                : Checked.Divide(a, t) is { } c ? new Completion(c, FigureGap.None, direction)
                : new Completion(null, FigureGap.UndefinedRatio, direction);
        }

        if (t < 0m)
        {
            return new Completion(null, FigureGap.UndefinedRatio, direction);
        }

        if (t == 0m)
        {
            return new Completion(a <= 0m ? 1m : 0m, FigureGap.None, direction);
        }

        return a <= t ? new Completion(1m, FigureGap.None, direction)
            : Checked.Divide(t, a) is { } ratio ? new Completion(ratio, FigureGap.None, direction)
            : new Completion(null, FigureGap.UndefinedRatio, direction);
    }

    /// <summary>
    /// A range or tolerance ("3%～5%", "±2%"): a value within it completes it (c = 1); below a positive lower bound c =
    /// value/lower, above a positive upper bound c = upper/value, as a positive or a negative target would give; below a
    /// lower bound of zero or less (−2 of the tolerance ±2%) no ratio is defined. A range has no direction.
    /// </summary>
    private static Completion CompleteRange(IndicatorTarget target, IndicatorTarget? value)
    {
        if (value is null)
        {
            return new Completion(null, FigureGap.NoActual, null);
        }

        if (value.Kind != TargetKind.Quantitative || target.Lower is not { } lower || target.Upper is not { } upper || !TryConvert(value, target.Unit, out var a))
        {
            return new Completion(null, FigureGap.NotComparable, null);
        }

        if (a >= lower && a <= upper)
        {
            return new Completion(1m, FigureGap.None, null);
        }

        var ratio = a < lower
            ? (lower > 0m && a >= 0m ? Checked.Divide(a, lower) : null)
            : (upper > 0m ? Checked.Divide(upper, a) : null);
        return ratio is { } c ? new Completion(c, FigureGap.None, null) : new Completion(null, FigureGap.UndefinedRatio, null);
    }

    /// <summary>Gets whether a value can be compared with a target: both quantitative, in the same unit after the usual equivalences (a bare number takes the other's unit).</summary>
    public static bool Comparable(IndicatorTarget target, IndicatorTarget value) =>
        target.Kind == TargetKind.Quantitative && value.Kind == TargetKind.Quantitative && TryConvert(value, target.Unit, out _);

    /// <summary>Gets the direction of a quantitative target: the comparator's, else the stated one, else positive; a zero target without comparator (or with "=") is negative.</summary>
    public static IndicatorDirection DirectionOf(IndicatorTarget target, IndicatorDirection? stated) => target.Comparator switch
    {
        Comparator.LessOrEqual or Comparator.Less => IndicatorDirection.Negative,
        Comparator.GreaterOrEqual or Comparator.Greater => IndicatorDirection.Positive,
        _ when target.Value == 0m => IndicatorDirection.Negative,
        Comparator.Equal => IndicatorDirection.Positive,
        _ => stated ?? IndicatorDirection.Positive,
    };

    /// <summary>Gets the value's number in the target's unit: the same unit, a bare number on either side, or money converted.</summary>
    private static bool TryConvert(IndicatorTarget value, string? unit, out decimal number)
    {
        number = value.Value ?? 0m;
        if (value.Unit is null || unit is null || string.Equals(value.Unit, unit, StringComparison.Ordinal))
        {
            return true;
        }

        if (IndicatorTarget.YuanPer(value.Unit) is { } from && IndicatorTarget.YuanPer(unit) is { } to)
        {
            if (Checked.Multiply(number, from) is { } yuan && Checked.Divide(yuan, to) is { } converted)
            {
                number = converted;
                return true;
            }
        }

        return false;
    }

}

/// <summary>The tier words of a qualitative actual (lifecycle decision 4), and the grades of the national templates.</summary>
internal static class TierWords
{
    private static readonly Dictionary<string, Achievement> Words = new(StringComparer.Ordinal)
    {
        ["达成预期指标"] = Achievement.Achieved,
        ["已达成"] = Achievement.Achieved,
        ["达成"] = Achievement.Achieved,
        ["已完成"] = Achievement.Achieved,
        ["完成"] = Achievement.Achieved,
        ["全部完成"] = Achievement.Achieved,
        ["达到预期目标"] = Achievement.Achieved,
        ["达成预期目标"] = Achievement.Achieved,
        ["部分达成"] = Achievement.Partly,
        ["基本完成"] = Achievement.Partly,
        ["部分达到预期目标"] = Achievement.Partly,
        ["部分达到预期目标并具有一定效果"] = Achievement.Partly,
        ["未达成"] = Achievement.NotAchieved,
        ["未完成"] = Achievement.NotAchieved,
        ["未达到预期目标"] = Achievement.NotAchieved,
    };

    private static readonly char[] Stops = ['。', '.', '！', '!'];

    /// <summary>Gets the tier a qualitative actual names (the whole cell, a final 。 or . ignored), or null.</summary>
    public static Achievement? Find(IndicatorTarget? actual)
    {
        if (actual is null || actual.Kind != TargetKind.Qualitative || actual.Text is not { } text)
        {
            return null;
        }

        if (text.Length > 0 && Array.IndexOf(Stops, text[text.Length - 1]) >= 0)
        {
            text = text.TrimEnd(Stops);
        }

        return Words.TryGetValue(text, out var tier) ? tier : null;
    }
}

/// <summary>Decimal arithmetic that gives null (or saturates) instead of throwing on overflow: documents may hold any decimal.</summary>
internal static class Checked
{
    public static decimal? Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static decimal? Divide(decimal a, decimal b)
    {
        if (b == 0m)
        {
            return null;
        }

        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Adds, saturating at <see cref="decimal.MaxValue"/> or <see cref="decimal.MinValue"/>.</summary>
    public static decimal Add(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return a > 0m ? decimal.MaxValue : decimal.MinValue;
        }
    }
}
