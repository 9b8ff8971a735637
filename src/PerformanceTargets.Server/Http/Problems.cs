using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PerformanceTargets.Server.Http;

/// <summary>
/// The problem documents of the server (RFC 9457, <c>application/problem+json</c>): a status, a localized title and
/// detail, a stable <c>code</c> extension (<c>PTS…</c> for the server's own, the library's codes under
/// <c>diagnostics</c>), and a <c>type</c> naming the code.
/// </summary>
internal static class Problems
{
    /// <summary>The request body is larger than <see cref="ServerOptions.MaxRequestBodyBytes"/> (413).</summary>
    public const string BodyTooLarge = "PTS001";

    /// <summary>More documents than <see cref="ServerOptions.MaxDocumentsPerRequest"/>, or more than one where one is taken (413).</summary>
    public const string TooManyDocuments = "PTS002";

    /// <summary>Every place of <see cref="ServerOptions.MaxConcurrentRequests"/> is taken (503).</summary>
    public const string Busy = "PTS003";

    /// <summary>The body did not arrive within <see cref="ServerOptions.RequestTimeout"/> (408).</summary>
    public const string BodyTimeout = "PTS004";

    /// <summary>The work did not end within <see cref="ServerOptions.RequestTimeout"/> (503).</summary>
    public const string WorkTimeout = "PTS005";

    /// <summary>The request has no document: an empty body, or a multipart body without a file (400).</summary>
    public const string NoDocument = "PTS006";

    /// <summary>A query parameter has a value the endpoint does not take (400).</summary>
    public const string BadParameter = "PTS007";

    /// <summary>A render format this build does not have (415).</summary>
    public const string FormatUnavailable = "PTS008";

    /// <summary>The document could not be read or imported: the diagnostics say why (422).</summary>
    public const string Unreadable = "PTS009";

    /// <summary>A body that is not multipart, or multipart that cannot be parsed (400).</summary>
    public const string BadBody = "PTS010";

    /// <summary>No endpoint at this path, or not for this method (404, 405).</summary>
    public const string NotFound = "PTS011";

    /// <summary>An unexpected failure of the server (500).</summary>
    public const string Internal = "PTS012";

    /// <summary>A template failed while rendering (500; the template errors are under <c>diagnostics</c>).</summary>
    public const string RenderFailed = "PTS013";

    /// <summary>Creates a problem document.</summary>
    public static ProblemDetails Create(Language language, int status, string code, string titleZh, string titleEn, string? detailZh = null, string? detailEn = null)
    {
        var problem = new ProblemDetails
        {
            Type = "urn:perftargets:problem:" + code,
            Status = status,
            Title = language.T(titleZh, titleEn),
            Detail = detailZh is null ? null : language.T(detailZh, detailEn ?? detailZh),
        };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>Adds the diagnostics (import diagnostics, reading errors, template errors) in the chosen language.</summary>
    public static ProblemDetails WithDiagnostics(this ProblemDetails problem, IEnumerable<IDiagnostic> diagnostics, Language language)
    {
        problem.Extensions["diagnostics"] = diagnostics.Select(d => Describe(d, language)).ToList();
        return problem;
    }

    /// <summary>One diagnostic as a JSON-ready object: code, severity, pointer, message, hint, location.</summary>
    public static Dictionary<string, object?> Describe(IDiagnostic diagnostic, Language language)
    {
        var item = new Dictionary<string, object?>
        {
            ["code"] = diagnostic.Code,
            ["severity"] = diagnostic.Severity.ToString().ToLowerInvariant(),
            ["pointer"] = diagnostic.Pointer,
            ["message"] = diagnostic.Text[language],
        };
        if (diagnostic.HintText is { } hint)
        {
            item["hint"] = hint[language];
        }

        if (diagnostic.Location is { } location)
        {
            var place = new Dictionary<string, object?> { ["line"] = location.Line };
            if (location.Column > 0)
            {
                place["column"] = location.Column;
            }

            if (location.Table is { } table)
            {
                place["table"] = table;
            }

            if (location.Row is { } row)
            {
                place["row"] = row;
            }

            item["location"] = place;
        }

        return item;
    }

    /// <summary>Writes a problem document as the response, with <c>Content-Language</c>.</summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails problem, Language language)
    {
        context.Response.Headers.ContentLanguage = Languages.GetTag(language);
        return Results.Problem(problem).ExecuteAsync(context);
    }

    /// <summary>A problem as a result of an endpoint, with <c>Content-Language</c>.</summary>
    public static IResult Result(HttpContext context, ProblemDetails problem, Language language)
    {
        context.Response.Headers.ContentLanguage = Languages.GetTag(language);
        return Results.Problem(problem);
    }

    /// <summary>The byte count as in the library's messages: <c>33,554,432</c>.</summary>
    public static string Bytes(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The body is too large.</summary>
    public static ProblemDetails TooLarge(Language language, long limit) => Create(
        language,
        StatusCodes.Status413PayloadTooLarge,
        BodyTooLarge,
        "请求体过大",
        "Request body too large",
        $"请求体超过 {Bytes(limit)} 字节的上限（MaxRequestBodyBytes）。",
        $"The request body is larger than the limit of {Bytes(limit)} bytes (MaxRequestBodyBytes).");
}
