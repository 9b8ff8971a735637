using System.Text;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>What a mutated input is, which decides the strategies beyond the byte-level ones.</summary>
public enum InputKind
{
    /// <summary>Exchange JSON: duplicated keys, huge numbers, deep nesting, lone surrogate escapes, extension bombs.</summary>
    Json,

    /// <summary>The text layout the importer reads: lines deleted, repeated, moved, split and joined; cells replaced and blown up; other encodings.</summary>
    Text,

    /// <summary>A flat CSV table: delimiters dropped and added, quotes opened, cells replaced, header columns swapped, and the line strategies.</summary>
    Csv,
}

/// <summary>
/// Produces damaged and hostile variants of a seed input: bytes flipped, cut, deleted or repeated, invalid UTF-8 (and
/// UTF-8-encoded lone surrogates), and strategies for each <see cref="InputKind"/>. Deterministic for a seed.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] JsonFragments =
    [
        "1e400", "-1e400", "99999999999999999999999999999999999999", "0.0000000000000000000000000000001", "-0", "NaN", "Infinity",
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "null", "true", "[]", "{}", "\"\"", "\"x-\"", "{\"x-a\":1}",
        "\"≥95百分比\"", "\"<script>alert(1)</script>\"", "\"{{ 1/0 }}\"",
    ];

    /// <summary>Cell texts for the text layout and CSV: labels out of place, hostile markup, odd numbers and targets.</summary>
    private static readonly string[] CellFragments =
    [
        "", " ", "\u3000", "项目编码", "项目名称", "预算数", "资金用途", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "满意度指标", "3月底", "100%", "≥1e400%", "99999999999999999999999999999万元", "-0", "1,234,567.891",
        "≥95百分比", "＜＝5", "不低于", "定性", "得到保障", "怀财字【2024】7号", "【2024】", "（一）", "1.", "第二部分", "[bookmark: _Toc1]",
        "<script>alert(1)</script>", "{{ 6 * 7 }}", "\u0000", "\uFEFF", "\u2028", "😀", "2023.07-2024.01", "\"", "\"\"", ",", ";",
    ];

    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>Makes one variant of <paramref name="input"/> and names the strategy that made it.</summary>
    public (string Strategy, byte[] Bytes) Mutate(byte[] input, InputKind kind)
    {
        const int common = 9;
        var specific = kind switch { InputKind.Json => 5, InputKind.Text => 11, _ => 12 };
        var choice = _random.Next(common + specific);
        if (choice < common)
        {
            return choice switch
            {
                0 => ("flip-bytes", FlipBytes(input)),
                1 => ("truncate", input.AsSpan(0, _random.Next(input.Length + 1)).ToArray()),
                2 => ("delete-range", DeleteRange(input)),
                3 => ("repeat-range", RepeatRange(input)),
                4 => ("invalid-utf8", InsertBytes(input, InvalidUtf8())),
                5 => ("random-bytes", RandomBytes(_random.Next(1, 4096))),
                6 => ("swap-ranges", SwapRanges(input)),
                7 => ("insert-nul", InsertBytes(input, [0])),
                _ => ("many-mutations", FlipBytes(DeleteRange(RepeatRange(input)))),
            };
        }

        choice -= common;
        return kind switch
        {
            InputKind.Json => choice switch
            {
                0 => ("duplicate-key", DuplicateKey(input)),
                1 => ("replace-number", ReplaceToken(input, number: true)),
                2 => ("replace-string", ReplaceToken(input, number: false)),
                3 => ("deep-nesting", DeepNesting(input)),
                _ => ("x-extension-bomb", ExtensionBomb(input)),
            },
            InputKind.Text => choice switch
            {
                < 5 => LineMutation(input, choice),
                5 => ("replace-cell", Lines(input, ReplaceCell)),
                6 => ("huge-cell", Lines(input, HugeCell)),
                7 => ("strip-tab", Lines(input, lines => EditLine(lines, l => l.TrimStart('\t')))),
                8 => ("add-tab", Lines(input, lines => EditLine(lines, l => "\t" + l))),
                9 => ("line-endings", LineEndings(input)),
                _ => ("re-encode", ReEncode(input)),
            },
            _ => choice switch
            {
                < 5 => LineMutation(input, choice),
                5 => ("csv-drop-delimiter", Lines(input, lines => EditLine(lines, l => RemoveOne(l, ',')))),
                6 => ("csv-add-delimiter", Lines(input, lines => EditLine(lines, l => l.Insert(_random.Next(l.Length + 1), ",")))),
                7 => ("csv-open-quote", Lines(input, lines => EditLine(lines, l => l.Insert(_random.Next(l.Length + 1), "\"")))),
                8 => ("csv-replace-cell", Lines(input, lines => EditLine(lines, ReplaceCsvCell))),
                9 => ("csv-quoted-newline", Lines(input, lines => EditLine(lines, l => ReplaceCsvCell(l, "\"a\nb,\"\"c\"\"\"")))),
                10 => ("csv-swap-header", Lines(input, SwapHeaderColumns)),
                _ => ("csv-delimiter", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace(",", _random.Next(2) == 0 ? ";" : "\t", StringComparison.Ordinal))),
            },
        };
    }

    private byte[] FlipBytes(byte[] input)
    {
        var copy = (byte[])input.Clone();
        if (copy.Length == 0)
        {
            return copy;
        }

        var count = 1 + _random.Next(8);
        for (var i = 0; i < count; i++)
        {
            copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return copy;
    }

    private byte[] DeleteRange(byte[] input)
    {
        if (input.Length < 2)
        {
            return input;
        }

        var start = _random.Next(input.Length);
        var length = Math.Min(input.Length - start, 1 + _random.Next(200));
        return [.. input.AsSpan(0, start), .. input.AsSpan(start + length)];
    }

    private byte[] RepeatRange(byte[] input)
    {
        if (input.Length < 2)
        {
            return input;
        }

        var start = _random.Next(input.Length);
        var length = Math.Min(input.Length - start, 1 + _random.Next(400));
        var times = 1 + _random.Next(5);
        var result = new List<byte>(input.Length + (length * times));
        result.AddRange(input.AsSpan(0, start + length).ToArray());
        for (var i = 0; i < times; i++)
        {
            result.AddRange(input.AsSpan(start, length).ToArray());
        }

        result.AddRange(input.AsSpan(start + length).ToArray());
        return [.. result];
    }

    private byte[] SwapRanges(byte[] input)
    {
        if (input.Length < 4)
        {
            return input;
        }

        var copy = (byte[])input.Clone();
        var length = 1 + _random.Next(Math.Min(64, input.Length / 2));
        var a = _random.Next(input.Length - length);
        var b = _random.Next(input.Length - length);
        var temp = copy.AsSpan(a, length).ToArray();
        copy.AsSpan(b, length).CopyTo(copy.AsSpan(a, length));
        temp.CopyTo(copy.AsSpan(b, length));
        return copy;
    }

    private byte[] InsertBytes(byte[] input, byte[] bytes)
    {
        var at = _random.Next(input.Length + 1);
        return [.. input.AsSpan(0, at), .. bytes, .. input.AsSpan(at)];
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] DuplicateKey(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var keys = new[] { "\"name\": ", "\"total\": ", "\"target\": ", "\"fiscalYear\": ", "\"code\": ", "\"month\": " };
        var key = keys[_random.Next(keys.Length)];
        var index = NthIndex(text, key);
        if (index < 0)
        {
            return input;
        }

        var end = text.IndexOfAny([',', '\n', '}'], index + key.Length);
        var property = end > index ? text.Substring(index, end - index) : key + "1";
        return Encoding.UTF8.GetBytes(text.Insert(index, property + ", "));
    }

    private byte[] ReplaceToken(byte[] input, bool number)
    {
        var text = Encoding.UTF8.GetString(input);
        var positions = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (number && (char.IsDigit(text[i]) || text[i] == '-') && i > 0 && text[i - 1] == ' ')
            {
                var end = i;
                while (end < text.Length && (char.IsDigit(text[end]) || text[end] is '.' or '-' or 'e' or 'E' or '+'))
                {
                    end++;
                }

                positions.Add((i, end));
                i = end;
            }
            else if (!number && text[i] == '"' && i > 1 && text[i - 1] == ' ' && text[i - 2] == ':')
            {
                var end = text.IndexOf('"', i + 1);
                if (end > i)
                {
                    positions.Add((i, end + 1));
                    i = end;
                }
            }
        }

        if (positions.Count == 0)
        {
            return input;
        }

        var (start, stop) = positions[_random.Next(positions.Count)];
        var fragment = JsonFragments[_random.Next(JsonFragments.Length)];
        return Encoding.UTF8.GetBytes(text.Substring(0, start) + fragment + text.Substring(stop));
    }

    private byte[] DeepNesting(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var depth = _random.Next(2) == 0 ? 60 + _random.Next(10) : 1000 + _random.Next(100_000);
        var open = _random.Next(2) == 0 ? "[" : "{\"x-a\":";
        var close = open == "[" ? "]" : "}";
        var nested = "\"x-deep\": " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + ", ";
        var at = text.IndexOf("\"fiscalYear\"", StringComparison.Ordinal);
        return at < 0 ? input : Encoding.UTF8.GetBytes(text.Insert(at, nested));
    }

    private byte[] ExtensionBomb(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var count = 1 + _random.Next(5000);
        var properties = string.Concat(Enumerable.Range(0, count).Select(i => $"\"x-{i}\": [{i}, \"{new string('长', _random.Next(20))}\"], "));
        var at = text.IndexOf("\"fiscalYear\"", StringComparison.Ordinal);
        return at < 0 ? input : Encoding.UTF8.GetBytes(text.Insert(at, properties));
    }

    private byte[] InvalidUtf8() => _random.Next(3) switch
    {
        0 => [(byte)_random.Next(0x80, 0x100), (byte)_random.Next(0x80, 0xC0)],
        1 => [0xED, (byte)_random.Next(0xA0, 0xC0), (byte)_random.Next(0x80, 0xC0)], // a lone surrogate, UTF-8 encoded
        _ => [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
    };

    private (string, byte[]) LineMutation(byte[] input, int which) => which switch
    {
        0 => ("delete-lines", Lines(input, DeleteLines)),
        1 => ("duplicate-lines", Lines(input, DuplicateLines)),
        2 => ("move-lines", Lines(input, MoveLines)),
        3 => ("insert-blank-line", Lines(input, lines => lines.Insert(_random.Next(lines.Count + 1), string.Empty))),
        _ => ("join-lines", Lines(input, JoinLines)),
    };

    private void DeleteLines(List<string> lines)
    {
        var start = _random.Next(lines.Count);
        lines.RemoveRange(start, Math.Min(1 + _random.Next(20), lines.Count - start));
    }

    private static byte[] Lines(byte[] input, Action<List<string>> edit)
    {
        var lines = Encoding.UTF8.GetString(input).Split('\n').ToList();
        if (lines.Count > 0)
        {
            edit(lines);
        }

        return Encoding.UTF8.GetBytes(string.Join("\n", lines));
    }

    private void EditLine(List<string> lines, Func<string, string> edit)
    {
        var at = _random.Next(lines.Count);
        lines[at] = edit(lines[at]);
    }

    private void DuplicateLines(List<string> lines)
    {
        var start = _random.Next(lines.Count);
        var block = lines.GetRange(start, Math.Min(1 + _random.Next(60), lines.Count - start));
        var times = 1 + _random.Next(_random.Next(4) == 0 ? 50 : 3);
        for (var i = 0; i < times; i++)
        {
            lines.InsertRange(start, block);
        }
    }

    private void MoveLines(List<string> lines)
    {
        var start = _random.Next(lines.Count);
        var block = lines.GetRange(start, Math.Min(1 + _random.Next(30), lines.Count - start));
        lines.RemoveRange(start, block.Count);
        lines.InsertRange(_random.Next(lines.Count + 1), block);
    }

    private void JoinLines(List<string> lines)
    {
        if (lines.Count < 2)
        {
            return;
        }

        var at = _random.Next(lines.Count - 1);
        lines[at] += (_random.Next(2) == 0 ? string.Empty : " ") + lines[at + 1];
        lines.RemoveAt(at + 1);
    }

    private void ReplaceCell(List<string> lines)
    {
        var cells = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith('\t')).ToList();
        if (cells.Count > 0)
        {
            var at = cells[_random.Next(cells.Count)];
            lines[at] = "\t" + CellFragments[_random.Next(CellFragments.Length)];
        }
    }

    private void HugeCell(List<string> lines)
    {
        var at = _random.Next(lines.Count);
        var text = lines[at].Length == 0 ? "长" : lines[at];
        var times = Math.Max(1, (10_000 + _random.Next(200_000)) / text.Length);
        lines[at] = string.Concat(Enumerable.Repeat(text, times));
    }

    private byte[] LineEndings(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var ending = _random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\u2028" };
        return Encoding.UTF8.GetBytes(text.Replace("\n", ending, StringComparison.Ordinal));
    }

    private byte[] ReEncode(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        return _random.Next(4) switch
        {
            0 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            1 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            2 => Encoding.Unicode.GetBytes(text), // UTF-16 without a byte order mark
            _ => [.. Encoding.UTF8.GetPreamble(), .. input],
        };
    }

    private string RemoveOne(string line, char c)
    {
        var positions = Enumerable.Range(0, line.Length).Where(i => line[i] == c).ToList();
        return positions.Count == 0 ? line : line.Remove(positions[_random.Next(positions.Count)], 1);
    }

    private string ReplaceCsvCell(string line) => ReplaceCsvCell(line, CellFragments[_random.Next(CellFragments.Length)]);

    private string ReplaceCsvCell(string line, string fragment)
    {
        var cells = line.Split(',');
        cells[_random.Next(cells.Length)] = fragment;
        return string.Join(",", cells);
    }

    private void SwapHeaderColumns(List<string> lines)
    {
        var header = lines.FindIndex(l => l.Contains("三级指标", StringComparison.Ordinal));
        if (header < 0)
        {
            return;
        }

        var cells = lines[header].Split(',');
        var a = _random.Next(cells.Length);
        var b = _random.Next(cells.Length);
        (cells[a], cells[b]) = (cells[b], cells[a]);
        lines[header] = string.Join(",", cells);
    }

    private int NthIndex(string text, string token)
    {
        var indexes = new List<int>();
        for (var i = text.IndexOf(token, StringComparison.Ordinal); i >= 0; i = text.IndexOf(token, i + 1, StringComparison.Ordinal))
        {
            indexes.Add(i);
        }

        return indexes.Count == 0 ? -1 : indexes[_random.Next(indexes.Count)];
    }
}
