using System.Collections.Immutable;
using PerformanceTargets.Internal;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Normalization;

/// <summary>What <see cref="TargetNormalizer"/> does to a document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NormalizeOptions
{
    /// <summary>Gets the default options: add <c>targetValue</c> to every indicator, repair nothing.</summary>
    public static NormalizeOptions Default { get; } = new();

    /// <summary>Gets the options of <c>perftargets normalize --fix</c>: add <c>targetValue</c> and repair the safe findings.</summary>
    public static NormalizeOptions Fix { get; } = new() { FixSpellings = true, TrimSpaces = true };

    /// <summary>
    /// Gets whether to set <see cref="Indicator.TargetValue"/> from <see cref="Indicator.Target"/> on every indicator
    /// (default true). A range or tolerance ("3%～5%", "±2%") has no <c>targetValue</c> form: it is left without one,
    /// and one written before is removed (the change's <see cref="NormalizeChange.After"/> is <c>null</c>).
    /// </summary>
    public bool AddTargetValues { get; init; } = true;

    /// <summary>
    /// Gets whether to repair the non-standard spellings of rule PT302 in targets: 百分比/百分之 for %, 万 for 万元, and
    /// ASCII or full-width comparators (">=" → "≥", "＞" → ">"). Other spellings (comparators in words, full-width
    /// digits) are left alone: their repair is not certain to keep the meaning.
    /// </summary>
    public bool FixSpellings { get; init; }

    /// <summary>Gets whether to remove the leading and trailing white space of indicator names and targets (rule PT306).</summary>
    public bool TrimSpaces { get; init; }
}

/// <summary>One change made by <see cref="TargetNormalizer"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NormalizeChange
{
    /// <summary>Gets the JSON Pointer of the changed value, such as <c>/projects/2/indicators/0/target</c>.</summary>
    public required string Pointer { get; init; }

    /// <summary>Gets the rule whose finding the change repairs (<c>PT302</c>, <c>PT306</c>), or <c>targetValue</c> for an added normalised value.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets the value before the change, as JSON text for <c>targetValue</c>, or null when there was none.</summary>
    public string? Before { get; init; }

    /// <summary>Gets the value after the change, as JSON text for <c>targetValue</c> (<c>null</c> when it was removed from a range).</summary>
    public required string After { get; init; }
}

/// <summary>The normalised document and the list of every change made.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NormalizeResult
{
    internal NormalizeResult(TargetDocument document, ImmutableArray<NormalizeChange> changes)
    {
        Document = document;
        Changes = changes;
    }

    /// <summary>Gets the normalised document.</summary>
    public TargetDocument Document { get; }

    /// <summary>Gets every change, in document order.</summary>
    public ImmutableArray<NormalizeChange> Changes { get; }
}

/// <summary>
/// Adds the normalised <c>targetValue</c> to indicators and, on request, repairs only the findings whose repair
/// cannot change the meaning: non-standard spellings (PT302) and surrounding spaces (PT306).
/// </summary>
/// <remarks>
/// A spelling is repaired only when the repaired target parses to the same kind, comparator, number and unit. Every
/// change is listed. Stateless and thread-safe.
/// </remarks>
public static class TargetNormalizer
{
    private const TargetSpellings Repairable = TargetSpellings.PercentWord | TargetSpellings.WanForWanyuan | TargetSpellings.AsciiComparator | TargetSpellings.FullWidthComparator;

