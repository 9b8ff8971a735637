using Microsoft.AspNetCore.Http;

namespace PerformanceTargets.Server.Http;

/// <summary>
/// The security headers of every response, set when the response starts (so that error responses have them too).
/// The review desk's policy allows scripts, styles and connections to this server alone: no inline script, no
/// inline style, no other origin. A rendered HTML page (<c>/api/render</c>) gets the policy it declares itself:
/// its inline style sheet and nothing else.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of the desk and the API.</summary>
    public const string DeskPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The Content-Security-Policy of a rendered page: its own style sheet, no script at all.</summary>
    public const string RenderedPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, RequestDelegate next)
    {
        var rendered = context.Request.Path.StartsWithSegments("/api/render", StringComparison.Ordinal);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = rendered ? RenderedPolicy : DeskPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
