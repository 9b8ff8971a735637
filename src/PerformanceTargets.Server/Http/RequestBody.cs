using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace PerformanceTargets.Server.Http;

/// <summary>One document of a request: its file name (for messages and reports) and its bytes.</summary>
/// <param name="FileName">The file name given with it (the part's file name, or <c>?filename=</c>), without folders; null when none was given.</param>
/// <param name="Content">The bytes.</param>
internal sealed record UploadedDocument(string? FileName, byte[] Content)
{
    /// <summary>Gets whether the document is exchange JSON: the <c>.json</c> extension, else a first non-blank character <c>{</c>.</summary>
    public bool IsJson
    {
        get
        {
            if (FileName is not null && FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var bytes = Content;
            var i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            return i < bytes.Length && bytes[i] == (byte)'{';
        }
    }
}

/// <summary>The documents of a request, or the problem that stops it.</summary>
internal sealed record BodyResult(IReadOnlyList<UploadedDocument> Documents, ProblemDetails? Problem);

/// <summary>
/// Reads the documents of a request into memory, never to disk: the files of a <c>multipart/form-data</c> body, or the
/// whole body as one document named by <c>?filename=</c>. The body is read under
/// <see cref="ServerOptions.MaxRequestBodyBytes"/> (by its <c>Content-Length</c> before anything is read, then as it
/// arrives), and the files counted under the documents limit of the endpoint.
/// </summary>
internal static class RequestBody
{
    private const int MaxFileNameLength = 255;

    /// <summary>Reads the documents.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled (the request timed out or was aborted).</exception>
    public static async Task<BodyResult> ReadAsync(HttpContext context, ServerOptions options, int maxDocuments, Language language, CancellationToken token)
    {
        var request = context.Request;
        var limit = options.MaxRequestBodyBytes;
        if (request.ContentLength is { } length && length > limit)
        {
            return Fail(Problems.TooLarge(language, limit));
        }

        byte[]? body;
        try
        {
            body = await ReadAllAsync(request.Body, limit, token).ConfigureAwait(false);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return Fail(Problems.TooLarge(language, limit));
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadMultipartAsync(body, mediaType, maxDocuments, language, token).ConfigureAwait(false);
        }

        if (body.Length == 0)
        {
            return Fail(NoDocumentProblem(language));
        }

        return new BodyResult([new UploadedDocument(CleanName(request.Query["filename"].ToString()), body)], null);
    }

    /// <summary>The problem of a request without a document.</summary>
    public static ProblemDetails NoDocumentProblem(Language language) => Problems.Create(
        language,
        StatusCodes.Status400BadRequest,
        Problems.NoDocument,
        "请求中没有文档",
        "No document in the request",
        "请把文件作为 multipart/form-data 的文件部分发送，或把文件内容作为请求体发送并用 ?filename= 给出文件名。",
        "Send the file as a file part of multipart/form-data, or send its content as the body with ?filename= naming it.");

    private static async Task<BodyResult> ReadMultipartAsync(byte[] body, MediaTypeHeaderValue mediaType, int maxDocuments, Language language, CancellationToken token)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return Fail(BadMultipart(language));
        }

        var documents = new List<UploadedDocument>();
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            var reader = new MultipartReader(boundary, stream) { BodyLengthLimit = body.Length };
            while (await reader.ReadNextSectionAsync(token).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                {
                    continue; // a plain form field: not a document
                }

                if (documents.Count == maxDocuments)
                {
                    return Fail(TooManyDocuments(language, maxDocuments));
                }

                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content, token).ConfigureAwait(false);
                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                documents.Add(new UploadedDocument(CleanName(name), content.ToArray()));
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return Fail(BadMultipart(language));
        }

        return documents.Count == 0 ? Fail(NoDocumentProblem(language)) : new BodyResult(documents, null);
    }

    /// <summary>The problem of more documents than an endpoint takes.</summary>
    public static ProblemDetails TooManyDocuments(Language language, int maxDocuments) => Problems.Create(
        language,
        StatusCodes.Status413PayloadTooLarge,
        Problems.TooManyDocuments,
        "文档过多",
        "Too many documents",
        $"此端点每个请求最多接受 {maxDocuments} 个文档。",
        $"This endpoint takes at most {maxDocuments} document(s) per request.");

    private static ProblemDetails BadMultipart(Language language) => Problems.Create(
        language,
        StatusCodes.Status400BadRequest,
        Problems.BadBody,
        "无法解析 multipart 请求体",
        "The multipart body cannot be parsed",
        "请求体声明为 multipart/form-data，但缺少边界或格式有误。",
        "The body is declared multipart/form-data but has no boundary or is malformed.");

    private static BodyResult Fail(ProblemDetails problem) => new([], problem);

    /// <summary>The file name without folders, control characters or excess length; null when empty.</summary>
    private static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var last = name.Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length > MaxFileNameLength)
        {
            clean = clean[..MaxFileNameLength];
        }

        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Reads a stream to its end; null as soon as more than <paramref name="limit"/> bytes have arrived.</summary>
    private static async Task<byte[]?> ReadAllAsync(Stream stream, long limit, CancellationToken token)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + count > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, count);
        }

        return buffer.ToArray();
    }
}
