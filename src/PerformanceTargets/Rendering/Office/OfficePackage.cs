using System.IO.Compression;
using System.Text;

namespace PerformanceTargets.Rendering.Office;

/// <summary>
/// What the DOCX and XLSX writers share: text made safe for XML, and the package written so that the same document
/// always gives the same bytes.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class OfficePackage
{
    /// <summary>
    /// The time stamp of every zip entry: 1980-01-01 00:00, the first a zip entry can hold. The Open XML SDK (through
    /// System.IO.Packaging) stamps entries with the current time; <see cref="Normalize"/> replaces it.
    /// </summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Copies a package written by the Open XML SDK into <paramref name="output"/> entry by entry, in the same order,
    /// with <see cref="EntryTime"/> on every entry and the same compression, so that the bytes depend on the content alone.
    /// </summary>
    public static void Normalize(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var buffer = new MemoryStream(checked((int)package.Length + 1024));
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>
    /// Makes text safe for an XML 1.0 document without losing sight of what it held: C0 control characters other than
    /// tab, line feed and carriage return become their visible Control Pictures (U+0000 → ␀, U+0007 → ␇), DEL becomes ␡,
    /// and characters XML cannot hold at all (lone surrogates, U+FFFE, U+FFFF) become U+FFFD. Returns the same instance
    /// when nothing needs replacing.
    /// </summary>
    public static string Clean(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
            {
                builder.Append((char)(0x2400 + c));
            }
            else if (c == '\u007F')
            {
                builder.Append('\u2421');
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
            {
                return i;
            }

            if (c == '\u007F' || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }
}
