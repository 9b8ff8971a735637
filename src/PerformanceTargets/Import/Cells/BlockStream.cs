namespace PerformanceTargets.Import.Cells;

/// <summary>
/// The blocks of a document read lazily from a reader, by index, with what a layout has finished with released: a
/// layout looks a few blocks ahead and never back past <see cref="Release"/>, so that a large document is never held
/// whole as cells.
/// </summary>
/// <remarks>Not thread-safe; one per import run.</remarks>
internal sealed class BlockStream : IDisposable
{
    private readonly IEnumerator<SourceBlock> _source;
    private readonly List<SourceBlock> _window = [];
    private int _offset;
    private bool _ended;

    public BlockStream(IEnumerable<SourceBlock> blocks) => _source = blocks.GetEnumerator();

    /// <summary>Gets the line of the last block read so far, or 0.</summary>
    public int LastLine { get; private set; }

    /// <summary>Gets the block at <paramref name="index"/>, which <see cref="Has"/> said exists and was not released.</summary>
    public SourceBlock this[int index] => Has(index) && index >= _offset ? _window[index - _offset] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Whether the document has a block at <paramref name="index"/>, reading up to it.</summary>
    public bool Has(int index)
    {
        while (!_ended && index - _offset >= _window.Count)
        {
            if (_source.MoveNext())
            {
                _window.Add(_source.Current);
                LastLine = _source.Current.Line;
            }
            else
            {
                _ended = true;
            }
        }

        return index - _offset < _window.Count;
    }

    /// <summary>Forgets the blocks before <paramref name="index"/>.</summary>
    public void Release(int index)
    {
        var count = Math.Min(index - _offset, _window.Count);
        if (count > 0)
        {
            _window.RemoveRange(0, count);
            _offset += count;
        }
    }

    public void Dispose() => _source.Dispose();
}
