using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PerformanceTargets.Model;

namespace PerformanceTargets.Import;

/// <summary>
/// The outcome of an import: the document (whatever could be imported), where each of its values came from, and
/// the diagnostics met on the way.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Document"/> is null only when nothing could be imported (empty, binary or
/// unrecognised input, a missing required column); otherwise intact tables are imported even when others are
/// damaged, and every error diagnostic names what was left out.
/// </remarks>
public sealed class ImportResult
{
    internal ImportResult(TargetDocument? document, SourceMap sourceMap, ImmutableArray<ImportDiagnostic> diagnostics, ImportEncoding encoding, ImportLayout layout)
    {
        Document = document;
        SourceMap = sourceMap;
        Diagnostics = diagnostics;
        Encoding = encoding;
        Layout = layout;
    }

    /// <summary>Gets the imported document, or null when nothing could be imported.</summary>
    public TargetDocument? Document { get; }

    /// <summary>
    /// Gets where each imported value came from: JSON Pointers into <see cref="Document"/> (such as
    /// <c>/projects/0/indicators/2/target</c>) mapped to the file, line, column, table, row and cell. Empty when nothing was imported.
    /// </summary>
    public SourceMap SourceMap { get; }

    /// <summary>Gets the diagnostics, in source order within each stage of the import. Never default.</summary>
    public ImmutableArray<ImportDiagnostic> Diagnostics { get; }

    /// <summary>Gets the encoding the text was decoded with (<see cref="ImportEncoding.Auto"/> for XLSX or when decoding failed).</summary>
    public ImportEncoding Encoding { get; }

    /// <summary>Gets the layout the input was read as (<see cref="ImportLayout.Auto"/> when none was recognised).</summary>
    public ImportLayout Layout { get; }

    /// <summary>Gets whether a document was imported without any error diagnostic (warnings and information allowed).</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool Success => Document is not null && ErrorCount == 0;

    /// <summary>Gets the number of error diagnostics: each means some source content was not imported.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Gets the number of warning diagnostics.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Gets the document when one was imported (possibly with errors: check <see cref="Success"/>).</summary>
    /// <param name="document">The document, or null.</param>
    /// <returns>True when a document was imported.</returns>
    public bool TryGetDocument([NotNullWhen(true)] out TargetDocument? document)
    {
        document = Document;
        return document is not null;
    }

    /// <summary>Gets the document, or throws when nothing could be imported.</summary>
    /// <returns>The document (which may be partial when <see cref="ErrorCount"/> is not zero).</returns>
    /// <exception cref="TargetImportException">Nothing could be imported; the exception carries the diagnostics.</exception>
    public TargetDocument GetDocumentOrThrow() => Document ?? throw new TargetImportException(Diagnostics);
}

/// <summary>Thrown by <see cref="ImportResult.GetDocumentOrThrow"/> when nothing could be imported.</summary>
public sealed class TargetImportException : Exception
{
    /// <summary>Initializes a new instance with the diagnostics of the failed import.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    public TargetImportException(ImmutableArray<ImportDiagnostic> diagnostics)
        : base(BuildMessage(diagnostics)) => Diagnostics = diagnostics.IsDefault ? [] : diagnostics;

    /// <summary>Initializes a new instance without diagnostics.</summary>
    public TargetImportException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public TargetImportException(string message)
        : base(message) => Diagnostics = [];

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TargetImportException(string message, Exception innerException)
        : base(message, innerException) => Diagnostics = [];

    /// <summary>Gets the diagnostics of the failed import.</summary>
    public ImmutableArray<ImportDiagnostic> Diagnostics { get; }

    private static string BuildMessage(ImmutableArray<ImportDiagnostic> diagnostics)
    {
        var errors = diagnostics.IsDefault ? [] : diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        return errors.Count == 0
            ? "Nothing could be imported."
            : "Nothing could be imported: " + string.Join("; ", errors.Select(e => e.Format(Language.English)));
    }
}
