using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PerformanceTargets.Server.Api;
using PerformanceTargets.Server.Desk;
using PerformanceTargets.Server.Http;

namespace PerformanceTargets.Server;

/// <summary>
/// Builds the server of <c>perftargets serve</c>: Kestrel with minimal APIs, the HTTP API under <c>/api</c>, the
/// OpenAPI document at <c>/openapi/v1.json</c> and the review desk at <c>/</c>. Nothing is stored on disk (bodies
/// are read into memory under their limit, never buffered to files), nothing is fetched from elsewhere, and the
/// server keeps no state between requests.
/// </summary>
internal static class DeskServer
{
    /// <summary>The default address: loopback only. Behind a reverse proxy give <c>--urls</c>.</summary>
    public const string DefaultUrls = "http://localhost:5000";

    /// <summary>Builds the application; run it with <c>RunAsync</c>, or start it in tests.</summary>
    /// <param name="options">The limits; null for <see cref="ServerOptions.Default"/>.</param>
    /// <param name="urls">The addresses to listen on (<c>;</c>-separated); null for <see cref="DefaultUrls"/>.</param>
    /// <param name="configure">Changes to the builder before it is built (tests use the test server); null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public static WebApplication Build(ServerOptions? options = null, string? urls = null, Action<WebApplicationBuilder>? configure = null)
    {
        options ??= ServerOptions.Default;
        options.Check();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(DeskServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(urls ?? DefaultUrls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<RequestGate>();
        builder.Services.Configure<JsonOptions>(json => json.SerializerOptions.Encoder = JsonOutput.Encoder);
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Localize);
        builder.Services.AddOpenApi("v1", OpenApiSetup.Configure);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(SecurityHeaders.Add);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var gate = app.Services.GetRequiredService<RequestGate>();
        app.Use(gate.InvokeAsync);
        ApiEndpoints.Map(app, options);
        DeskEndpoints.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    /// <summary>Gets the version of the server (the tool's).</summary>
    public static string Version =>
        typeof(DeskServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Gives the problems the framework writes (404, 405, an unexpected exception) a code and words in the language of
    /// <c>Accept-Language</c>; the server's own problems are already complete.
    /// </summary>
    private static void Localize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var language = ServerLanguage.Of(context.HttpContext.Request);
        context.HttpContext.Response.Headers.ContentLanguage = Languages.GetTag(language);
        problem.Extensions.Remove("traceId");
        switch (problem.Status)
        {
            case StatusCodes.Status404NotFound:
                Set(problem, Problems.NotFound, language.T("未找到", "Not found"), language.T("此路径没有端点；API 见 /openapi/v1.json。", "There is no endpoint at this path; the API is described at /openapi/v1.json."));
                break;
            case StatusCodes.Status405MethodNotAllowed:
                Set(problem, Problems.NotFound, language.T("方法不允许", "Method not allowed"), language.T("此端点不接受该方法；API 见 /openapi/v1.json。", "This endpoint does not take this method; the API is described at /openapi/v1.json."));
                break;
            case StatusCodes.Status413PayloadTooLarge:
                Set(problem, Problems.BodyTooLarge, language.T("请求体过大", "Request body too large"), null);
                break;
            default:
                if (context.Exception is not null || problem.Status >= 500)
                {
                    Set(problem, Problems.Internal, language.T("服务器内部错误", "Internal server error"), language.T("处理请求时发生意外错误；详情已写入服务器日志。", "An unexpected error occurred; the details are in the server's log."));
                }

                break;
        }
    }

    private static void Set(Microsoft.AspNetCore.Mvc.ProblemDetails problem, string code, string title, string? detail)
    {
        problem.Type = "urn:perftargets:problem:" + code;
        problem.Title = title;
        problem.Detail = detail;
        problem.Extensions["code"] = code;
    }
}
