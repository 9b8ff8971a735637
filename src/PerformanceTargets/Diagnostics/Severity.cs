namespace PerformanceTargets.Diagnostics;

/// <summary>
/// How serious a diagnostic is, whichever stage found it: a reading error, an import diagnostic, a review finding or a
/// template error. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.
/// </summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing to fix necessarily.</summary>
    Info = 0,

    /// <summary>Probably a defect; a reviewer should look.</summary>
    Warning = 1,

    /// <summary>A defect: the document is not valid (or the input not read completely) while it remains.</summary>
    Error = 2,
}
