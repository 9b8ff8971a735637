using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Rendering;
using PerformanceTargets.Schema;
using PerformanceTargets.Server.Http;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Reports;

namespace PerformanceTargets.Server.Api;

/// <summary>
/// The HTTP API: one endpoint per job over the library (import, validate, render, score, rules, schema, info). Every
/// document endpoint takes a <c>multipart/form-data</c> file or the raw body with <c>?filename=</c>, in any format the
/// readers know (exchange JSON, the text layout, CSV, XLSX); every error is a problem document in the language of
/// <c>Accept-Language</c>.
/// </summary>
internal static class ApiEndpoints
{
    /// <summary>The media type of SARIF, chosen on <c>/api/validate</c> by <c>Accept</c>.</summary>
    public const string SarifMediaType = "application/sarif+json";

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        var api = app.MapGroup("/api");

        api.MapPost("/import", (HttpContext context, bool? envelope) => RunAsync(context, options, 1, (documents, language) => Import(context, documents[0], envelope ?? true, language)))
            .WithName("import")
            .WithSummary("Import a document as exchange JSON")
            .WithDescription("Reads any format the importers know (the text layout of a Word extraction, CSV, XLSX) or exchange JSON, and returns the exchange JSON with the import diagnostics (`envelope=true`, the default) or exactly the JSON `perftargets import` writes (`envelope=false`, with the counts in `X-Import-Errors` and `X-Import-Warnings`). 422 when nothing could be imported.")
            .Produces<ImportEnvelope>(StatusCodes.Status200OK, "application/json")
            .WithDocumentProblems();

        api.MapPost("/validate", (Func<HttpContext, Task<IResult>>)(context => RunAsync(context, options, options.MaxDocumentsPerRequest, (documents, language) => Validate(context, documents, language))))
            .WithName("validate")
            .WithSummary("Validate documents")
            .WithDescription("Validates up to MaxDocumentsPerRequest documents (multipart files) or one (raw body) and returns the findings as JSON (the `perftargets validate --format json` report), or SARIF 2.1.0 when `Accept: application/sarif+json`. A document that cannot be read is not an error of the request: its reading or import errors are findings (PT901, PT902).")
            .Produces<ValidationOutput>(StatusCodes.Status200OK, "application/json", SarifMediaType)
            .WithDocumentProblems();

        api.MapPost("/render", (HttpContext context, string? format, bool? review, int? table) => RunAsync(context, options, 1, (documents, language) => Render(context, documents[0], format, review ?? false, table, language)))
            .WithName("render")
            .WithSummary("Render a document")
            .WithDescription("Renders the document in a format of the library's RenderFormat (`html`, `markdown`, and the others the library has), in the language of Accept-Language; `review=true` puts each finding beside its cell; `table=N` renders the N-th table alone. 415 for a format this build does not have.")
            .Produces<string>(StatusCodes.Status200OK, "text/html", "text/markdown")
            .WithDocumentProblems();

        api.MapPost("/score", (Func<HttpContext, Task<IResult>>)(context => RunAsync(context, options, 1, (documents, language) => Score(context, documents[0], language))))
            .WithName("score")
            .WithSummary("Score a document's monitoring and self-evaluation")
            .WithDescription("Works out the self-evaluation score (自评) and the monitoring lights (监控) of each project and indicator, as the validator's rules see them.")
            .Produces<ScoreOutput>(StatusCodes.Status200OK, "application/json")
            .WithDocumentProblems();

        api.MapGet("/rules", (HttpContext context) => Rules(context))
            .WithName("rules")
            .WithSummary("List the rule catalogue")
            .WithDescription("Every built-in rule with its default severity, category, title and description in the language of Accept-Language.")
            .Produces<RuleList>(StatusCodes.Status200OK);

        api.MapGet("/schema", () => Results.Bytes(TargetSchema.GetUtf8Bytes(), "application/schema+json"))
            .WithName("schema")
            .WithSummary("The JSON Schema of the exchange format")
            .WithDescription("The draft-07 schema perftargets schema prints.")
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/schema+json");

