namespace PerformanceTargets.Import;

/// <summary>Source positions recorded relative to an object whose pointer is not known yet (a project being parsed).</summary>
internal sealed class ValueMap
{
    private readonly List<(string Pointer, SourcePosition At)> _entries = [];

    public void Add(string relativePointer, SourcePosition at) => _entries.Add((relativePointer, at));

    public void CopyTo(ImportContext context, string prefix)
    {
        foreach (var (pointer, at) in _entries)
        {
            context.Map(prefix + pointer, at);
        }
    }
}
