using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Internal;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;
using PerformanceTargets.Validation.Rules;
using PerformanceTargets.Validation.Rules.Format;
using PerformanceTargets.Validation.Schema;

namespace PerformanceTargets.Validation;

/// <summary>
/// Validates performance-target documents: stage 1 reads the file (PT001 syntax and encoding, PT002 JSON Schema,
/// PT003 version, PT901 limits), stage 2 runs the review rules (PT1xx–PT5xx and custom rules) and reports findings
/// with rule id, severity, JSON Pointer, source location, message and hint.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="CreateBuilder"/> (or use <see cref="Default"/>) and reuse it: a validator is
/// immutable and thread-safe, and its Validate methods may run concurrently. Validation never throws on bad input:
/// what is wrong with the input is a finding.</para>
/// <para>JSON is decided by a fast path, the strict source-generated reader (<see cref="TargetJson"/>) followed by the
/// rules; NJsonSchema runs only when that reader meets a structural error, or always with
/// <see cref="TargetValidatorBuilder.UseFullSchemaReport"/>, to give the complete schema report. Both paths reject
/// the same documents.</para>
/// </remarks>
public sealed class TargetValidator
{
    private readonly ValidatorSettings _settings;
    private readonly IValidationRule[] _rules;
    private readonly Severity?[] _overrides;
    private readonly IndicatorRule[] _rowRules;
    private readonly RowNeeds[] _rowNeeds;
    private readonly Severity?[] _rowOverrides;

    internal TargetValidator(ValidatorSettings settings)
    {
        _settings = settings;
        var rules = new List<IValidationRule>();
        foreach (var rule in BuiltInRules.ReviewStage)
        {
            var id = rule.Descriptor.Id;
            if ((settings.Only is null || settings.Only.Contains(id)) && !settings.Disabled.Contains(id))
            {
                rules.Add(rule);
            }
        }

        foreach (var rule in settings.Custom)
        {
            if (!settings.Disabled.Contains(rule.Descriptor.Id))
            {
                rules.Add(rule);
            }
        }

        _rules = [.. rules];
        _overrides = new Severity?[_rules.Length];
        for (var i = 0; i < _rules.Length; i++)
        {
            _overrides[i] = settings.Severities.TryGetValue(_rules[i].Descriptor.Id, out var severity) ? severity : null;
        }

        _rowRules = [.. _rules.OfType<IndicatorRule>()];
        _rowNeeds = [.. _rowRules.Select(r => r.Needs)];
        _rowOverrides = [.. _rowRules.Select(r => settings.Severities.TryGetValue(r.Descriptor.Id, out var severity) ? severity : (Severity?)null)];

        // Catalogue order: the stage-1 rules and the enabled built-in rules, then the custom rules.
        var descriptors = ImmutableArray.CreateBuilder<RuleDescriptor>();
        foreach (var descriptor in RuleCatalog.All)
        {
            if (RuleCatalog.IsReadStage(descriptor.Id))
            {
                descriptors.Add(descriptor);
                continue;
            }

            var index = Array.FindIndex(_rules, r => r.Descriptor.Id == descriptor.Id);
            if (index >= 0)
            {
                descriptors.Add(_overrides[index] is { } severity ? descriptor with { DefaultSeverity = severity } : descriptor);
            }
        }

        for (var i = 0; i < _rules.Length; i++)
        {
            if (_rules[i] is not IBuiltInRule)
            {
                descriptors.Add(_overrides[i] is { } severity ? _rules[i].Descriptor with { DefaultSeverity = severity } : _rules[i].Descriptor);
            }
        }

        Rules = descriptors.ToImmutable();
        RuleSetVersion = settings.Custom.Count == 0
            ? RuleCatalog.Version
            : RuleCatalog.Version + "+" + string.Join(".", settings.Custom.Select(r => r.Descriptor.Id));
    }

    /// <summary>Gets a validator with the defaults: every built-in rule, the 2020 framework for documents that name none, Chinese messages.</summary>
    public static TargetValidator Default { get; } = new TargetValidatorBuilder().Build();

    /// <summary>Gets the rules this validator runs (stage-1 rules first), with their severity after overrides.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Gets the version of the rule set, stamped on every report: <see cref="RuleCatalog.Version"/>, plus the custom rule ids when there are any.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Gets the language of messages.</summary>
    public Language Culture => _settings.Culture;

    /// <summary>
    /// Gets the framework for documents that name none and whose level names do not show one (a level-1 成本指标 shows
    /// 2021), or for all documents when <see cref="OverridesDocumentFramework"/>.
    /// </summary>
    public IndicatorFramework Framework => _settings.Framework;

    /// <summary>Gets whether <see cref="Framework"/> applies even to documents that name another framework.</summary>
    public bool OverridesDocumentFramework => _settings.OverrideFramework;

    /// <summary>Gets whether NJsonSchema runs on every JSON input rather than only when the fast reader meets a structural error.</summary>
    public bool FullSchemaReport => _settings.FullSchemaReport;

