using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerformanceTargets.Internal;
using PerformanceTargets.Validation.Engine;

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

        // The writers' structure is fixed (and every format is parsed back by the tests): the writer need not check it.
        SkipValidation = true,
    };

    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false, SkipValidation = true };

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
            json.WriteString(Names.Tool, "perftargets");
            json.WriteString(Names.ToolVersion, ToolVersion);
            json.WriteString(Names.RuleSetVersion, list.Count > 0 ? list[0].RuleSetVersion : RuleCatalog.Version);
            json.WriteBoolean(Names.Valid, list.All(r => r.IsValid));
            json.WriteStartArray(Names.Files);
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
        var driver = DriverRules.Of(validator);
        List<RuleDescriptor>? extra = null;
        Dictionary<string, int>? index = null;
        // Each report's findings are read twice, in the same order: for the rules they name, then as results.
        var cursors = list.ConvertAll(FindingCursor.Of);
        foreach (var finding in cursors)
        {
            while (finding.MoveNext())
            {
                if (!driver.Index.ContainsKey(finding.RuleId) && (index is null || !index.ContainsKey(finding.RuleId)))
                {
                    // A rule the validator does not list (a read-stage rule of another validator, a rule of a newer set).
                    index ??= new Dictionary<string, int>(driver.Index, StringComparer.Ordinal);
                    extra ??= [];
                    index[finding.RuleId] = driver.Index.Count + extra.Count;
                    extra.Add(RuleCatalog.TryGet(finding.RuleId, out var known) ? known : new RuleDescriptor
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

        index ??= driver.Index;
        {
            json.WriteStartObject();
            json.WriteString(Names.Version, "2.1.0");
            json.WriteStartArray(Names.Runs);
            json.WriteStartObject();
            json.WriteStartObject(Names.Tool);
            json.WriteStartObject(Names.Driver);
            json.WriteString(Names.Name, "perftargets");
            json.WriteString(Names.FullName, "PerformanceTargets validator");
            json.WriteString(Names.Version, ToolVersion);
            json.WriteString(Names.SemanticVersion, ToolVersion);
            json.WritePropertyName(Names.Rules);
            if (extra is null)
            {
                // The validator's rules, written once per validator (the same bytes every time).
                json.WriteRawValue(driver.Utf8, skipInputValidation: true);
            }
            else
            {
                json.WriteStartArray();
                WriteRules(json, [.. validator.Rules, .. extra], culture);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject(Names.Properties);
            json.WriteString(Names.RuleSetVersion, list.Count > 0 ? list[0].RuleSetVersion : validator.RuleSetVersion);
            json.WriteString(Names.Culture, Languages.GetTag(culture));
            json.WriteEndObject();
            json.WriteString(Names.ColumnKind, "utf16CodeUnits");
            json.WriteStartArray(Names.Results);
            using var text = new CharBuffer();
            using var pointer = new CharBuffer(128);
            using var result = new RawJsonBuilder();
            for (var r = 0; r < list.Count; r++)
            {
                var report = list[r];
                var reportUri = report.FileName is null ? null : Uri(report.FileName);
                var finding = cursors[r];
                finding.Reset();
                while (finding.MoveNext())
                {
                    text.Clear();
                    finding.AppendMessage(text);
                    string? fixedHint = null;
                    if (finding.HasHint)
                    {
                        // A rule's fixed hint is encoded once per report and copied after the message (with the space).
                        fixedHint = finding.FixedHint;
                        if (fixedHint is null)
                        {
                            text.Append(' ');
                            finding.AppendHint(text);
                        }
                    }

                    pointer.Clear();
                    finding.AppendPointer(pointer);
                    var location = finding.Location(pointer.Span);
                    var file = location?.File ?? report.FileName;
                    var uri = file is null ? null : ReferenceEquals(file, report.FileName) || string.Equals(file, report.FileName, StringComparison.Ordinal) ? reportUri! : Uri(file);
                    WriteResult(result, finding.RuleId, index[finding.RuleId], finding.Severity, finding.Category, text.Span, fixedHint, pointer.Span, uri, location);
                    json.WriteRawValue(result.Written, skipInputValidation: true);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>
    /// Lays out one SARIF result as the report's indented JSON writer would at its depth (inside <c>runs[0].results</c>),
    /// with the line feed and indentation before it; the writer adds the comma between results. The message's text is
    /// <paramref name="message"/>, then a space and <paramref name="fixedHint"/> when there is one.
    /// </summary>
    private static void WriteResult(RawJsonBuilder result, string ruleId, int ruleIndex, Severity severity, RuleCategory category, ReadOnlySpan<char> message, string? fixedHint, ReadOnlySpan<char> pointer, string? uri, SourceLocation? location)
    {
        result.Clear();
        result.Raw("\n        {\n          \"ruleId\": "u8);
        result.Recurring(ruleId);
        result.Raw(",\n          \"ruleIndex\": "u8);
        result.Number(ruleIndex);
        result.Raw(",\n          \"level\": "u8);
        result.Recurring(SarifLevel(severity));
        result.Raw(",\n          \"message\": {\n            \"text\": "u8);
        result.String(message, fixedHint);
        result.Raw("\n          },\n          \"locations\": [\n            {"u8);
        if (uri is not null)
        {
            result.Raw("\n              \"physicalLocation\": {\n                \"artifactLocation\": {\n                  \"uri\": "u8);
            result.Recurring(uri);
            result.Raw("\n                }"u8);
            if (location is { Line: > 0 })
            {
                result.Raw(",\n                \"region\": {\n                  \"startLine\": "u8);
                result.Number(location.Line);
                if (location.Column > 0)
                {
                    result.Raw(",\n                  \"startColumn\": "u8);
                    result.Number(location.Column);
                }

                if (location.EndLine > 0)
                {
                    result.Raw(",\n                  \"endLine\": "u8);
                    result.Number(location.EndLine);
                    result.Raw(",\n                  \"endColumn\": "u8);
                    result.Number(location.EndColumn);
                }

                result.Raw("\n                }"u8);
            }

            result.Raw("\n              },"u8);
        }

        result.Raw("\n              \"logicalLocations\": [\n                {\n                  \"fullyQualifiedName\": "u8);
        result.String(pointer);
        result.Raw(",\n                  \"kind\": \"element\"\n                }\n              ]\n            }\n          ],\n          \"properties\": {\n            \"category\": "u8);
        result.Recurring(CategoryName(category));
        if (location?.Table is { } table)
        {
            result.Raw(",\n            \"table\": "u8);
            result.Number(table);
        }

        if (location?.Row is { } row)
        {
            result.Raw(",\n            \"row\": "u8);
            result.Number(row);
        }

        result.Raw("\n          }\n        }"u8);
    }

    /// <summary>Writes the driver's rule objects (the caller writes the array around them).</summary>
    private static void WriteRules(Utf8JsonWriter json, IEnumerable<RuleDescriptor> rules, Language culture)
    {
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString(Names.Id, rule.Id);
            json.WriteString(Names.Name, PascalName(rule.Title.English));
            json.WriteStartObject(Names.ShortDescription);
            json.WriteString(Names.Text, rule.Title[culture]);
            json.WriteEndObject();
            json.WriteStartObject(Names.FullDescription);
            json.WriteString(Names.Text, rule.Description[culture]);
            json.WriteEndObject();
            json.WriteStartObject(Names.Help);
            json.WriteString(Names.Text, rule.Description[culture] + (culture == Language.English ? " See docs/rules.md, " : " 见 docs/rules.md 的 ") + rule.Id + (culture == Language.English ? "." : " 条。"));
            json.WriteEndObject();
            json.WriteStartObject(Names.DefaultConfiguration);
            json.WriteString(Names.Level, SarifLevel(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject(Names.Properties);
            json.WriteString(Names.Category, CategoryName(rule.Category));
            json.WriteStartArray(Names.Tags);
            json.WriteStringValue(CategoryName(rule.Category));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    /// <summary>
    /// The SARIF driver's rules of one validator: their index by id, and the array written once as it stands in every
    /// log (indented for its place in the log), so that a report costs only its results.
    /// </summary>
    private sealed class DriverRules
    {
        /// <summary>How deep the rules array stands in a log: log, runs, run, tool, driver.</summary>
        private const int Depth = 5;

        private static readonly ConditionalWeakTable<TargetValidator, DriverRules> Cache = new();

        private DriverRules(TargetValidator validator)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < validator.Rules.Length; i++)
            {
                index[validator.Rules[i].Id] = i;
            }

            Index = index;
            using var buffer = new MemoryStream(64 * 1024);
            using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                json.WriteStartArray();
                WriteRules(json, validator.Rules, validator.Culture);
                json.WriteEndArray();
            }

            // Indented as at its place: every line after the first moves in by the depth (a newline in JSON text is
            // always between tokens; one inside a string is written \n).
            var written = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            var indent = Depth * WriterOptions.IndentSize;
            var lines = 0;
            foreach (var b in written)
            {
                lines += b == (byte)'\n' ? 1 : 0;
            }

            var utf8 = new byte[written.Length + (lines * indent)];
            var at = 0;
            foreach (var b in written)
            {
                utf8[at++] = b;
                if (b == (byte)'\n')
                {
                    utf8.AsSpan(at, indent).Fill((byte)' ');
                    at += indent;
                }
            }

            Utf8 = utf8;
        }

        public Dictionary<string, int> Index { get; }

        public byte[] Utf8 { get; }

        public static DriverRules Of(TargetValidator validator) => Cache.GetValue(validator, v => new DriverRules(v));
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
            json.WriteString(Names.Tool, "perftargets");
            json.WriteString(Names.ToolVersion, ToolVersion);
            json.WriteString(Names.RuleSetVersion, report.RuleSetVersion);
        }

        WriteNullable(json, "file", report.FileName);
        json.WriteBoolean(Names.Valid, report.IsValid);
        json.WriteNumber(Names.Errors, report.ErrorCount);
        json.WriteNumber(Names.Warnings, report.WarningCount);
        json.WriteNumber(Names.Infos, report.InfoCount);
        json.WriteStartArray(Names.Findings);
        using var text = new CharBuffer();
        var finding = FindingCursor.Of(report);
        while (finding.MoveNext())
        {
            json.WriteStartObject();
            json.WriteString(Names.RuleId, finding.RuleId);
            json.WriteString(Names.Severity, Level(finding.Severity));
            json.WriteString(Names.Category, CategoryName(finding.Category));
            text.Clear();
            finding.AppendPointer(text);
            json.WriteString(Names.Pointer, text.Span);
            if (finding.Location(text.Span) is { } location)
            {
                json.WriteStartObject(Names.Location);
                WriteNullable(json, "file", location.File);
                json.WriteNumber(Names.Line, location.Line);
                if (location.Column > 0)
                {
                    json.WriteNumber(Names.Column, location.Column);
                }

                if (location.Table is { } table)
                {
                    json.WriteNumber(Names.Table, table);
                }

                if (location.Row is { } row)
                {
                    json.WriteNumber(Names.Row, row);
                }

                json.WriteEndObject();
            }

            text.Clear();
            finding.AppendMessage(text);
            json.WriteString(Names.Message, text.Span);
            if (finding.HasHint)
            {
                text.Clear();
                finding.AppendHint(text);
                json.WriteString(Names.Hint, text.Span);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes JSON to the text writer as it is made, in pieces of about 16 KB (never the whole output at once), and a final LF.</summary>
    private static void Emit(TextWriter writer, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using (var text = new TextWriterStream(writer))
        {
            Write(text, options, write);
        }

        writer.Write('\n');
    }

    /// <summary>Writes JSON straight to a stream as UTF-8, in pieces of about 16 KB, and a final LF.</summary>
    private static void Emit(Stream utf8, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        Write(utf8, options, write);
        utf8.WriteByte((byte)'\n');
        utf8.Flush();
    }

    private static void Write(Stream utf8, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var pieces = new StreamBufferWriter(utf8);
        using (var json = new Utf8JsonWriter(pieces, options))
        {
            write(json);
        }

        pieces.Flush();
    }

    /// <summary>The property names of the reports, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        public static readonly JsonEncodedText ColumnKind = JsonEncodedText.Encode("columnKind");
        public static readonly JsonEncodedText Culture = JsonEncodedText.Encode("culture");
        public static readonly JsonEncodedText DefaultConfiguration = JsonEncodedText.Encode("defaultConfiguration");
        public static readonly JsonEncodedText Driver = JsonEncodedText.Encode("driver");
        public static readonly JsonEncodedText Errors = JsonEncodedText.Encode("errors");
        public static readonly JsonEncodedText Files = JsonEncodedText.Encode("files");
        public static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
        public static readonly JsonEncodedText FullDescription = JsonEncodedText.Encode("fullDescription");
        public static readonly JsonEncodedText FullName = JsonEncodedText.Encode("fullName");
        public static readonly JsonEncodedText Help = JsonEncodedText.Encode("help");
        public static readonly JsonEncodedText Hint = JsonEncodedText.Encode("hint");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Infos = JsonEncodedText.Encode("infos");
        public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Pointer = JsonEncodedText.Encode("pointer");
        public static readonly JsonEncodedText Properties = JsonEncodedText.Encode("properties");
        public static readonly JsonEncodedText Results = JsonEncodedText.Encode("results");
        public static readonly JsonEncodedText Row = JsonEncodedText.Encode("row");
        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        public static readonly JsonEncodedText RuleSetVersion = JsonEncodedText.Encode("ruleSetVersion");
        public static readonly JsonEncodedText Rules = JsonEncodedText.Encode("rules");
        public static readonly JsonEncodedText Runs = JsonEncodedText.Encode("runs");
        public static readonly JsonEncodedText SemanticVersion = JsonEncodedText.Encode("semanticVersion");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText ShortDescription = JsonEncodedText.Encode("shortDescription");
        public static readonly JsonEncodedText Table = JsonEncodedText.Encode("table");
        public static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Tool = JsonEncodedText.Encode("tool");
        public static readonly JsonEncodedText ToolVersion = JsonEncodedText.Encode("toolVersion");
        public static readonly JsonEncodedText Valid = JsonEncodedText.Encode("valid");
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
        public static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
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