    /// <summary>Normalises a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">What to do; null for <see cref="NormalizeOptions.Default"/>.</param>
    /// <returns>The normalised document and the changes made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static NormalizeResult Normalize(TargetDocument document, NormalizeOptions? options = null)
    {
        Guard.NotNull(document);
        options ??= NormalizeOptions.Default;
        var changes = ImmutableArray.CreateBuilder<NormalizeChange>();
        var projects = ImmutableArray.CreateBuilder<Project>(document.Projects.Length);
        for (var p = 0; p < document.Projects.Length; p++)
        {
            var project = document.Projects[p];
            var pointer = JsonPointer.Append("/projects", p);
            var indicators = NormalizeIndicators(project.Indicators, JsonPointer.Append(pointer, "indicators"), options, changes);
            var periodIndicators = NormalizeIndicators(project.PeriodIndicators, JsonPointer.Append(pointer, "periodIndicators"), options, changes);
            projects.Add(indicators == project.Indicators && periodIndicators == project.PeriodIndicators
                ? project
                : project with { Indicators = indicators, PeriodIndicators = periodIndicators });
        }

        var result = changes.Count == 0 ? document : document with { Projects = projects.MoveToImmutable() };
        return new NormalizeResult(result, changes.ToImmutable());
    }

    /// <summary>Repairs the safe non-standard spellings of one target (PT302), keeping its meaning.</summary>
    /// <param name="target">The target as written.</param>
    /// <returns>The repaired target, or the target itself when nothing can be repaired safely.</returns>
    public static string RepairSpelling(string target)
    {
        Guard.NotNull(target);
        var parsed = IndicatorTarget.Parse(target);
        if (parsed.Kind != TargetKind.Quantitative || (parsed.Spellings & Repairable) == 0)
        {
            return target;
        }

        var repaired = target;
        if ((parsed.Spellings & TargetSpellings.AsciiComparator) != 0)
        {
            repaired = ReplaceFirst(repaired, ">=", "≥", "=>", "≥", "<=", "≤", "=<", "≤");
        }

        if ((parsed.Spellings & TargetSpellings.FullWidthComparator) != 0)
        {
            repaired = ReplaceFirst(repaired, "＞＝", "≥", "＜＝", "≤", "＞=", "≥", "＜=", "≤", ">＝", "≥", "<＝", "≤", "＞", ">", "＜", "<", "＝", "=", "≧", "≥", "≦", "≤", "⩾", "≥", "⩽", "≤");
        }

        if ((parsed.Spellings & TargetSpellings.PercentWord) != 0)
        {
            if (parsed.WrittenUnit == "百分之")
            {
                var index = repaired.IndexOf("百分之", StringComparison.Ordinal);
                var number = parsed.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var numberAt = repaired.IndexOf(number, index + 3, StringComparison.Ordinal);
                var numeralsEnd = index + 3;
                if (index >= 0 && numberAt == index + 3)
                {
                    repaired = repaired.Substring(0, index) + number + "%" + repaired.Substring(numberAt + number.Length);
                }
                else if (index >= 0 && ChineseNumber.TryRead(repaired, ref numeralsEnd, out var numerals) && numerals == parsed.Value)
                {
                    // 百分之九十五: the number in Chinese numerals becomes 95%.
                    repaired = repaired.Substring(0, index) + number + "%" + repaired.Substring(numeralsEnd);
                }
            }
            else
            {
                repaired = ReplaceLast(repaired, "百分比", "%");
            }
        }

        if ((parsed.Spellings & TargetSpellings.WanForWanyuan) != 0)
        {
            var at = repaired.LastIndexOf('万');
            if (at >= 0 && (at + 1 == repaired.Length || repaired[at + 1] != '元'))
            {
                repaired = repaired.Substring(0, at) + "万元" + repaired.Substring(at + 1);
            }
        }

        var check = IndicatorTarget.Parse(repaired);
        var same = check.Kind == parsed.Kind && check.Comparator == parsed.Comparator && check.Value == parsed.Value && check.Unit == parsed.Unit;
        return same && (check.Spellings & Repairable) == 0 ? repaired : target;
    }

