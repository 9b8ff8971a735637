using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PerformanceTargets.Server.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>, committed as docs/openapi.json): the title and version, no server
/// address (the document is the same wherever it is served), and for each document endpoint its request body
/// (a multipart file, or the raw body of any format) with <c>filename</c>, and <c>Accept-Language</c> on every operation.
/// </summary>
internal static class OpenApiSetup
{
    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "perftargets serve",
                Version = "1",
                Description = "The HTTP API of PerformanceTargets: import, validate, render and score budget performance target tables (预算绩效目标表). Errors are application/problem+json (RFC 9457) with a `code` (PTS… for the server's, and the library's codes under `diagnostics`), in the language of Accept-Language (zh-CN by default, en). See docs/server.md.",
            };
            document.Servers = [];
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "Accept-Language",
                In = ParameterLocation.Header,
                Description = "zh-CN (the default) or en: the language of messages, labels and problem documents.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentBodyMetadata>().Any())
            {
                return Task.CompletedTask;
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "filename",
                In = ParameterLocation.Query,
                Description = "The file name of a raw body (its extension tells exchange JSON, .json, from what the importers read); ignored for multipart.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            var binary = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The document: a multipart/form-data file part (/api/validate takes several), or the raw bytes of a .txt, .csv, .xlsx or .json file.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = binary },
                            Required = new HashSet<string> { "file" },
                        },
                    },
                    ["application/octet-stream"] = new() { Schema = binary },
                    ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
                    ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            };
            return Task.CompletedTask;
        });
    }
}
