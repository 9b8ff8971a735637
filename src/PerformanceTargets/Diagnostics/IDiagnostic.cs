namespace PerformanceTargets.Diagnostics;

/// <summary>
/// What went wrong, in one vocabulary whichever stage found it: a reading error of the JSON codec, an import
/// diagnostic, a review finding or a template error. Each has a stable code, a severity, a place and a message in
/// Chinese and English.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IDiagnostic
{
    /// <summary>Gets the stable code: a rule id such as <c>PT102</c>, an import code such as <c>PTI105</c>, a template code such as <c>PTT01</c>.</summary>
    string Code { get; }

    /// <summary>Gets how serious it is.</summary>
    Severity Severity { get; }

    /// <summary>Gets the JSON Pointer of the value concerned in the exchange document ("" for the whole document, or when none applies).</summary>
    string Pointer { get; }

    /// <summary>Gets where it is in the source (file, line, column; table, row and cell of a table), or null when unknown.</summary>
    SourceLocation? Location { get; }

    /// <summary>Gets what is wrong, in both languages.</summary>
    LocalizedText Text { get; }

    /// <summary>Gets how to fix it, in both languages, or null.</summary>
    LocalizedText? HintText { get; }
}
