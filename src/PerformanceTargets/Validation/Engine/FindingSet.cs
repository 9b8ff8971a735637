using System.Collections.Immutable;

namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// The findings of one validation as compact entries: a rule, a severity, a pointer kept as parts, a message template
/// and its arguments. Counting by severity needs nothing more; <see cref="Materialize"/> makes the
/// <see cref="Finding"/> objects, in report order, the first time a caller reads them. Written by one validation,
/// then frozen; reading is thread-safe.
/// </summary>
internal sealed class FindingSet
{
    private readonly ValidationScope _scope;
    private const int ChunkBits = 6;
    private const int ChunkSize = 1 << ChunkBits;

    private Entry[][] _chunks = new Entry[4][];
    private int _count;
    private int _errors;
    private int _warnings;
    private int _infos;
    private ImmutableArray<Finding> _materialized;
    private volatile bool _done;

    public FindingSet(ValidationScope scope, Language culture)
    {
        _scope = scope;
        Culture = culture;
    }

    public Language Culture { get; }

    public int Count => _count;

    public int ErrorCount => _errors;

    public int WarningCount => _warnings;

    public int InfoCount => _infos;

    public ValidationScope Scope => _scope;

    /// <summary>Adds a finding of a built-in rule, composed when first read.</summary>
    public void Add(RuleDescriptor rule, Severity severity, PointerSpec pointer, Text text, object? a0, object? a1, object? a2)
    {
        ref var entry = ref Next(severity);
        entry.Source = rule;
        entry.Severity = severity;
        entry.Pointer = pointer;
        entry.Text = text;
        entry.A0 = a0;
        entry.A1 = a1;
        entry.A2 = a2;
    }

    /// <summary>Adds a finding made elsewhere (stage 1, custom rules).</summary>
    public void Add(Finding finding)
    {
        ref var entry = ref Next(finding.Severity);
        entry.Source = finding;
        entry.Severity = finding.Severity;
        entry.Pointer = PointerSpec.ForProject(finding.ProjectIndex ?? -1);
    }

    /// <summary>Makes the findings, ordered: the document's own first, then project by project, each in the order reported.</summary>
    public ImmutableArray<Finding> Materialize()
    {
        if (_materialized.IsDefault)
        {
            // Lock-free: two threads racing build the same findings, and the first set wins for both.
            ImmutableInterlocked.InterlockedInitialize(ref _materialized, Build());
            _done = true;
        }

        return _materialized;
    }

    /// <summary>Gets whether the <see cref="Finding"/> objects were made (by <see cref="Materialize"/>).</summary>
    public bool IsMaterialized => !_materialized.IsDefault;

    /// <summary>Gets the entries' indexes in report order: the document's own first, then project by project, each in the order reported.</summary>
    public int[] Order()
    {
        // A stable counting sort by project (document-level findings, project -1, first).
        var maximum = -1;
        for (var i = 0; i < _count; i++)
        {
            maximum = Math.Max(maximum, At(i).Pointer.Project);
        }

        var starts = new int[maximum + 3];
        for (var i = 0; i < _count; i++)
        {
            starts[At(i).Pointer.Project + 2]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var order = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            order[starts[At(i).Pointer.Project + 1]++] = i;
        }

        return order;
    }

    /// <summary>Gets an entry, for a writer that reads the findings without making them.</summary>
    public ref readonly Entry EntryAt(int index) => ref At(index);

    private ImmutableArray<Finding> Build()
    {
        var order = Order();
        var result = new Finding[_count];
        for (var i = 0; i < order.Length; i++)
        {
            ref var entry = ref At(order[i]);
            result[i] = entry.Source as Finding ?? Make(ref entry);
        }

        return ImmutableArray.Create(result);
    }

    private Finding Make(ref Entry entry)
    {
        var rule = (RuleDescriptor)entry.Source!;
        var text = new FindingText(_scope, entry.Pointer, entry.Text!.Message, entry.Text.Hint, entry.A0, entry.A1, entry.A2, Culture);
        return new Finding(rule.Id, entry.Severity, rule.Category, text);
    }

    private ref Entry At(int index) => ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    private ref Entry Next(Severity severity)
    {
        if (_done)
        {
            throw new InvalidOperationException("The findings were already read.");
        }

        switch (severity)
        {
            case Severity.Error:
                _errors++;
                break;
            case Severity.Warning:
                _warnings++;
                break;
            default:
                _infos++;
                break;
        }

        var chunk = _count >> ChunkBits;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        var entries = _chunks[chunk] ??= new Entry[ChunkSize];
        return ref entries[_count++ & (ChunkSize - 1)];
    }

    /// <summary>A finding as recorded: made elsewhere (<see cref="Source"/> is the <see cref="Finding"/>), or a built-in rule's parts.</summary>
    internal struct Entry
    {
        public object? Source;
        public Text? Text;
        public object? A0;
        public object? A1;
        public object? A2;
        public PointerSpec Pointer;
        public Severity Severity;
    }
}
