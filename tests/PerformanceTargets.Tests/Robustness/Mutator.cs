using System.Text;

namespace PerformanceTargets.Tests.Robustness;

/// <summary>
/// Produces damaged and hostile variants of a seed input: bytes flipped, cut, deleted or repeated, invalid UTF-8,
/// and, for JSON, duplicated keys, huge numbers, deep nesting and lone surrogate escapes. Deterministic for a seed.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] JsonFragments =
    [
        "1e400", "-1e400", "99999999999999999999999999999999999999", "0.0000000000000000000000000000001", "-0", "NaN", "Infinity",
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "null", "true", "[]", "{}", "\"\"", "\"x-\"", "{\"x-a\":1}",
        "\"≥95百分比\"", "\"<script>alert(1)</script>\"", "\"{{ 1/0 }}\"",
    ];

    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    public (string Strategy, byte[] Bytes) Mutate(byte[] input, bool json)
    {
        var strategies = json ? 14 : 9;
        var choice = _random.Next(strategies);
        return choice switch
        {
            0 => ("flip-bytes", FlipBytes(input)),
            1 => ("truncate", input.AsSpan(0, _random.Next(input.Length + 1)).ToArray()),
            2 => ("delete-range", DeleteRange(input)),
            3 => ("repeat-range", RepeatRange(input)),
            4 => ("invalid-utf8", InsertBytes(input, [(byte)_random.Next(0x80, 0x100), (byte)_random.Next(0x80, 0xC0)])),
            5 => ("random-bytes", RandomBytes(_random.Next(1, 4096))),
            6 => ("swap-ranges", SwapRanges(input)),
            7 => ("insert-nul", InsertBytes(input, [0])),
            8 => ("many-mutations", FlipBytes(DeleteRange(RepeatRange(input)))),
            9 => ("duplicate-key", DuplicateKey(input)),
            10 => ("replace-number", ReplaceToken(input, number: true)),
            11 => ("replace-string", ReplaceToken(input, number: false)),
            12 => ("deep-nesting", DeepNesting(input)),
            _ => ("x-extension-bomb", ExtensionBomb(input)),
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