        api.MapGet("/info", () => Results.Json(Info(options), ServerJson.Options))
            .WithName("info")
            .WithSummary("What this server offers")
            .WithDescription("The tool and rule-set versions, the render formats and the limits.")
            .Produces<ServerInfo>(StatusCodes.Status200OK);
    }

    /// <summary>The render formats this build has: the names of the library's <see cref="RenderFormat"/>, in lower case.</summary>
    public static IReadOnlyList<string> RenderFormats { get; } = [.. Enum.GetNames<RenderFormat>().Select(n => n.ToLowerInvariant())];

    /// <summary>The info document.</summary>
    public static ServerInfo Info(ServerOptions options) => new(
        "perftargets",
        ValidationReportWriter.ToolVersion,
        RuleCatalog.Version,
        TargetJson.SupportedMajorVersion,
        RenderFormats,
        new ServerLimits(options.MaxRequestBodyBytes, options.MaxDocumentsPerRequest, options.MaxConcurrentRequests, (int)options.RequestTimeout.TotalSeconds));

    /// <summary>
    /// Reads the documents of the request under its limits, then runs the work on the thread pool under its timeout:
    /// 408 when the body was still arriving at the timeout, 503 when the work was still running.
    /// </summary>
    private static async Task<IResult> RunAsync(HttpContext context, ServerOptions options, int maxDocuments, Func<IReadOnlyList<UploadedDocument>, Language, IResult> work)
    {
        var language = ServerLanguage.Of(context.Request);
        context.Response.Headers.Vary = "Accept, Accept-Language";
        var gate = context.Features.Get<RequestWork>() ?? throw new InvalidOperationException("The request gate is not in the pipeline.");
        BodyResult body;
        try
        {
            body = await RequestBody.ReadAsync(context, options, maxDocuments, language, gate.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (gate.TimedOut)
        {
            return Problems.Result(context, TimeoutProblem(language, options, body: true), language);
        }

        if (body.Problem is { } problem)
        {
            return Problems.Result(context, problem, language);
        }

        try
        {
            var token = gate.Token;
            return await gate.RunAsync(async () =>
            {
                if (options.BeforeWork is { } hook)
                {
                    await hook(token).ConfigureAwait(false);
                }

                return work(body.Documents, language);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (gate.TimedOut)
        {
            return Problems.Result(context, TimeoutProblem(language, options, body: false), language);
        }
    }

    private static ProblemDetails TimeoutProblem(Language language, ServerOptions options, bool body)
    {
        var seconds = options.RequestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return body
            ? Problems.Create(
                language,
                StatusCodes.Status408RequestTimeout,
                Problems.BodyTimeout,
                "请求超时",
                "Request timeout",
                $"请求体未在 {seconds} 秒内到达（RequestTimeout）。",
                $"The request body did not arrive within {seconds} seconds (RequestTimeout).")
            : Problems.Create(
                language,
                StatusCodes.Status503ServiceUnavailable,
                Problems.WorkTimeout,
                "处理超时",
                "Processing timeout",
                $"请求未能在 {seconds} 秒内处理完（RequestTimeout）。",
                $"The request could not be processed within {seconds} seconds (RequestTimeout).");
    }

    private static IResult Import(HttpContext context, UploadedDocument upload, bool envelope, Language language)
    {
        var loaded = Documents.Load(upload);
        if (loaded.Failed)
        {
            return Problems.Result(context, Documents.Unreadable(loaded, upload, language), language);
        }

        var document = TargetJson.Write(loaded.Document!);
        var errors = loaded.ErrorCount;
        var warnings = loaded.Diagnostics.Count(d => d.Severity == Severity.Warning);
        if (!envelope)
        {
            context.Response.Headers["X-Import-Errors"] = errors.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-Import-Warnings"] = warnings.ToString(CultureInfo.InvariantCulture);
            return Results.Bytes(document, "application/json");
        }

        var bytes = JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNullable("file", upload.FileName);
            json.WriteString("format", upload.IsJson ? "json" : loaded.Imported!.Layout == ImportLayout.Flat ? "flat" : "text");
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in loaded.Diagnostics)
            {
                json.WriteDiagnostic(diagnostic, language);
            }

            json.WriteEndArray();
            json.WritePropertyName("document");
            json.WriteRawValue(document, skipInputValidation: true);
            json.WriteEndObject();
        });
        return Results.Bytes(bytes, "application/json");
    }

    private static IResult Validate(HttpContext context, IReadOnlyList<UploadedDocument> documents, Language language)
    {
        var validator = Documents.Validator(language);
        var reports = documents.Select(d => Documents.Validate(d, validator)).ToList();
        if (WantsSarif(context.Request))
        {
            using var sarif = new MemoryStream();
            ValidationReportWriter.WriteSarif(reports, sarif, validator);
            return Results.Bytes(sarif.ToArray(), SarifMediaType);
        }

        var text = new StringWriter(CultureInfo.InvariantCulture);
        ValidationReportWriter.WriteJson(reports, text);
        return Results.Text(text.ToString(), "application/json", Encoding.UTF8);
    }

    private static bool WantsSarif(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(SarifMediaType, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    private static IResult Render(HttpContext context, UploadedDocument upload, string? formatName, bool review, int? table, Language language)
    {
        if (!TryParseFormat(formatName ?? "html", out var format))
        {
            var known = string.Join(", ", RenderFormats);
            var problem = Problems.Create(
                language,
                StatusCodes.Status415UnsupportedMediaType,
                Problems.FormatUnavailable,
                "不支持的输出格式",
                "Render format not available",
                $"此版本不能输出“{formatName}”；可用的格式：{known}。",
                $"This build cannot render '{formatName}'; the formats it has: {known}.");
            problem.Extensions["formats"] = RenderFormats;
            return Problems.Result(context, problem, language);
        }

        var loaded = Documents.Load(upload);
        if (loaded.Failed)
        {
            return Problems.Result(context, Documents.Unreadable(loaded, upload, language), language);
        }

        var document = loaded.Document!;
        if (table is { } t && (t < 1 || t > document.Projects.Length))
        {
            return Problems.Result(
                context,
                Problems.Create(
                    language,
                    StatusCodes.Status400BadRequest,
                    Problems.BadParameter,
                    "参数无效",
                    "Invalid parameter",
                    $"table 取 1 到 {document.Projects.Length} 的表号，而不是 {t}。",
                    $"table takes a table number from 1 to {document.Projects.Length}, not {t}."),
                language);
        }

        var report = review ? Documents.Validate(loaded, upload, Documents.Validator(language)) : null;
        var renderOptions = new RenderOptions { Format = format, Language = language, Review = review };
        using var output = new MemoryStream();
        var result = table is { } n
            ? TargetRenderer.Default.RenderTable(document, n - 1, output, renderOptions, report)
            : TargetRenderer.Default.Render(document, output, renderOptions, report);
        if (!result.Success)
        {
            return Problems.Result(
                context,
                Problems.Create(language, StatusCodes.Status500InternalServerError, Problems.RenderFailed, "渲染失败", "Rendering failed")
                    .WithDiagnostics(result.Errors, language),
                language);
        }

        return Results.Bytes(output.ToArray(), MediaTypeOf(format));
    }

    /// <summary>Parses a format name against <see cref="RenderFormat"/>, so that formats the library gains are served without change here.</summary>
    private static bool TryParseFormat(string name, out RenderFormat format) =>
        Enum.TryParse(name, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    /// <summary>The media type of a format's output, by the format's name.</summary>
    private static string MediaTypeOf(RenderFormat format) => format.ToString() switch
    {
        "Html" => "text/html; charset=utf-8",
        "Markdown" => "text/markdown; charset=utf-8",
        "Docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    private static IResult Score(HttpContext context, UploadedDocument upload, Language language)
    {
        var loaded = Documents.Load(upload);
        if (loaded.Failed)
        {
            return Problems.Result(context, Documents.Unreadable(loaded, upload, language), language);
        }

        var scores = Documents.Validator(language).Scorer.Score(loaded.Document!);
        return Results.Bytes(JsonOutput.Write(json => ScoreJson.Write(json, scores, upload.FileName)), "application/json");
    }

    private static IResult Rules(HttpContext context)
    {
        var language = ServerLanguage.Of(context.Request);
        context.Response.Headers.Vary = "Accept-Language";
        context.Response.Headers.ContentLanguage = Languages.GetTag(language);
        var rules = RuleCatalog.All.Select(r => new RuleEntry(
            r.Id,
            ValidationReportWriter.Level(r.DefaultSeverity),
            r.Category.ToString().ToLowerInvariant(),
            r.Title[language],
            r.Description[language])).ToList();
        return Results.Json(new RuleList(RuleCatalog.Version, rules), ServerJson.Options);
    }
}

/// <summary>The import envelope: the file, its format, the diagnostics and the exchange JSON.</summary>
/// <param name="File">The file name given.</param>
/// <param name="Format">json, text (the text layout) or flat (a CSV or XLSX table).</param>
/// <param name="Errors">Error diagnostics.</param>
/// <param name="Warnings">Warning diagnostics.</param>
/// <param name="Diagnostics">Every diagnostic.</param>
/// <param name="Document">The exchange JSON (see /api/schema).</param>
internal sealed record ImportEnvelope(string? File, string Format, int Errors, int Warnings, IReadOnlyList<DiagnosticEntry> Diagnostics, JsonElement Document);

/// <summary>A diagnostic of a reader or importer, or a template error.</summary>
/// <param name="Code">PTI… (import), PT9… (reading), PTT… (templates).</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Pointer">The JSON Pointer of the value concerned.</param>
/// <param name="Message">The message.</param>
/// <param name="Hint">What to do, if anything.</param>
/// <param name="Location">Where in the input.</param>
internal sealed record DiagnosticEntry(string Code, string Severity, string Pointer, string Message, string? Hint, LocationEntry? Location);

/// <summary>A place in an input.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Table">1-based table.</param>
/// <param name="Row">1-based row.</param>
internal sealed record LocationEntry(int Line, int? Column, int? Table, int? Row);

/// <summary>The validation report (<c>perftargets validate --format json</c>).</summary>
/// <param name="Tool">perftargets.</param>
/// <param name="ToolVersion">The tool's version.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="Valid">Whether no file has an error.</param>
/// <param name="Files">One report per document.</param>
internal sealed record ValidationOutput(string Tool, string ToolVersion, string RuleSetVersion, bool Valid, IReadOnlyList<FileReport> Files);

/// <summary>The report of one document.</summary>
/// <param name="File">The file name.</param>
/// <param name="Valid">Whether it has no error.</param>
/// <param name="Errors">Error findings.</param>
/// <param name="Warnings">Warning findings.</param>
/// <param name="Infos">Info findings.</param>
/// <param name="Findings">The findings.</param>
internal sealed record FileReport(string? File, bool Valid, int Errors, int Warnings, int Infos, IReadOnlyList<FindingEntry> Findings);

/// <summary>A finding.</summary>
/// <param name="RuleId">The rule, PTxxx.</param>
/// <param name="Severity">error, warning or note.</param>
/// <param name="Category">The rule's category.</param>
/// <param name="Pointer">The JSON Pointer of the value concerned.</param>
/// <param name="Location">Where in the input.</param>
/// <param name="Message">The message.</param>
/// <param name="Hint">What to do.</param>
internal sealed record FindingEntry(string RuleId, string Severity, string Category, string Pointer, LocationEntry? Location, string Message, string? Hint);

/// <summary>The scores of a document: the same JSON as perftargets score --format json, written by one writer (docs/cli.md, "perftargets score").</summary>
/// <param name="File">The file name.</param>
/// <param name="HasEvaluation">Whether any project has a self-evaluation.</param>
/// <param name="HasMonitoring">Whether any project has monitoring.</param>
/// <param name="Projects">Per project: index, sequence, code, name, evaluation, monitoring, indicators.</param>
internal sealed record ScoreOutput(string? File, bool HasEvaluation, bool HasMonitoring, IReadOnlyList<JsonElement> Projects);

/// <summary>The rule catalogue.</summary>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="Rules">The rules.</param>
internal sealed record RuleList(string RuleSetVersion, IReadOnlyList<RuleEntry> Rules);

/// <summary>A rule of the catalogue.</summary>
/// <param name="Id">PTxxx.</param>
/// <param name="Severity">The default severity: error, warning or note.</param>
/// <param name="Category">The category.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">What the rule checks.</param>
internal sealed record RuleEntry(string Id, string Severity, string Category, string Title, string Description);

/// <summary>What the server offers.</summary>
/// <param name="Tool">perftargets.</param>
/// <param name="Version">The tool's version.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="FormatMajorVersion">The major version of the exchange format read.</param>
/// <param name="RenderFormats">The formats of /api/render.</param>
/// <param name="Limits">The limits in force.</param>
internal sealed record ServerInfo(string Tool, string Version, string RuleSetVersion, int FormatMajorVersion, IReadOnlyList<string> RenderFormats, ServerLimits Limits);

/// <summary>The limits in force (see <see cref="ServerOptions"/>).</summary>
/// <param name="MaxRequestBodyBytes">The largest body.</param>
/// <param name="MaxDocumentsPerRequest">The most documents of /api/validate.</param>
/// <param name="MaxConcurrentRequests">The most API requests at once.</param>
/// <param name="RequestTimeoutSeconds">The time of one request.</param>
internal sealed record ServerLimits(long MaxRequestBodyBytes, int MaxDocumentsPerRequest, int MaxConcurrentRequests, int RequestTimeoutSeconds);

/// <summary>The OpenAPI metadata the document endpoints share: their request body and their problem responses.</summary>
internal static class EndpointMetadata
{
    /// <summary>Marks an endpoint as taking a document and adds its problem responses.</summary>
    public static RouteHandlerBuilder WithDocumentProblems(this RouteHandlerBuilder builder) => builder
        .WithTags("documents")
        .WithMetadata(new DocumentBodyMetadata())
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status408RequestTimeout)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}

/// <summary>Marks an endpoint whose request body is a document (see <c>DocumentBodyTransformer</c>).</summary>
internal sealed class DocumentBodyMetadata;
