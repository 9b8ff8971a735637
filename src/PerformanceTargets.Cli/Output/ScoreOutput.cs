using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerformanceTargets.Json;
using PerformanceTargets.Json.Format;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;

namespace PerformanceTargets.Cli.Output;

/// <summary>
/// The words and layouts of the scores (<c>perftargets score</c>, the report's index): the library's JSON of scores on
/// one line (<see cref="ScoreJson"/>: invariant culture, decimals exact, trailing zeros dropped, deterministic, the same
/// as the server's) and the readable text in Chinese or English, every value from the data escaped for a terminal.
/// </summary>
/// <remarks>Thread-safe: no state.</remarks>
internal static class ScoreOutput
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes the scores as one line of JSON (ends in a line feed): the library's one shape of scores (<see cref="ScoreJson"/>), the server's too.</summary>
    public static string Json(DocumentScores scores, string? file)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            ScoreJson.Write(json, scores, file);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes the scores as readable lines: one per project, one per indicator below it, then a line per monitored indicator's light.</summary>
    public static void Text(DocumentScores scores, string name, TextWriter output, CliText text)
    {
        output.WriteLine(TerminalText.Escape(name));
        foreach (var project in scores.Projects)
        {
            var head = new StringBuilder("  ");
            head.Append(project.Project.Sequence is { } sequence ? sequence.ToString(CultureInfo.InvariantCulture) : "-");
            head.Append(' ').Append(TerminalText.Escape(project.Project.Name));
            if (!string.IsNullOrEmpty(project.Project.Code))
            {
                head.Append(" (").Append(TerminalText.Escape(project.Project.Code)).Append(')');
            }

            output.WriteLine(head.ToString());
            if (project.Evaluation is null && project.Monitoring is null)
            {
                output.WriteLine("    " + text.T("没有自评或监控数据", "no self-evaluation or monitoring data"));
                continue;
            }

            if (project.Evaluation is { } evaluation)
            {
                output.WriteLine("    " + string.Join(
                    text.T("；", "; "),
                    text.T("执行率 ", "execution rate ") + Percent(evaluation.ExecutionRate, text),
                    text.T("执行得分 ", "execution score ") + Number(evaluation.ExecutionScore, text) + " / " + Format(evaluation.ExecutionPoints),
                    text.T("总分 ", "total ") + Format(evaluation.TotalScore) + " / " + Format(evaluation.TotalPoints),
                    text.T("等级 ", "grade ") + GradeWord(evaluation.Grade, text)));
                foreach (var indicator in project.Indicators)
                {
                    var score = indicator.Evaluation!;
                    var source = score.ScoreSource switch
                    {
                        ScoreSource.Reported => text.T("自评得分", "as reported"),
                        ScoreSource.Formula => text.T("按公式", "by the formula"),
                        _ => text.T("无得分", "no score"),
                    };
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    [{indicator.Index}] ") + TerminalText.Escape(indicator.Indicator.Name) + text.T("：", ": ") + string.Join(
                        text.T("，", ", "),
                        text.T("完成率 ", "completion ") + Percent(score.Completion, text),
                        text.T("公式得分 ", "formula score ") + Number(score.FormulaScore, text),
                        text.T("得分 ", "score ") + Format(score.Score) + (score.Points is { } points ? " / " + Format(points) : string.Empty) + text.T("（", " (") + source + text.T("）", ")")));
                }
            }

            if (project.Monitoring is { } monitoring)
            {
                output.WriteLine("    " + string.Join(
                    text.T("；", "; "),
                    text.T("监控 ", "monitoring ") + (monitoring.Month is { } month ? text.T(month.ToString(CultureInfo.InvariantCulture) + " 月", "month " + month.ToString(CultureInfo.InvariantCulture)) : text.T("日期无效", "invalid date")),
                    text.T("计划进度 ", "planned ") + Percent(monitoring.PlannedShare, text),
                    text.T("执行进度 ", "executed ") + Percent(monitoring.ExecutedShare, text),
                    text.T("滞后 ", "lag ") + Number(monitoring.Lag, text),
                    LightWord(monitoring.Light, text)));
                foreach (var indicator in project.Indicators)
                {
                    if (indicator.Monitoring is { } status && (status.Light != Light.Unknown || indicator.Indicator.Monitoring is not null))
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    [{indicator.Index}] ") + TerminalText.Escape(indicator.Indicator.Name) + text.T("：", ": ") + LightWord(status.Light, text));
                    }
                }
            }
        }
    }

    /// <summary>The grade as the exchange format spells it: 优, 良, 中 or 差.</summary>
    public static string Grade(EvaluationGrade grade) => ExchangeFormat.Grades.TextOf(grade);

    /// <summary>The grade in the chosen language: 优 or "excellent (优)".</summary>
    public static string GradeWord(EvaluationGrade grade, CliText text) => text.IsEnglish
        ? grade switch
        {
            EvaluationGrade.Excellent => "excellent (优)",
            EvaluationGrade.Good => "good (良)",
            EvaluationGrade.Fair => "fair (中)",
            _ => "poor (差)",
        }
        : Grade(grade);

    /// <summary>The light as a symbol and a word, so that it reads without colour: ● 绿灯, ▲ 黄灯, ■ 红灯, ? 无法判断.</summary>
    public static string LightWord(Light light, CliText text) => light switch
    {
        Light.Green => text.T("● 绿灯", "● green"),
        Light.Yellow => text.T("▲ 黄灯", "▲ yellow"),
        Light.Red => text.T("■ 红灯", "■ red"),
        _ => text.T("? 无法判断", "? unknown"),
    };

    /// <summary>Why a figure has none, in the chosen language.</summary>
    public static string GapWord(FigureGap gap, CliText text) => gap switch
    {
        FigureGap.NoSpent => text.T("未填执行数", "amount spent not stated"),
        FigureGap.NoPoints => text.T("未填分值", "points not stated"),
        FigureGap.NoActual => text.T("未填实际完成值", "no actual value"),
        FigureGap.NoTarget => text.T("指标值为空", "empty target"),
        FigureGap.Qualitative => text.T("定性指标", "qualitative"),
        FigureGap.NotComparable => text.T("与指标值不可比", "not comparable with the target"),
        FigureGap.UndefinedRatio => text.T("比率无定义（分母为 0）", "undefined ratio (divisor 0)"),
        FigureGap.InvalidDate => text.T("监控日期无效", "invalid monitoring date"),
        FigureGap.NotProRata => text.T("不按时间进度比较", "not compared pro rata"),
        _ => text.T("无数据", "no data"),
    };

    /// <summary>A decimal without trailing zeros, invariant culture.</summary>
    public static string Format(decimal value) => TargetScorer.Normal(value).ToString(CultureInfo.InvariantCulture);

    private static string Number(Figure figure, CliText text) =>
        figure.TryGetValue(out var value) ? Format(value) : "—" + text.T("（", " (") + GapWord(figure.Gap, text) + text.T("）", ")");

    private static string Percent(Figure figure, CliText text) =>
        figure.TryGetValue(out var value) ? Format(value) + "%" : Number(figure, text);
}
