using System.Text.Json;
using PerformanceTargets.Json.Format;
using PerformanceTargets.Scoring;

namespace PerformanceTargets.Json;

/// <summary>
/// The scores of a document as JSON: the one shape that <c>perftargets score --format json</c> prints (a line per
/// file) and the server's <c>POST /api/score</c> returns (docs/cli.md, "perftargets score"). Per project its table
/// number and names, its self-evaluation (自评) and its monitoring (监控); per indicator the same. A figure the scorer
/// could not work out is <c>null</c>, with <c>{name}Gap</c> saying why. Numbers are exact decimals without trailing
/// zeros; every enumerated value is spelled once: the grade and the achievement as the exchange format spells them
/// (<c>优</c>, <c>achieved</c>), the lights, gaps, score sources and light bases here.
/// </summary>
/// <remarks>Thread-safe: no state. The caller owns the writer and its options (indentation, encoder).</remarks>
internal static class ScoreJson
{
    /// <summary>The JSON spellings of a light.</summary>
    public static readonly Spellings<Light> Lights = new(("unknown", Light.Unknown), ("green", Light.Green), ("yellow", Light.Yellow), ("red", Light.Red));

    /// <summary>The JSON spellings of why a figure has no value.</summary>
    public static readonly Spellings<FigureGap> Gaps = new(
        ("none", FigureGap.None), ("noData", FigureGap.NoData), ("noSpent", FigureGap.NoSpent), ("noPoints", FigureGap.NoPoints), ("noActual", FigureGap.NoActual), ("noTarget", FigureGap.NoTarget),
        ("qualitative", FigureGap.Qualitative), ("notComparable", FigureGap.NotComparable), ("undefinedRatio", FigureGap.UndefinedRatio), ("invalidDate", FigureGap.InvalidDate), ("notProRata", FigureGap.NotProRata));

    /// <summary>The JSON spellings of where an indicator's counted score comes from.</summary>
    public static readonly Spellings<ScoreSource> Sources = new(("none", ScoreSource.None), ("reported", ScoreSource.Reported), ("formula", ScoreSource.Formula));

    /// <summary>The JSON spellings of what an indicator's light is based on.</summary>
    public static readonly Spellings<LightBasis> Bases = new(("none", LightBasis.None), ("likelihood", LightBasis.Likelihood), ("progress", LightBasis.Progress));

    /// <summary>Writes the scores as one JSON object.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="scores">The scores.</param>
    /// <param name="file">The file as the user named it, or null (written as <c>null</c>).</param>
    public static void Write(Utf8JsonWriter json, DocumentScores scores, string? file)
    {
        json.WriteStartObject();
        String(json, "file", file);
        json.WriteBoolean("hasEvaluation", scores.HasEvaluation);
        json.WriteBoolean("hasMonitoring", scores.HasMonitoring);
        json.WriteStartArray("projects");
        foreach (var project in scores.Projects)
        {
            json.WriteStartObject();
            json.WriteNumber("index", project.Index);
            Number(json, "sequence", project.Project.Sequence);
            String(json, "code", project.Project.Code);
            json.WriteString("name", project.Project.Name);
            if (project.Evaluation is { } e)
            {
                json.WriteStartObject("evaluation");
                Number(json, "budget", e.Budget);
                Number(json, "spent", e.Spent);
                Figure(json, "executionRate", e.ExecutionRate);
                Number(json, "executionPoints", e.ExecutionPoints);
                Figure(json, "executionScore", e.ExecutionScore);
                Number(json, "indicatorPoints", e.IndicatorPoints);
                Number(json, "totalPoints", e.TotalPoints);
                Number(json, "totalScore", e.TotalScore);
                json.WriteString("grade", ExchangeFormat.Grades.TextOf(e.Grade));
                json.WriteEndObject();
            }

            if (project.Monitoring is { } m)
            {
                json.WriteStartObject("monitoring");
                Number(json, "month", m.Month);
                Number(json, "budget", m.Budget);
                Number(json, "spent", m.Spent);
                Figure(json, "plannedShare", m.PlannedShare);
                Figure(json, "executedShare", m.ExecutedShare);
                Figure(json, "lag", m.Lag);
                json.WriteString("light", Lights.TextOf(m.Light));
                json.WriteEndObject();
            }

            json.WriteStartArray("indicators");
            foreach (var indicator in project.Indicators)
            {
                json.WriteStartObject();
                json.WriteNumber("index", indicator.Index);
                json.WriteString("name", indicator.Indicator.Name);
                if (indicator.Evaluation is { } ie)
                {
                    json.WriteStartObject("evaluation");
                    Number(json, "points", ie.Points);
                    Figure(json, "completion", ie.Completion);
                    Figure(json, "formulaScore", ie.FormulaScore);
                    String(json, "achievement", ie.Achievement is { } achievement ? ExchangeFormat.Achievements.TextOf(achievement) : null);
                    json.WriteBoolean("fallsShort", ie.FallsShort);
                    Number(json, "score", ie.Score);
                    json.WriteString("scoreSource", Sources.TextOf(ie.ScoreSource));
                    json.WriteEndObject();
                }

                if (indicator.Monitoring is { } im)
                {
                    json.WriteStartObject("monitoring");
                    Figure(json, "expectedShare", im.ExpectedShare);
                    Figure(json, "progressShare", im.ProgressShare);
                    Figure(json, "lag", im.Lag);
                    json.WriteString("progressLight", Lights.TextOf(im.ProgressLight));
                    json.WriteString("light", Lights.TextOf(im.Light));
                    json.WriteString("lightBasis", Bases.TextOf(im.LightBasis));
                    Figure(json, "expectedCompletion", im.ExpectedCompletion);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A figure: its value, or null and <c>{name}Gap</c> naming why there is none.</summary>
    private static void Figure(Utf8JsonWriter json, string name, Figure figure)
    {
        if (figure.TryGetValue(out var value))
        {
            json.WriteNumber(name, TargetScorer.Normal(value));
        }
        else
        {
            json.WriteNull(name);
            json.WriteString(name + "Gap", Gaps.TextOf(figure.Gap));
        }
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, TargetScorer.Normal(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
