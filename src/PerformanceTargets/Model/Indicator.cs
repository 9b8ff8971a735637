namespace PerformanceTargets.Model;

/// <summary>
/// One row of a project's indicator table (<c>indicators[]</c>): 一级指标, 二级指标, 三级指标 (the name),
/// 绩效指标描述, 指标值 (the target, verbatim) and 指标值确定依据, with the optional weight and direction.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is structural. <see cref="Target"/> is kept exactly as written
/// (" =100%" keeps its space, "≥95百分比" its spelling); <see cref="ParseTarget"/> interprets it.
/// </remarks>
public sealed record Indicator
{
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the level-1 category name (<c>level1</c>, 一级指标), verbatim, such as 产出指标.</summary>
    public required string Level1 { get; init; }

    /// <summary>Gets the level-2 dimension name (<c>level2</c>, 二级指标), verbatim, such as 数量指标.</summary>
    public required string Level2 { get; init; }

    /// <summary>Gets the indicator name (<c>name</c>, 三级指标), verbatim.</summary>
    public required string Name { get; init; }

    /// <summary>Gets what the indicator measures (<c>description</c>, 绩效指标描述 / 指标解释).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the target value as written (<c>target</c>, 指标值), such as "21个", "≥95%", "≤67.54万元", "得到保障".</summary>
    public required string Target { get; init; }

    /// <summary>Gets where the target comes from (<c>basis</c>, 指标值确定依据).</summary>
    public string? Basis { get; init; }

    /// <summary>Gets the weight (<c>weight</c>, 权重), when the source has weights; those of a table sum to 100.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Gets the direction (<c>direction</c>, 指标方向), when the source states it.</summary>
    public IndicatorDirection? Direction { get; init; }

    /// <summary>
    /// Gets the normalised target (<c>targetValue</c>) written by the normaliser, or null. When present it must agree
    /// with <see cref="Target"/> (rule PT211).
    /// </summary>
    public TargetValue? TargetValue { get; init; }

    /// <summary>Gets the in-year monitoring of the indicator (<c>monitoring</c>, 绩效运行监控, format 1.1), or null.</summary>
    public IndicatorMonitoring? Monitoring { get; init; }

    /// <summary>Gets the self-evaluation of the indicator (<c>evaluation</c>, 绩效自评, format 1.1), or null.</summary>
    public IndicatorEvaluation? Evaluation { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <summary>Parses <see cref="Target"/>. Never throws.</summary>
    /// <returns>The interpreted target.</returns>
    public IndicatorTarget ParseTarget() => IndicatorTarget.Parse(Target);
}

/// <summary>
/// The normalised form of a target (<c>targetValue</c>): quantitative (comparator, value, unit) or qualitative (text).
/// </summary>
/// <remarks>Immutable and thread-safe; equality is structural. Create one from a verbatim target with <see cref="IndicatorTarget.ToTargetValue"/>.</remarks>
public sealed record TargetValue
{
    private ExtensionData _extensions = ExtensionData.Empty;

    /// <summary>Gets the kind (<c>kind</c>).</summary>
    public required TargetValueKind Kind { get; init; }

    /// <summary>Gets the comparator (<c>comparator</c>) of a quantitative target; null when none was written ("21个").</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>Gets the number (<c>value</c>) of a quantitative target.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the unit (<c>unit</c>) of a quantitative target in its standard spelling, such as %, 个, 万元; null when none.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the text (<c>text</c>) of a qualitative target, such as 得到保障.</summary>
    public string? Text { get; init; }

    /// <summary>Gets the <c>x-</c> extension properties. Never null.</summary>
    public ExtensionData Extensions { get => _extensions; init => _extensions = value ?? ExtensionData.Empty; }

    /// <summary>Creates a quantitative target value.</summary>
    /// <param name="comparator">The comparator, or null when none is written.</param>
    /// <param name="value">The number.</param>
    /// <param name="unit">The unit in its standard spelling, or null.</param>
    /// <returns>The target value.</returns>
    public static TargetValue Quantitative(Comparator? comparator, decimal value, string? unit) =>
        new() { Kind = TargetValueKind.Quantitative, Comparator = comparator, Value = value, Unit = unit };

    /// <summary>Creates a qualitative target value.</summary>
    /// <param name="text">The graded phrase.</param>
    /// <returns>The target value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static TargetValue Qualitative(string text) =>
        new() { Kind = TargetValueKind.Qualitative, Text = Internal.Guard.NotNull(text) };

    /// <summary>Formats the value in the standard spelling ("≥95%", "21个", "得到保障").</summary>
    /// <returns>The standard text.</returns>
    public string Format()
    {
        if (Kind == TargetValueKind.Qualitative)
        {
            return Text ?? string.Empty;
        }

        return IndicatorTarget.FormatQuantity(Comparator, Value ?? 0m, Unit);
    }
}
