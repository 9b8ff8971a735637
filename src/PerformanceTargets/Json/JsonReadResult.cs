using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PerformanceTargets.Model;

namespace PerformanceTargets.Json;

/// <summary>The outcome of reading a document: the document, or the errors that prevented it.</summary>
/// <remarks>Immutable and thread-safe. Exactly one of <see cref="Document"/> and a non-empty <see cref="Errors"/> is set.</remarks>
public sealed class JsonReadResult
{
    private JsonReadResult(TargetDocument? document, ImmutableArray<JsonReadError> errors, SourceMap sourceMap)
    {
        Document = document;
        Errors = errors;
        SourceMap = sourceMap;
    }

    /// <summary>Gets whether the document was read.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Success => Document is not null;

    /// <summary>Gets the document, or null when reading failed.</summary>
    public TargetDocument? Document { get; }

    /// <summary>Gets the errors; empty on success.</summary>
    public ImmutableArray<JsonReadError> Errors { get; }

    /// <summary>
    /// Gets where every value read is in the text: JSON Pointer → file, line and column (and, inside a project table,
    /// the table and row), found without reading the text again. Built while reading; empty when nothing could be read.
    /// </summary>
    public SourceMap SourceMap { get; }

    /// <summary>Gets the document when reading succeeded.</summary>
    /// <param name="document">The document, or null.</param>
    /// <returns>True on success.</returns>
    public bool TryGetDocument([NotNullWhen(true)] out TargetDocument? document)
    {
        document = Document;
        return document is not null;
    }

    /// <summary>Gets the document, or throws when reading failed.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="TargetJsonException">Reading failed; the exception carries the errors.</exception>
    public TargetDocument GetDocumentOrThrow() => Document ?? throw new TargetJsonException(Errors);

    internal static JsonReadResult Ok(TargetDocument document, SourceMap sourceMap) => new(document, ImmutableArray<JsonReadError>.Empty, sourceMap);

    internal static JsonReadResult Fail(ImmutableArray<JsonReadError> errors, SourceMap? sourceMap = null) => new(null, errors, sourceMap ?? SourceMap.Empty);
}

/// <summary>Thrown by <see cref="JsonReadResult.GetDocumentOrThrow"/> when a document could not be read.</summary>
public sealed class TargetJsonException : Exception
{
    /// <summary>Initializes a new instance with the errors that prevented reading.</summary>
    /// <param name="errors">The errors.</param>
    public TargetJsonException(ImmutableArray<JsonReadError> errors)
        : base(BuildMessage(errors)) => Errors = errors.IsDefault ? [] : errors;

    /// <summary>Initializes a new instance with a message.</summary>
    public TargetJsonException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public TargetJsonException(string message)
        : base(message) => Errors = [];

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TargetJsonException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Initializes a new instance for a document the writer refused (it would not read back under the limits).</summary>
    internal TargetJsonException(ImmutableArray<JsonReadError> errors, bool writing)
        : base(BuildMessage(errors, writing ? "The document cannot be written as JSON" : "The document could not be read")) => Errors = errors.IsDefault ? [] : errors;

    /// <summary>Gets the errors that prevented reading (or writing: a document over a limit of <see cref="PerformanceTargets.Model.DocumentLimits"/>).</summary>
    public ImmutableArray<JsonReadError> Errors { get; }

    private static string BuildMessage(ImmutableArray<JsonReadError> errors, string what = "The document could not be read") =>
        errors.IsDefaultOrEmpty
            ? what + "."
            : what + ": " + string.Join("; ", errors.Take(5).Select(e => e.ToString())) + (errors.Length > 5 ? $" (and {errors.Length - 5} more)" : string.Empty);
}
