using System.Net;
using PerformanceTargets.Server.Http;
using PerformanceTargets.Server.Tests.Infrastructure;

namespace PerformanceTargets.Server.Tests.Api;

/// <summary>Problem documents speak the language of Accept-Language: Chinese by default, English when asked first.</summary>
public sealed class ProblemLanguageTests : IAsyncLifetime
{
    private ServerHost _host = null!;

    public async Task InitializeAsync() => _host = await ServerHost.StartInMemoryAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(null, "请求中没有文档", "zh-CN")]
    [InlineData("zh-CN", "请求中没有文档", "zh-CN")]
    [InlineData("en", "No document in the request", "en")]
    [InlineData("en-US,zh;q=0.5", "No document in the request", "en")]
    [InlineData("zh-TW;q=0.9,en;q=0.8", "请求中没有文档", "zh-CN")]
    [InlineData("fr-FR,en;q=0.5", "No document in the request", "en")]
    [InlineData("fr-FR", "请求中没有文档", "zh-CN")]
    [InlineData("en;q=0", "请求中没有文档", "zh-CN")]
    [InlineData("not a language header ;;;", "请求中没有文档", "zh-CN")]
    public async Task A_problem_is_in_the_first_language_we_speak(string? acceptLanguage, string title, string contentLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = new ByteArrayContent([]) };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await _host.Client.SendAsync(request);
        var problem = await ApiTests.Problem(response, HttpStatusCode.BadRequest, Problems.NoDocument);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(contentLanguage, response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Import_diagnostics_in_a_problem_speak_the_language_too()
    {
        foreach (var (language, expected) in new[] { ("zh-CN", "无法识别版式"), ("en", "The layout was not recognised") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import?filename=notes.txt") { Content = new ByteArrayContent("hello\n"u8.ToArray()) };
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await _host.Client.SendAsync(request);
            var problem = await ApiTests.Problem(response, HttpStatusCode.UnprocessableEntity, Problems.Unreadable);
            Assert.Contains(problem.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Framework_problems_get_a_code_and_words_in_the_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/nowhere");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var english = await _host.Client.SendAsync(request);
        var problem = await ApiTests.Problem(english, HttpStatusCode.NotFound, Problems.NotFound);
        Assert.Equal("Not found", problem.GetProperty("title").GetString());

        using var chinese = await _host.Client.GetAsync("/nowhere");
        problem = await ApiTests.Problem(chinese, HttpStatusCode.NotFound, Problems.NotFound);
        Assert.Equal("未找到", problem.GetProperty("title").GetString());
    }
}