    /// <summary>Gets the lowest satisfaction target, in percent, that PT305 accepts.</summary>
    public decimal SatisfactionFloor => _settings.SatisfactionFloor;

    /// <summary>Gets the scorer whose figures the self-evaluation and monitoring rules check.</summary>
    public TargetScorer Scorer => _settings.Scorer;

    /// <summary>Creates a builder to configure a validator.</summary>
    /// <returns>A new builder with the defaults.</returns>
    public static TargetValidatorBuilder CreateBuilder() => new();

    /// <summary>Validates a document in memory, such as one an importer made, with the review rules (stage 2).</summary>
    /// <param name="document">The document.</param>
    /// <param name="sourceMap">Where each value came from (an importer's source map), to give findings their source line; or null.</param>
    /// <param name="fileName">The file the document came from, for reports; or null.</param>
    /// <returns>The report. Never throws on a bad document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A custom rule threw.</exception>
    public ValidationReport Validate(TargetDocument document, SourceMap? sourceMap = null, string? fileName = null)
    {
        Guard.NotNull(document);
        var findings = new FindingSet(new ValidationScope(), _settings.Culture);
        RunRules(document, findings);
        if (sourceMap is not null)
        {
            findings.Scope.Locations = new SourceMapLocationResolver(sourceMap, fileName);
        }

        return new ValidationReport(findings, document, fileName, RuleSetVersion);
    }

    /// <summary>Validates UTF-8 JSON of the exchange format: reading (stage 1), then the review rules (stage 2).</summary>
    /// <param name="utf8Json">The bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="fileName">The file the bytes came from, for locations and reports; or null.</param>
    /// <returns>The report; findings carry their line and column in the JSON, located on first access. Never throws on bad input.</returns>
    /// <exception cref="InvalidOperationException">A custom rule threw.</exception>
    public ValidationReport Validate(ReadOnlySpan<byte> utf8Json, string? fileName = null) => Validate(utf8Json, null, fileName);

    /// <summary>
    /// Validates UTF-8 JSON of the exchange format held in an array, without copying it: the report keeps the array to
    /// find the findings' lines and columns when they are first read, so do not change it while you use the report.
    /// </summary>
    /// <param name="utf8Json">The bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="fileName">The file the bytes came from, for locations and reports; or null.</param>
    /// <returns>The report; findings carry their line and column in the JSON. Never throws on bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A custom rule threw.</exception>
    public ValidationReport Validate(byte[] utf8Json, string? fileName = null) => Validate(Guard.NotNull(utf8Json), utf8Json, fileName);

    private ValidationReport Validate(ReadOnlySpan<byte> utf8Json, byte[]? owned, string? fileName, bool tooLarge = false)
    {
        var options = _settings.ReadOptions.FileName == fileName ? _settings.ReadOptions : _settings.ReadOptions with { FileName = fileName };
        var read = tooLarge ? TargetJson.TooLarge(options) : owned is not null ? TargetJson.Read(owned, options) : TargetJson.Read(utf8Json, options);
        var findings = new FindingSet(new ValidationScope(), _settings.Culture);
        var document = read.Document;
        if (document is null)
        {
            SchemaStage.Explain(utf8Json, read.Errors, _settings.Culture, findings, _settings.FullSchemaReport);
        }
        else
        {
            if (_settings.FullSchemaReport)
            {
                SchemaStage.FullReport(utf8Json, _settings.Culture, findings);
            }

            RunRules(document, findings);
        }

        // The reader's index of the text locates every finding: nothing reads the text again.
        findings.Scope.Locations = new SourceMapLocationResolver(read.SourceMap, fileName);
        return new ValidationReport(findings, document, fileName, RuleSetVersion);
    }

    /// <summary>Validates a JSON string of the exchange format.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="fileName">The file it came from, or null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public ValidationReport ValidateJson(string json, string? fileName = null)
    {
        Guard.NotNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        return Validate(bytes, bytes, fileName);
    }

    /// <summary>Validates a stream of UTF-8 JSON, read to its end (up to the read limit; beyond it is finding PT901).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="fileName">The file it came from, or null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public ValidationReport Validate(Stream utf8Json, string? fileName = null)
    {
        Guard.NotNull(utf8Json);
        // Over the limit, the finding says "larger than the limit" (a stream's true size may be unknown) and keeps none of the text.
        return BoundedStream.ReadAll(utf8Json, _settings.ReadOptions.Limits.MaxInputBytes) is { } bytes
            ? Validate(bytes, bytes, fileName)
            : Validate(ReadOnlySpan<byte>.Empty, [], fileName, tooLarge: true);
    }

