namespace PerformanceTargets.Tests.Cli;

/// <summary>
/// Standard input made of lines produced on demand: each read serves at most the rest of one line (with its LF), the
/// way a pipe delivers what has arrived, and counts the lines produced so far. Nothing is held but the current line.
/// </summary>
internal sealed class LinesReader(IEnumerable<string> lines) : TextReader
{
    private readonly IEnumerator<string> _lines = lines.GetEnumerator();
    private string _current = string.Empty;
    private int _offset;

    public int LinesRead { get; private set; }

    public override int Read(char[] buffer, int index, int count)
    {
        if (_offset == _current.Length)
        {
            if (!_lines.MoveNext())
            {
                return 0;
            }

            _current = _lines.Current + "\n";
            _offset = 0;
            LinesRead++;
        }

        var length = Math.Min(count, _current.Length - _offset);
        _current.CopyTo(_offset, buffer, index, length);
        _offset += length;
        return length;
    }

    public override int Read()
    {
        var one = new char[1];
        return Read(one, 0, 1) == 0 ? -1 : one[0];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }
}
