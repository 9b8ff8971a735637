using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Rendering;
using PerformanceTargets.Schema;
using PerformanceTargets.Server.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Server.Tests.Api;

/// <summary>Each endpoint of the API with the seed and the samples, in the test server.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private ServerHost _host = null!;

    private HttpClient Client => _host.Client;

    public async Task InitializeAsync() => _host = await ServerHost.StartInMemoryAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Import_of_the_seed_text_gives_its_23_tables_and_the_import_diagnostics()
    {
        using var response = await Client.PostAsync("/api/import", ServerHost.Files(("guanting-2024.txt", ServerHost.Seed)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("guanting-2024.txt", root.GetProperty("file").GetString());
        Assert.Equal("text", root.GetProperty("format").GetString());
        Assert.Equal(23, root.GetProperty("document").GetProperty("projects").GetArrayLength());
        Assert.Contains(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PTI009");
    }

    [Fact]
    public async Task Import_without_envelope_is_exactly_what_perftargets_import_writes()
    {
        using var response = await Client.PostAsync("/api/import?envelope=false", ServerHost.Files(("guanting-2024.txt", ServerHost.Seed)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = TargetJson.Write(TargetImporter.Import(TestPaths.Seed).Document!);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("0", response.Headers.GetValues("X-Import-Errors").Single());
    }

    [Fact]
    public async Task Import_takes_a_raw_body_named_by_filename_and_exchange_json()
    {
        using var text = await Client.PostAsync("/api/import?filename=seed.txt", new ByteArrayContent(ServerHost.Seed));
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        using var json = await Client.PostAsync("/api/import?filename=seed.json&envelope=false", new ByteArrayContent(ServerHost.SeedJson));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var document = TargetJson.Read(await json.Content.ReadAsByteArrayAsync()).GetDocumentOrThrow();
        Assert.Equal(23, document.Projects.Length);
    }

    [Fact]
    public async Task Import_of_what_no_importer_reads_is_422_with_the_import_diagnostics()
    {
        using var response = await Client.PostAsync("/api/import?filename=notes.txt", new ByteArrayContent(Encoding.UTF8.GetBytes("hello\nworld\n")));
        var problem = await Problem(response, HttpStatusCode.UnprocessableEntity, "PTS009");
        Assert.Contains(problem.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString()!.StartsWith("PTI", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_of_broken_json_is_422_with_the_reading_errors()
    {
        using var response = await Client.PostAsync("/api/import?filename=broken.json", new ByteArrayContent("{\"schemaVersion\": "u8.ToArray()));
        var problem = await Problem(response, HttpStatusCode.UnprocessableEntity, "PTS009");
        Assert.NotEmpty(problem.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Validate_of_the_seed_text_reports_the_placeholder_goals_at_their_lines()
    {
        using var response = await Client.PostAsync("/api/validate", ServerHost.Files(("guanting-2024.txt", ServerHost.Seed)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var file = json.RootElement.GetProperty("files")[0];
        Assert.False(file.GetProperty("valid").GetBoolean());
        var placeholders = file.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "PT102").ToList();
        Assert.NotEmpty(placeholders);
        Assert.All(placeholders, f => Assert.True(f.GetProperty("location").GetProperty("line").GetInt32() > 1));

        // The same report as the library's (and so as perftargets validate --format json).
        var expected = TargetValidator.CreateBuilder().UseCulture(Language.Chinese).Build().Validate(TargetImporter.Import(ServerHost.Seed, ImportOptions.Default with { FileName = "guanting-2024.txt" }), "guanting-2024.txt");
        Assert.Equal(expected.ErrorCount, file.GetProperty("errors").GetInt32());
        Assert.Equal(expected.WarningCount, file.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task Validate_takes_several_files_and_reports_each()
    {
        using var response = await Client.PostAsync("/api/validate", ServerHost.Files(("a.txt", ServerHost.Seed), ("b.json", ServerHost.SeedJson), ("c.json", "{"u8.ToArray())));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["a.txt", "b.json", "c.json"], files.Select(f => f.GetProperty("file").GetString()));
        Assert.Contains(files[2].GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "PT001");
    }

    [Fact]
    public async Task Validate_answers_sarif_when_accept_asks_for_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate?filename=seed.json") { Content = new ByteArrayContent(ServerHost.SeedJson) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/sarif+json"));
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/sarif+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task Validate_speaks_english_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = ServerHost.Files(("seed.txt", ServerHost.Seed)) };
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("placeholder", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "text/html", "<!DOCTYPE html>")]
    [InlineData("markdown", "text/markdown", "|")]
    [InlineData("HTML", "text/html", "<table")]
    public async Task Render_writes_each_format_of_the_library(string format, string mediaType, string expected)
    {
        using var response = await Client.PostAsync("/api/render?format=" + format, ServerHost.Files(("guanting-2024.json", ServerHost.SeedJson)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_is_what_the_library_renders()
    {
        using var response = await Client.PostAsync("/api/render?format=markdown", ServerHost.Files(("guanting-2024.json", ServerHost.SeedJson)));
        var document = TargetJson.Read(ServerHost.SeedJson).GetDocumentOrThrow();
        Assert.Equal(TargetRendering.ToMarkdown(document, new RenderOptions { Format = RenderFormat.Markdown }), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Render_with_review_puts_the_findings_in_the_cells_and_table_renders_one_table()
    {
        using var review = await Client.PostAsync("/api/render?format=html&review=true", ServerHost.Files(("guanting-2024.txt", ServerHost.Seed)));
        var html = await review.Content.ReadAsStringAsync();
        Assert.Contains("class=\"review\"", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"rule\">PT102</code>", html, StringComparison.Ordinal);

        using var table = await Client.PostAsync("/api/render?format=html&table=3", ServerHost.Files(("guanting-2024.txt", ServerHost.Seed)));
        var fragment = await table.Content.ReadAsStringAsync();
        Assert.Contains("id=\"table-3\"", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"table-4\"", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<!DOCTYPE", fragment, StringComparison.Ordinal);

        using var outside = await Client.PostAsync("/api/render?format=html&table=24", ServerHost.Files(("guanting-2024.txt", ServerHost.Seed)));
        await Problem(outside, HttpStatusCode.BadRequest, "PTS007");
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("pdf")]
    [InlineData("1")]
    public async Task Render_of_a_format_the_library_lacks_is_415_naming_the_formats_it_has(string format)
    {
        if (Enum.TryParse<RenderFormat>(format, ignoreCase: true, out var known) && Enum.IsDefined(known) && !int.TryParse(format, out _))
        {
            return; // the library has gained this format: Render_writes_each_format_of_the_library covers it
        }

        using var response = await Client.PostAsync("/api/render?format=" + format, ServerHost.Files(("guanting-2024.json", ServerHost.SeedJson)));
        var problem = await Problem(response, HttpStatusCode.UnsupportedMediaType, "PTS008");
        var formats = problem.GetProperty("formats").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Equal(Enum.GetNames<RenderFormat>().Select(n => n.ToLowerInvariant()), formats);
    }

    [Fact]
    public async Task Score_gives_the_self_evaluation_of_the_evaluation_sample()
    {
        using var response = await Client.PostAsync("/api/score", ServerHost.Files(("guanting-2024-evaluation.json", File.ReadAllBytes(TestPaths.Sample("guanting-2024-evaluation.json")))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("hasEvaluation").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("projects").EnumerateArray(), p => p.TryGetProperty("evaluation", out var e) && e.GetProperty("totalScore").GetDecimal() > 0);

        // The same shape and spellings as `perftargets score --format json` (the library's one writer of scores).
        var first = json.RootElement.GetProperty("projects")[0];
        Assert.Equal(["index", "sequence", "code", "name", "evaluation", "indicators"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("优", first.GetProperty("evaluation").GetProperty("grade").GetString());
        Assert.Equal(66.8m, first.GetProperty("evaluation").GetProperty("spent").GetDecimal());
        Assert.Equal("66.8", first.GetProperty("evaluation").GetProperty("spent").GetRawText());
        Assert.Equal("reported", first.GetProperty("indicators")[0].GetProperty("evaluation").GetProperty("scoreSource").GetString());
    }

    [Fact]
    public async Task Score_of_the_monitoring_sample_gives_lights()
    {
        using var response = await Client.PostAsync("/api/score", ServerHost.Files(("m.json", File.ReadAllBytes(TestPaths.Sample("guanting-2024-monitoring.json")))));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("hasMonitoring").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("projects").EnumerateArray(), p => p.TryGetProperty("monitoring", out var m) && m.GetProperty("light").GetString() is { Length: > 0 });
        Assert.Equal("yellow", json.RootElement.GetProperty("projects")[1].GetProperty("monitoring").GetProperty("light").GetString());
        Assert.All(
            json.RootElement.GetProperty("projects").EnumerateArray().SelectMany(p => p.GetProperty("indicators").EnumerateArray()),
            i => Assert.Contains(i.GetProperty("monitoring").GetProperty("lightBasis").GetString(), new[] { "none", "likelihood", "progress" }));
    }

    [Fact]
    public async Task Rules_lists_the_catalogue_in_the_language_asked_for()
    {
        using var chinese = JsonDocument.Parse(await Client.GetStringAsync("/api/rules"));
        Assert.Equal(RuleCatalog.Version, chinese.RootElement.GetProperty("ruleSetVersion").GetString());
        var rules = chinese.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(RuleCatalog.All[0].Title[Language.Chinese], rules[0].GetProperty("title").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/rules");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await Client.SendAsync(request);
        using var english = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(RuleCatalog.All[0].Title[Language.English], english.RootElement.GetProperty("rules")[0].GetProperty("title").GetString());
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Schema_is_the_schema_of_the_library()
    {
        using var response = await Client.GetAsync("/api/schema");
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TargetSchema.GetUtf8Bytes(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Info_names_the_versions_formats_and_limits()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/info"));
        Assert.Equal(RuleCatalog.Version, json.RootElement.GetProperty("ruleSetVersion").GetString());
        Assert.Contains("html", json.RootElement.GetProperty("renderFormats").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ServerOptions.DefaultMaxRequestBodyBytes, json.RootElement.GetProperty("limits").GetProperty("maxRequestBodyBytes").GetInt64());
    }

    [Fact]
    public async Task A_request_without_a_document_is_400()
    {
        using var empty = await Client.PostAsync("/api/validate", new ByteArrayContent([]));
        await Problem(empty, HttpStatusCode.BadRequest, "PTS006");

        var form = new MultipartFormDataContent { { new StringContent("not a file"), "comment" } };
        using var noFile = await Client.PostAsync("/api/validate", form);
        await Problem(noFile, HttpStatusCode.BadRequest, "PTS006");
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_400()
    {
        var content = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nunterminated"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");
        using var response = await Client.PostAsync("/api/validate", content);
        await Problem(response, HttpStatusCode.BadRequest, "PTS010");
    }

    [Fact]
    public async Task Unknown_paths_and_methods_are_problem_documents()
    {
        using var missing = await Client.GetAsync("/api/nothing");
        await Problem(missing, HttpStatusCode.NotFound, "PTS011");
        using var method = await Client.GetAsync("/api/validate");
        await Problem(method, HttpStatusCode.MethodNotAllowed, "PTS011");
    }

    /// <summary>Asserts a problem document with its status and code, and returns it.</summary>
    internal static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.Equal(code, root.GetProperty("code").GetString());
        Assert.Equal("urn:perftargets:problem:" + code, root.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        return root;
    }
}