    /// <summary>
    /// Validates a file: exchange JSON (by its <c>.json</c> extension or its first character), or anything
    /// <see cref="TargetImporter"/> reads (the text extraction of a Word document, a flat CSV or XLSX table). Imported
    /// files are validated with their source map, so findings carry the line (and table and row) of the source, and
    /// every import diagnostic becomes a finding of rule PT902.
    /// </summary>
    /// <param name="path">The file; it is named in the report and in every location.</param>
    /// <param name="importOptions">Options for importing a file that is not JSON; null for the defaults.</param>
    /// <returns>The report. Never throws on bad content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file does not exist or could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public ValidationReport ValidateFile(string path, ImportOptions? importOptions = null)
    {
        Guard.NotNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        if (IsJson(path, stream))
        {
            return Validate(stream, path);
        }

        var options = (importOptions ?? ImportOptions.Default) with { FileName = path };
        return Validate(TargetImporter.Import(stream, options), path);
    }

    /// <summary>
    /// Validates what an importer made: the document with its source map (findings carry the source line), and each
    /// import diagnostic as a finding of rule PT902 with the diagnostic's severity, code and location.
    /// </summary>
    /// <param name="imported">The import result.</param>
    /// <param name="fileName">The source file, for reports; null to take it from the import options.</param>
    /// <returns>The report; its document is null when nothing could be imported.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imported"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A custom rule threw.</exception>
    public ValidationReport Validate(ImportResult imported, string? fileName = null)
    {
        Guard.NotNull(imported);
        fileName ??= imported.Diagnostics.Select(d => d.File).FirstOrDefault(f => f is not null);
        var findings = new FindingSet(new ValidationScope(), _settings.Culture);
        foreach (var diagnostic in imported.Diagnostics)
        {
            findings.Add(ImportFinding(diagnostic, imported.Document, fileName));
        }

        if (imported.Document is { } document)
        {
            RunRules(document, findings);
        }

        findings.Scope.Locations = new SourceMapLocationResolver(imported.SourceMap, fileName);
        return new ValidationReport(findings, imported.Document, fileName, RuleSetVersion);
    }

    /// <summary>Tells exchange JSON from the formats the importers read: the <c>.json</c> extension, else a first non-blank character <c>{</c>.</summary>
    private static bool IsJson(string path, Stream stream)
    {
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var head = new byte[64];
        var count = stream.Read(head, 0, head.Length);
        stream.Position = 0;
        var i = count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        while (i < count && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < count && head[i] == (byte)'{';
    }

    private Finding ImportFinding(ImportDiagnostic diagnostic, TargetDocument? document, string? fileName)
    {
        var pointer = diagnostic.Pointer;
        if (pointer.Length == 0 && diagnostic.Location?.Table is { } table && document is not null)
        {
            for (var i = 0; i < document.Projects.Length; i++)
            {
                if (document.Projects[i].Sequence == table)
                {
                    pointer = "/projects/" + i.ToString(CultureInfo.InvariantCulture);
                    break;
                }
            }
        }

        var location = diagnostic.Location;
        return new Finding
        {
            RuleId = ReadStageRules.PT902.Id,
            Severity = diagnostic.Severity,
            Category = ReadStageRules.PT902.Category,
            Pointer = pointer,
            Location = location is not null && location.File is null ? location with { File = fileName } : location,
            Message = diagnostic.Code + ": " + diagnostic.Text[_settings.Culture],
            Hint = diagnostic.HintText?[_settings.Culture],
        };
    }

    private void RunRules(TargetDocument document, FindingSet findings)
    {
        // The document's own framework wins, else the one its level names show, else the configured default; an
        // override applies to every document.
        var framework = _settings.OverrideFramework ? _settings.Framework : document.Framework ?? IndicatorFramework.Shown(document.Projects, _settings.Framework);
        var context = new ValidationContext(document, framework, _settings.Culture, _settings.SatisfactionFloor, findings, _settings.Scorer);
        for (var i = 0; i < _rules.Length; i++)
        {
            var rule = _rules[i];
            if (rule is IndicatorRule)
            {
                continue;
            }

            context.Begin(rule.Descriptor, _overrides[i]);
            if (rule is IBuiltInRule)
            {
                rule.Check(context);
                continue;
            }

            try
            {
                rule.Check(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"The custom rule {rule.Descriptor.Id} threw {ex.GetType().Name}: {ex.Message}", ex);
            }
        }

        RunRowRules(context);
        context.Release();
    }

    /// <summary>Runs the rules that look at one indicator row at a time, all of them row by row, in one pass.</summary>
    private void RunRowRules(ValidationContext context)
    {
        if (_rowRules.Length == 0)
        {
            return;
        }

        foreach (var project in context.Facts.Projects)
        {
            for (var period = 0; period < 2; period++)
            {
                var rows = project.List(period == 1);
                var list = period == 1 ? BuiltInRule.PeriodIndicatorsList : BuiltInRule.IndicatorsList;
                for (var row = 0; row < rows.Length; row++)
                {
                    var what = IndicatorRule.Describe(in rows[row]);
                    for (var r = 0; r < _rowRules.Length; r++)
                    {
                        if ((_rowNeeds[r] & ~what) != 0)
                        {
                            continue;
                        }

                        context.Begin(_rowRules[r].Descriptor, _rowOverrides[r]);
                        _rowRules[r].Check(context, project, row, in rows[row], list);
                    }
                }
            }
        }
    }
}
