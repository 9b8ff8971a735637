using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Server.Http;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Server.Api;

/// <summary>A document read from a request, with what the readers said and where each value came from.</summary>
/// <param name="Document">The document; null when nothing could be read.</param>
/// <param name="Diagnostics">The import diagnostics or JSON reading errors.</param>
/// <param name="Imported">The import result, when the document was imported (not exchange JSON).</param>
/// <param name="SourceMap">Where each value came from, for findings' locations.</param>
internal sealed record LoadedDocument(TargetDocument? Document, IReadOnlyList<IDiagnostic> Diagnostics, ImportResult? Imported, SourceMap SourceMap)
{
    /// <summary>Gets the number of error diagnostics.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Gets whether nothing usable was read: no document, or errors and not one table (as <c>perftargets import</c> judges it).</summary>
    public bool Failed => Document is null || (Document.Projects.IsEmpty && ErrorCount > 0);
}

/// <summary>Reads, imports and validates the documents of requests with the library, the way <c>perftargets</c> does.</summary>
internal static class Documents
{
    private static readonly ConcurrentDictionary<Language, TargetValidator> Validators = new();

    /// <summary>Gets the validator that speaks a language (built once, shared: validators are immutable and thread-safe).</summary>
    public static TargetValidator Validator(Language language) =>
        Validators.GetOrAdd(language, l => TargetValidator.CreateBuilder().UseCulture(l).Build());

    /// <summary>Reads exchange JSON, or imports anything else (the importer detects the format).</summary>
    public static LoadedDocument Load(UploadedDocument upload)
    {
        if (upload.IsJson)
        {
            var read = TargetJson.Read(upload.Content, new JsonReadOptions { FileName = upload.FileName });
            return new LoadedDocument(read.Document, [.. read.Errors], null, read.SourceMap);
        }

        var imported = TargetImporter.Import(upload.Content, ImportOptions.Default with { FileName = upload.FileName });
        return new LoadedDocument(imported.Document, [.. imported.Diagnostics], imported, imported.SourceMap);
    }

    /// <summary>Validates a document as <c>perftargets validate</c> does: reading and import problems become PT901/PT902 findings.</summary>
    public static ValidationReport Validate(UploadedDocument upload, TargetValidator validator) => upload.IsJson
        ? validator.Validate(upload.Content, upload.FileName)
        : validator.Validate(TargetImporter.Import(upload.Content, ImportOptions.Default with { FileName = upload.FileName }), upload.FileName);

    /// <summary>Validates a loaded document, with its source map so that findings name the original lines.</summary>
    public static ValidationReport Validate(LoadedDocument loaded, UploadedDocument upload, TargetValidator validator) => loaded.Imported is { } imported
        ? validator.Validate(imported, upload.FileName)
        : validator.Validate(loaded.Document!, loaded.SourceMap, upload.FileName);

    /// <summary>The problem of a document that could not be read or imported (422), with its diagnostics.</summary>
    public static ProblemDetails Unreadable(LoadedDocument loaded, UploadedDocument upload, Language language)
    {
        var name = upload.FileName ?? language.T("请求体", "the body");
        return Problems.Create(
                language,
                StatusCodes.Status422UnprocessableEntity,
                Problems.Unreadable,
                "无法读取或导入文档",
                "The document could not be read or imported",
                $"{name}：{loaded.ErrorCount} 个错误，未得到任何表。诊断信息见 diagnostics。",
                $"{name}: {loaded.ErrorCount} error(s), no table was read. See diagnostics.")
            .WithDiagnostics(loaded.Diagnostics, language);
    }
}
