using System.Text.Json;
using PerformanceTargets.Scoring;

namespace PerformanceTargets.Server.Api;

/// <summary>
/// Writes <see cref="DocumentScores"/> as JSON: per project its evaluation score (自评) and monitoring status (监控),
/// per indicator its score and status; a figure that could not be worked out is null with its gap named.
/// </summary>
internal static class ScoreWriter
{
    public static byte[] Write(DocumentScores scores, string? fileName) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNullable("file", fileName);
        json.WriteBoolean("hasEvaluation", scores.HasEvaluation);
        json.WriteBoolean("hasMonitoring", scores.HasMonitoring);
        json.WriteStartArray("projects");
        foreach (var project in scores.Projects)
        {
            json.WriteStartObject();
            json.WriteNumber("index", project.Index);
            json.WriteNullable("code", project.Project.Code);
            json.WriteString("name", project.Project.Name);
            if (project.Evaluation is { } e)
            {
                json.WriteStartObject("evaluation");
                json.WriteNumber("budget", e.Budget);
                json.WriteNullable("spent", e.Spent);
                Figure(json, "executionRate", e.ExecutionRate);
                json.WriteNumber("executionPoints", e.ExecutionPoints);
                Figure(json, "executionScore", e.ExecutionScore);
                json.WriteNumber("indicatorPoints", e.IndicatorPoints);
                json.WriteNumber("totalPoints", e.TotalPoints);
                json.WriteNumber("totalScore", e.TotalScore);
                json.WriteString("grade", e.Grade.ToString());
                json.WriteEndObject();
            }

            if (project.Monitoring is { } m)
            {
                json.WriteStartObject("monitoring");
                if (m.Month is { } month)
                {
                    json.WriteNumber("month", month);
                }

                json.WriteNumber("budget", m.Budget);
                json.WriteNullable("spent", m.Spent);
                Figure(json, "plannedShare", m.PlannedShare);
                Figure(json, "executedShare", m.ExecutedShare);
                Figure(json, "lag", m.Lag);
                json.WriteString("light", m.Light.ToString());
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
                    json.WriteNullable("points", ie.Points);
                    Figure(json, "completion", ie.Completion);
                    Figure(json, "formulaScore", ie.FormulaScore);
                    json.WriteNullable("achievement", ie.Achievement?.ToString());
                    json.WriteBoolean("fallsShort", ie.FallsShort);
                    json.WriteNumber("score", ie.Score);
                    json.WriteString("scoreSource", ie.ScoreSource.ToString());
                    json.WriteEndObject();
                }

                if (indicator.Monitoring is { } im)
                {
                    json.WriteStartObject("monitoring");
                    Figure(json, "expectedShare", im.ExpectedShare);
                    Figure(json, "progressShare", im.ProgressShare);
                    Figure(json, "lag", im.Lag);
                    json.WriteString("progressLight", im.ProgressLight.ToString());
                    json.WriteString("light", im.Light.ToString());
                    json.WriteString("lightBasis", im.LightBasis.ToString());
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
    });

    /// <summary>A figure: its value, or null and <c>{name}Gap</c> naming why there is none.</summary>
    private static void Figure(Utf8JsonWriter json, string name, Figure figure)
    {
        if (figure.TryGetValue(out var value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
            json.WriteString(name + "Gap", figure.Gap.ToString());
        }
    }
}
