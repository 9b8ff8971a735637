using System.Globalization;

namespace PerformanceTargets.Scoring;

/// <summary>
/// A figure the scorer computes (a rate, a score, a share, a lag), or why there is none: a result, not an exception,
/// as a division by a zero target or an actual in another unit are expected in real tables.
/// </summary>
/// <remarks>Immutable and thread-safe. The default value has no value and <see cref="FigureGap.NoData"/>.</remarks>
public readonly struct Figure : IEquatable<Figure>
{
    private readonly decimal _value;
    private readonly FigureGap _gap;
    private readonly bool _hasValue;

    private Figure(decimal value)
    {
        _value = value;
        _gap = FigureGap.None;
        _hasValue = true;
    }

    private Figure(FigureGap gap)
    {
        _value = 0m;
        _gap = gap == FigureGap.None ? FigureGap.NoData : gap;
        _hasValue = false;
    }

    /// <summary>Gets whether the figure has a value.</summary>
    public bool HasValue => _hasValue;

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The figure has none; <see cref="Gap"/> says why. Use <see cref="TryGetValue"/> or <see cref="ValueOrNull"/> to test.</exception>
    public decimal Value => _hasValue ? _value : throw new InvalidOperationException("The figure has no value: " + Gap + ".");

    /// <summary>Gets the value, or null when there is none.</summary>
    public decimal? ValueOrNull => _hasValue ? _value : null;

    /// <summary>Gets why there is no value; <see cref="FigureGap.None"/> when there is one.</summary>
    public FigureGap Gap => _hasValue ? FigureGap.None : _gap == FigureGap.None ? FigureGap.NoData : _gap;

    /// <summary>Makes a figure with a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The figure.</returns>
    public static Figure Of(decimal value) => new(value);

    /// <summary>Makes a figure without a value.</summary>
    /// <param name="gap">Why there is none; <see cref="FigureGap.None"/> is taken as <see cref="FigureGap.NoData"/>.</param>
    /// <returns>The figure.</returns>
    public static Figure Missing(FigureGap gap) => new(gap);

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="value">The value, or 0.</param>
    /// <returns>True when the figure has a value.</returns>
    public bool TryGetValue(out decimal value)
    {
        value = _value;
        return _hasValue;
    }

    /// <inheritdoc />
    public bool Equals(Figure other) => _hasValue ? other._hasValue && _value == other._value : !other._hasValue && Gap == other.Gap;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Figure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hasValue ? _value.GetHashCode() : (int)Gap + 1;

    /// <summary>Writes the value (invariant culture), or the gap in brackets, such as <c>[UndefinedRatio]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _hasValue ? _value.ToString(CultureInfo.InvariantCulture) : "[" + Gap + "]";

    /// <summary>Compares two figures.</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when both have the same value, or both none for the same reason.</returns>
    public static bool operator ==(Figure left, Figure right) => left.Equals(right);

    /// <summary>Compares two figures.</summary>
    /// <param name="left">One figure.</param>
    /// <param name="right">The other.</param>
    /// <returns>True unless <paramref name="left"/> == <paramref name="right"/>.</returns>
    public static bool operator !=(Figure left, Figure right) => !left.Equals(right);
}

/// <summary>Why a <see cref="Figure"/> has no value.</summary>
public enum FigureGap
{
    /// <summary>The figure has a value.</summary>
    None,

    /// <summary>The data it needs is not in the document (a monitoring or evaluation block, a spending plan figure …).</summary>
    NoData,

    /// <summary>The amount spent is not stated (<c>spent</c>).</summary>
    NoSpent,

    /// <summary>The indicator's points are not stated (<c>points</c>).</summary>
    NoPoints,

    /// <summary>The indicator has no actual value (<c>actual</c>, or <c>progress</c> for monitoring): rule PT606.</summary>
    NoActual,

    /// <summary>The target is empty: nothing to compare with.</summary>
    NoTarget,

    /// <summary>The target is qualitative (a phrase or a period): no formula applies; the evaluator's score counts.</summary>
    Qualitative,

    /// <summary>The actual cannot be compared with the target: another unit after the usual equivalences, or a number against a text (rule PT607).</summary>
    NotComparable,

    /// <summary>The ratio is undefined: a positive target of 0 (or below), or a budget of 0.</summary>
    UndefinedRatio,

    /// <summary>The monitoring date is not a date of the calendar, or lies outside the fiscal year (rule PT705).</summary>
    InvalidDate,

    /// <summary>The indicator is not one whose progress is compared pro rata: only a quantitative 数量指标 with a positive target is.</summary>
    NotProRata,
}

/// <summary>The light of a project or an indicator in monitoring (绩效运行监控). JSON spelling: the name in lower case.</summary>
public enum Light
{
    /// <summary>No light: the figures do not say (never guessed).</summary>
    Unknown,

    /// <summary>Green: on track (a lag within the first threshold, 10 points by default; being ahead is green).</summary>
    Green,

    /// <summary>Yellow: behind (a lag above the first threshold, up to the second, 20 points by default).</summary>
    Yellow,

    /// <summary>Red: far behind (a lag above the second threshold).</summary>
    Red,
}

/// <summary>What an indicator's light was decided from.</summary>
public enum LightBasis
{
    /// <summary>Nothing: the light is <see cref="Light.Unknown"/>.</summary>
    None,

    /// <summary>The stated likelihood (完成目标可能性): certain green, possible yellow, impossible red.</summary>
    Likelihood,

    /// <summary>The progress against the target, pro rata to the months elapsed.</summary>
    Progress,
}

/// <summary>Where the score of an indicator that counts in the total comes from.</summary>
public enum ScoreSource
{
    /// <summary>Neither a reported nor a formula score: it adds 0.</summary>
    None,

    /// <summary>The score the evaluator gave (<c>evaluation.score</c>).</summary>
    Reported,

    /// <summary>The library's formula score (no score was given).</summary>
    Formula,
}