    private static ImmutableArray<Indicator> NormalizeIndicators(ImmutableArray<Indicator> indicators, string pointer, NormalizeOptions options, ImmutableArray<NormalizeChange>.Builder changes)
    {
        if (indicators.IsEmpty)
        {
            return indicators;
        }

        var builder = ImmutableArray.CreateBuilder<Indicator>(indicators.Length);
        var changed = false;
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            var here = JsonPointer.Append(pointer, i);
            var name = indicator.Name;
            var target = indicator.Target;
            if (options.TrimSpaces)
            {
                var trimmedName = IndicatorTarget.TrimWhite(name);
                if (!string.Equals(trimmedName, name, StringComparison.Ordinal))
                {
                    changes.Add(new NormalizeChange { Pointer = JsonPointer.Append(here, "name"), Reason = "PT306", Before = name, After = trimmedName });
                    name = trimmedName;
                }

                var trimmedTarget = IndicatorTarget.TrimWhite(target);
                if (!string.Equals(trimmedTarget, target, StringComparison.Ordinal))
                {
                    changes.Add(new NormalizeChange { Pointer = JsonPointer.Append(here, "target"), Reason = "PT306", Before = target, After = trimmedTarget });
                    target = trimmedTarget;
                }
            }

            if (options.FixSpellings)
            {
                var repaired = RepairSpelling(target);
                if (!string.Equals(repaired, target, StringComparison.Ordinal))
                {
                    changes.Add(new NormalizeChange { Pointer = JsonPointer.Append(here, "target"), Reason = "PT302", Before = target, After = repaired });
                    target = repaired;
                }
            }

            var targetValue = indicator.TargetValue;
            if (options.AddTargetValues)
            {
                var parsed = IndicatorTarget.Parse(target);
                var value = parsed.ToTargetValue();
                if (!Equals(value, targetValue) && value is not null)
                {
                    changes.Add(new NormalizeChange
                    {
                        Pointer = JsonPointer.Append(here, "targetValue"),
                        Reason = "targetValue",
                        Before = targetValue is null ? null : Describe(targetValue),
                        After = Describe(value),
                    });
                    targetValue = value;
                }
                else if (parsed.Kind == TargetKind.Range && targetValue is not null)
                {
                    // A range has no targetValue form: one written before (rule set 1.0.0 wrote the text as qualitative) is removed.
                    changes.Add(new NormalizeChange
                    {
                        Pointer = JsonPointer.Append(here, "targetValue"),
                        Reason = "targetValue",
                        Before = Describe(targetValue),
                        After = "null",
                    });
                    targetValue = null;
                }
            }

            if (!ReferenceEquals(name, indicator.Name) || !ReferenceEquals(target, indicator.Target) || !Equals(targetValue, indicator.TargetValue))
            {
                indicator = indicator with { Name = name, Target = target, TargetValue = targetValue };
                changed = true;
            }

            builder.Add(indicator);
        }

        return changed ? builder.MoveToImmutable() : indicators;
    }

    private static string Describe(TargetValue value)
    {
        var comparator = value.Comparator is { } c ? Json.Format.ExchangeFormat.Comparators.TextOf(c) : null;
        return value.Kind == TargetValueKind.Qualitative
            ? $"{{\"kind\": \"qualitative\", \"text\": \"{Escape(value.Text ?? string.Empty)}\"}}"
            : "{\"kind\": \"quantitative\"" +
              (comparator is null ? string.Empty : $", \"comparator\": \"{comparator}\"") +
              $", \"value\": {value.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)}" +
              (value.Unit is null ? string.Empty : $", \"unit\": \"{Escape(value.Unit)}\"") + "}";
    }

    private static string Escape(string text) =>
        System.Text.Json.JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static string ReplaceFirst(string text, params string[] pairs)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var at = text.IndexOf(pairs[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                return text.Substring(0, at) + pairs[i + 1] + text.Substring(at + pairs[i].Length);
            }
        }

        return text;
    }

    private static string ReplaceLast(string text, string from, string to)
    {
        var at = text.LastIndexOf(from, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + to + text.Substring(at + from.Length);
    }
}
