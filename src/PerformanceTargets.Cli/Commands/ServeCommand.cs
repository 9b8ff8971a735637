using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Server;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets serve</c>: starts the HTTP API and the review desk (PerformanceTargets.Server) until stopped.</summary>
internal static class ServeCommand
{
    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "serve",
            text.T("启动审阅台（浏览器）和 HTTP API", "Start the review desk (in the browser) and the HTTP API"),
            text.T(
                $"""
                在浏览器中打开所显示的地址（默认 {DeskServer.DefaultUrls}，仅本机可访问）：拖入文件即可看到汇总、各表及每条问题。
                API：POST /api/import、/api/validate、/api/render、/api/score，GET /api/rules、/api/schema；OpenAPI 文档在 /openapi/v1.json。
                不在磁盘上存储任何内容，不向外发出任何请求。按 Ctrl+C 停止。docs/server.md 说明部署和各项上限。
                退出码：0 已停止；2 无法启动（如端口被占用）。

                示例：perftargets serve --urls http://127.0.0.1:8080
                """,
                $"""
                Open the address shown in a browser (default {DeskServer.DefaultUrls}, this machine only): drop a file to see the
                summary, the tables and every finding. API: POST /api/import, /api/validate, /api/render, /api/score, GET
                /api/rules, /api/schema; the OpenAPI document is /openapi/v1.json. Nothing is stored on disk and no request
                leaves the machine. Stop with Ctrl+C. docs/server.md describes deployment and the limits.
                Exit codes: 0 stopped; 2 could not start (the port is taken, say).

                Example: perftargets serve --urls http://127.0.0.1:8080
                """));
        var urls = CliOptions.Value("--urls", null, "URLS", text.T($"监听的地址，以 ; 分隔（默认 {DeskServer.DefaultUrls}）", $"The addresses to listen on, separated by ; (default {DeskServer.DefaultUrls})"));
        var maxBody = Positive(scope, "--max-body-bytes", "BYTES", text.T(
            $"请求体的最大字节数（默认 {ServerOptions.DefaultMaxRequestBodyBytes}）",
            $"The largest request body in bytes (default {ServerOptions.DefaultMaxRequestBodyBytes})"));
        var maxDocuments = Positive(scope, "--max-documents", "N", text.T(
            $"/api/validate 每个请求最多的文档数（默认 {ServerOptions.DefaultMaxDocumentsPerRequest}）",
            $"The most documents per /api/validate request (default {ServerOptions.DefaultMaxDocumentsPerRequest})"));
        var maxConcurrent = Positive(scope, "--max-concurrent", "N", text.T(
            $"同时处理的最多 API 请求数，超出者得到 503（默认 {ServerOptions.DefaultMaxConcurrentRequests}）",
            $"The most API requests served at once; more get 503 (default {ServerOptions.DefaultMaxConcurrentRequests})"));
        var timeout = Positive(scope, "--timeout", "SECONDS", text.T(
            $"每个请求的时限，秒（默认 {ServerOptions.DefaultRequestTimeout.TotalSeconds}）",
            $"The time of one request, in seconds (default {ServerOptions.DefaultRequestTimeout.TotalSeconds})"));
        command.Options.Add(urls);
        command.Options.Add(maxBody);
        command.Options.Add(maxDocuments);
        command.Options.Add(maxConcurrent);
        command.Options.Add(timeout);
        command.SetAction(parse =>
        {
            var defaults = ServerOptions.Default;
            var options = defaults with
            {
                MaxRequestBodyBytes = Parse(parse.GetValue(maxBody)) ?? defaults.MaxRequestBodyBytes,
                MaxDocumentsPerRequest = (int?)Parse(parse.GetValue(maxDocuments)) ?? defaults.MaxDocumentsPerRequest,
                MaxConcurrentRequests = (int?)Parse(parse.GetValue(maxConcurrent)) ?? defaults.MaxConcurrentRequests,
                RequestTimeout = Parse(parse.GetValue(timeout)) is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.RequestTimeout,
            };
            var app = DeskServer.Build(options, parse.GetValue(urls));
            try
            {
                app.Start();
            }
            catch (IOException ex)
            {
                throw new CliException(text.T("无法启动服务：", "could not start the server: ") + ex.Message);
            }

            foreach (var address in app.Urls)
            {
                context.Error.WriteLine("perftargets: " + text.T("审阅台已启动，请在浏览器中打开 ", "the review desk is running: open ") + address);
            }

            app.WaitForShutdown();
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>A whole positive number (at most <see cref="int.MaxValue"/>, bytes excepted).</summary>
    private static Option<string?> Positive(ParseScope scope, string name, string helpName, string description)
    {
        var option = CliOptions.Value(name, null, helpName, description);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                var value = Parse(token.Value);
                if (value is null || (name != "--max-body-bytes" && value > int.MaxValue))
                {
                    scope.Error(result, scope.Text.T($"{name} 取正整数，而不是“{token.Value}”。", $"{name} takes a positive whole number, not '{token.Value}'."));
                }
            }
        });
        return option;
    }

    private static long? Parse(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
