using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Validation.Reports;

/// <summary>
/// Writes validation reports as text for people, as JSON, and as SARIF 2.1.0 for pipelines and code-scanning
/// viewers. Output is deterministic: LF line endings, invariant formatting, no byte order mark.
/// </summary>
/// <remarks>All members are thread-safe. Writing reads each finding's message and location, composing them if need be.</remarks>
public static class ValidationReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Gets the version of the library that writes reports (the SARIF tool version).</summary>
    public static string ToolVersion { get; } =
        typeof(ValidationReportWriter).GetTypeInfo().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0]
        ?? typeof(ValidationReportWriter).GetTypeInfo().Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>
    /// Writes reports as text: one line per finding (<c>file:line:column (table n): severity RULE: message</c>), its hint
    /// below, then a summary per file. Text from the data (file names, messages quoting cells, hints, pointers) is made
    /// visible and inert the way git and compilers quote odd names: control characters, line separators and
    /// bidirectional overrides are written as escapes (<c>\x1b</c>, <c>\n</c>, <c>\u202e</c>), so that a document cannot
    /// drive a terminal or forge a line a log parser reads.
    /// </summary>
    /// <param name="reports">The reports, one per file.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="culture">The language of hints' labels and of the summary.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteText(IEnumerable<ValidationReport> reports, TextWriter writer, Language culture = Language.Chinese)
    {
        Guard.NotNull(reports);
        Guard.NotNull(writer);
        var english = culture == Language.English;
        var builder = new StringBuilder();
        foreach (var report in reports)
        {
            var file = TerminalText.Escape(report.FileName ?? (english ? "(input)" : "（输入）"));
            foreach (var finding in Ordered(report))
            {
                var location = finding.Location;
                builder.Append(location is null ? file : TerminalText.Escape(Where(location, report.FileName)));
                if (location?.Table is { } table)
                {
                    builder.Append(english ? " (table " : "（表").Append(table.ToString(CultureInfo.InvariantCulture));
                    if (location.Row is { } row)
                    {
                        builder.Append(english ? ", row " : "，第 ").Append(row.ToString(CultureInfo.InvariantCulture)).Append(english ? string.Empty : " 行");
                    }

                    builder.Append(english ? ")" : "）");
                }

                builder.Append(": ").Append(Level(finding.Severity)).Append(' ').Append(TerminalText.Escape(finding.RuleId)).Append(": ").Append(TerminalText.Escape(finding.Message));
                if (location is null && finding.Pointer.Length > 0)
                {
                    builder.Append(" [").Append(TerminalText.Escape(finding.Pointer)).Append(']');
                }

                builder.Append('\n');
                if (finding.Hint is { } hint)
                {
                    builder.Append("    ").Append(english ? "hint: " : "提示：").Append(TerminalText.Escape(hint)).Append('\n');
                }
            }

            builder.Append(file).Append(": ");
            builder.Append(english
                ? string.Format(CultureInfo.InvariantCulture, "{0} error{1}, {2} warning{3}, {4} info{5} (rule set {6}){7}", report.ErrorCount, report.ErrorCount == 1 ? string.Empty : "s", report.WarningCount, report.WarningCount == 1 ? string.Empty : "s", report.InfoCount, report.InfoCount == 1 ? string.Empty : "s", report.RuleSetVersion, report.IsValid ? string.Empty : "; not valid")
                : string.Format(CultureInfo.InvariantCulture, "{0} 个错误，{1} 个警告，{2} 个提示（规则集 {3}）{4}", report.ErrorCount, report.WarningCount, report.InfoCount, report.RuleSetVersion, report.IsValid ? string.Empty : "；未通过"));
            builder.Append('\n');
        }

        writer.Write(builder.ToString());
    }

    /// <summary>Writes one report as text (see <see cref="WriteText(IEnumerable{ValidationReport}, TextWriter, Language)"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="culture">The language of labels.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteText(ValidationReport report, TextWriter writer, Language culture = Language.Chinese) =>
        WriteText([Guard.NotNull(report)], writer, culture);

    /// <summary>
    /// Writes reports as JSON: <c>{"ruleSetVersion", "valid", "files": [{"file", "valid", "errors", "warnings", "infos",
    /// "findings": [{"ruleId", "severity", "category", "pointer", "location", "message", "hint"}]}]}</c>.
    /// </summary>
    /// <param name="reports">The reports, one per file.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(IEnumerable<ValidationReport> reports, TextWriter writer)
    {
        Guard.NotNull(reports);
        Guard.NotNull(writer);
        var list = reports.ToList();
        Emit(writer, WriterOptions, json =>
        {
            json.WriteStartObject();
            json.WriteString("tool", "perftargets");
            json.WriteString("toolVersion", ToolVersion);
            json.WriteString("ruleSetVersion", list.Count > 0 ? list[0].RuleSetVersion : RuleCatalog.Version);
            json.WriteBoolean("valid", list.All(r => r.IsValid));
            json.WriteStartArray("files");
            foreach (var report in list)
            {
                WriteFileObject(json, report);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Writes one report as JSON (see <see cref="WriteJson(IEnumerable{ValidationReport}, TextWriter)"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(ValidationReport report, TextWriter writer) => WriteJson([Guard.NotNull(report)], writer);

    /// <summary>
    /// Writes reports as one SARIF 2.1.0 run: the rules' metadata in the tool's driver, the rule-set version in the
    /// run's properties, and per finding its ruleId, level, message, file, line, column and end when known, and the JSON
    /// Pointer as its logical location's fullyQualifiedName.
    /// </summary>
    /// <param name="reports">The reports, one per file.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="validator">The validator that made the reports, for its rules, severities and language; null for <see cref="TargetValidator.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteSarif(IEnumerable<ValidationReport> reports, TextWriter writer, TargetValidator? validator = null)
    {
        Guard.NotNull(reports);
        Guard.NotNull(writer);
        var list = reports.ToList();
        Emit(writer, WriterOptions, json => Sarif(json, list, validator ?? TargetValidator.Default));
    }

    /// <summary>Writes reports as one SARIF 2.1.0 run straight to a stream, as UTF-8 (see <see cref="WriteSarif(IEnumerable{ValidationReport}, TextWriter, TargetValidator?)"/>).</summary>
    /// <param name="reports">The reports, one per file.</param>
    /// <param name="utf8">Where to write; flushed, not closed.</param>
    /// <param name="validator">The validator that made the reports, or null for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="utf8"/> is null.</exception>
    public static void WriteSarif(IEnumerable<ValidationReport> reports, Stream utf8, TargetValidator? validator = null)
    {
        Guard.NotNull(reports);
        Guard.NotNull(utf8);
        var list = reports.ToList();
        Emit(utf8, WriterOptions, json => Sarif(json, list, validator ?? TargetValidator.Default));
    }

    /// <summary>Writes one report as SARIF (see <see cref="WriteSarif(IEnumerable{ValidationReport}, TextWriter, TargetValidator?)"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="validator">The validator that made it, or null for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteSarif(ValidationReport report, TextWriter writer, TargetValidator? validator = null) =>
        WriteSarif([Guard.NotNull(report)], writer, validator);

    /// <summary>Gets the severity's word in reports: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static void Sarif(Utf8JsonWriter json, List<ValidationReport> list, TargetValidator validator)
    {
        var culture = validator.Culture;
        var rules = validator.Rules.ToList();
        foreach (var report in list)
        {
            foreach (var finding in report.Findings)
            {
                if (!rules.Any(r => r.Id == finding.RuleId))
                {
                    rules.Add(RuleCatalog.TryGet(finding.RuleId, out var known) ? known : new RuleDescriptor
                    {
                        Id = finding.RuleId,
                        DefaultSeverity = finding.Severity,
                        Category = finding.Category,
                        Title = LocalizedText.Same(finding.RuleId),
                        Description = LocalizedText.Same(finding.RuleId),
                    });
                }
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            index[rules[i].Id] = i;
        }

        {
            json.WriteStartObject();
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "perftargets");
            json.WriteString("fullName", "PerformanceTargets validator");
            json.WriteString("version", ToolVersion);
            json.WriteString("semanticVersion", ToolVersion);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", PascalName(rule.Title.English));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title[culture]);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Description[culture]);
                json.WriteEndObject();
                json.WriteStartObject("help");
                json.WriteString("text", rule.Description[culture] + (culture == Language.English ? " See docs/rules.md, " : " 见 docs/rules.md 的 ") + rule.Id + (culture == Language.English ? "." : " 条。"));
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", SarifLevel(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", CategoryName(rule.Category));
                json.WriteStartArray("tags");
                json.WriteStringValue(CategoryName(rule.Category));
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("ruleSetVersion", list.Count > 0 ? list[0].RuleSetVersion : validator.RuleSetVersion);
            json.WriteString("culture", Languages.GetTag(culture));
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var report in list)
            {
                var reportUri = report.FileName is null ? null : Uri(report.FileName);
                foreach (var finding in report.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", finding.RuleId);
                    json.WriteNumber("ruleIndex", index[finding.RuleId]);
                    json.WriteString("level", SarifLevel(finding.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", finding.Hint is { } hint ? finding.Message + " " + hint : finding.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    var location = finding.Location;
                    var file = location?.File ?? report.FileName;
                    if (file is not null)
                    {
                        json.WriteStartObject("physicalLocation");
                        json.WriteStartObject("artifactLocation");
                        json.WriteString("uri", ReferenceEquals(file, report.FileName) || string.Equals(file, report.FileName, StringComparison.Ordinal) ? reportUri : Uri(file));
                        json.WriteEndObject();
                        if (location is { Line: > 0 })
                        {
                            json.WriteStartObject("region");
                            json.WriteNumber("startLine", location.Line);
                            if (location.Column > 0)
                            {
                                json.WriteNumber("startColumn", location.Column);
                            }

                            if (location.EndLine > 0)
                            {
                                json.WriteNumber("endLine", location.EndLine);
                                json.WriteNumber("endColumn", location.EndColumn);
                            }

                            json.WriteEndObject();
                        }

                        json.WriteEndObject();
                    }

                    json.WriteStartArray("logicalLocations");
                    json.WriteStartObject();
                    json.WriteString("fullyQualifiedName", finding.Pointer);
                    json.WriteString("kind", "element");
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteStartObject("properties");
                    json.WriteString("category", CategoryName(finding.Category));
                    if (location?.Table is { } table)
                    {
                        json.WriteNumber("table", table);
                    }

                    if (location?.Row is { } row)
                    {
                        json.WriteNumber("row", row);
                    }

                    json.WriteEndObject();
                    json.WriteEndObject();
                    FlushSometimes(json);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>
    /// Hands what the JSON writer holds to its stream once it passes 64 KB, so that a report of any size is written in
    /// pieces instead of being held whole (the writer keeps everything until it is flushed).
    /// </summary>
    private static void FlushSometimes(Utf8JsonWriter json)
    {
        if (json.BytesPending > 64 * 1024)
        {
            json.Flush();
        }
    }


    private static IEnumerable<Finding> Ordered(ValidationReport report) =>
        report.Findings
            .Select((finding, position) => (finding, position))
            .OrderBy(p => p.finding.ProjectIndex ?? -1)
            .ThenBy(p => p.finding.Location?.Line ?? int.MaxValue)
            .ThenBy(p => p.finding.Location?.Column ?? 0)
            .ThenBy(p => p.position)
            .Select(p => p.finding);

    private static string Where(SourceLocation location, string? reportFile)
    {
        var text = (location.File ?? reportFile ?? "line") + ":" + location.Line.ToString(CultureInfo.InvariantCulture);
        return location.Column > 0 ? text + ":" + location.Column.ToString(CultureInfo.InvariantCulture) : text;
    }

    private static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string CategoryName(RuleCategory category) => category switch
    {
        RuleCategory.Format => "format",
        RuleCategory.Completeness => "completeness",
        RuleCategory.Relevance => "relevance",
        RuleCategory.Appropriateness => "appropriateness",
        _ => "feasibility",
    };

    private static string PascalName(string title)
    {
        var builder = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Turns a file path into a relative URI reference: forward slashes, each segment percent-encoded.</summary>
    private static string Uri(string path)
    {
        var normalized = path.Replace('\\', '/');
        var rooted = normalized.StartsWith("/", StringComparison.Ordinal);
        var segments = normalized.Split('/').Select(s => s.Length == 0 ? s : System.Uri.EscapeDataString(s));
        var joined = string.Join("/", segments);
        return rooted ? "file://" + joined : joined;
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
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

    /// <summary>
    /// Writes one report as one line of compact JSON (JSON Lines): <c>{"tool", "toolVersion", "ruleSetVersion", "file",
    /// "valid", "errors", "warnings", "infos", "findings": [...]}</c>, the findings shaped as in
    /// <see cref="WriteJson(IEnumerable{ValidationReport}, TextWriter)"/>. Writing reports one line each keeps memory flat
    /// over any number of documents.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; the line ends with LF.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJsonLine(ValidationReport report, TextWriter writer)
    {
        Guard.NotNull(report);
        Guard.NotNull(writer);
        Emit(writer, LineOptions, json => WriteFileObject(json, report, header: true));
    }

    private static void WriteFileObject(Utf8JsonWriter json, ValidationReport report, bool header = false)
    {
        json.WriteStartObject();
        if (header)
        {
            json.WriteString("tool", "perftargets");
            json.WriteString("toolVersion", ToolVersion);
            json.WriteString("ruleSetVersion", report.RuleSetVersion);
        }

        WriteNullable(json, "file", report.FileName);
        json.WriteBoolean("valid", report.IsValid);
        json.WriteNumber("errors", report.ErrorCount);
        json.WriteNumber("warnings", report.WarningCount);
        json.WriteNumber("infos", report.InfoCount);
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", Level(finding.Severity));
            json.WriteString("category", CategoryName(finding.Category));
            json.WriteString("pointer", finding.Pointer);
            if (finding.Location is { } location)
            {
                json.WriteStartObject("location");
                WriteNullable(json, "file", location.File);
                json.WriteNumber("line", location.Line);
                if (location.Column > 0)
                {
                    json.WriteNumber("column", location.Column);
                }

                if (location.Table is { } table)
                {
                    json.WriteNumber("table", table);
                }

                if (location.Row is { } row)
                {
                    json.WriteNumber("row", row);
                }

                json.WriteEndObject();
            }

            json.WriteString("message", finding.Message);
            if (finding.Hint is { } hint)
            {
                json.WriteString("hint", hint);
            }

            json.WriteEndObject();
            FlushSometimes(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes JSON to the text writer as it is made, in pieces of about 64 KB (never the whole output at once), and a final LF.</summary>
    private static void Emit(TextWriter writer, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using (var text = new TextWriterStream(writer))
        using (var json = new Utf8JsonWriter(text, options))
        {
            write(json);
        }

        writer.Write('\n');
    }

    /// <summary>Writes JSON straight to a stream as UTF-8, and a final LF.</summary>
    private static void Emit(Stream utf8, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using (var json = new Utf8JsonWriter(utf8, options))
        {
            write(json);
        }

        utf8.WriteByte((byte)'\n');
        utf8.Flush();
    }
}

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it into a <see cref="TextWriter"/> piece by piece (a character
/// split between two writes is completed by the next), so that JSON written for a text writer is never held whole.
/// </summary>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter _writer;
    private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = ArrayPool<char>.Shared.Rent(16 * 1024);

    public TextWriterStream(TextWriter writer) => _writer = writer;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        while (count > 0)
        {
            _decoder.Convert(buffer, offset, count, _chars, 0, _chars.Length, flush: false, out var used, out var written, out _);
            _writer.Write(_chars, 0, written);
            offset += used;
            count -= used;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }

        base.Dispose(disposing);
    }
}
