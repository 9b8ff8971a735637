using PerformanceTargets.Model;
using System.Text;

namespace PerformanceTargets.Cli;

/// <summary>
/// Reads standard input under the readers' input limit, so that a pipe of unbounded size cannot exhaust memory before
/// a reader gets to refuse it: the whole of it as one document, or NDJSON lines.
/// </summary>
internal static class StandardInput
{
    /// <summary>
    /// The most characters taken as one document: the readers' default input limit (64 MiB). A character is at least one
    /// byte of UTF-8, so more characters are always more bytes than the limit; fewer may still be, which the readers report.
    /// </summary>
    public const long MaxChars = DocumentLimits.DefaultMaxInputBytes;

    /// <summary>Reads standard input to its end.</summary>
    /// <exception cref="CliException">It is longer than <paramref name="maxChars"/> characters (reading stops there).</exception>
    public static string ReadAll(TextReader reader, CliText words, long maxChars = MaxChars)
    {
        var builder = new StringBuilder();
        var buffer = new char[81920];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (builder.Length + (long)read > maxChars)
            {
                throw new CliException(words.StandardInputTooLong(maxChars));
            }

            builder.Append(buffer, 0, read);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reads lines (ended by LF or CRLF) with their 1-based numbers; a line longer than <paramref name="maxChars"/> is
    /// skipped without being kept and comes back as null, so that the caller reports it and goes on.
    /// </summary>
    public static IEnumerable<(int Number, string? Line)> ReadLines(TextReader reader, long maxChars = MaxChars)
    {
        var buffer = new char[81920];
        var line = new StringBuilder();
        var tooLong = false;
        var number = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != '\n')
                {
                    continue;
                }

                Append(start, i - start);
                number++;
                yield return (number, tooLong ? null : WithoutCr(line));
                line.Clear();
                tooLong = false;
                start = i + 1;
            }

            Append(start, read - start);
        }

        if (line.Length > 0 || tooLong)
        {
            yield return (number + 1, tooLong ? null : WithoutCr(line));
        }

        void Append(int from, int count)
        {
            if (tooLong)
            {
                return;
            }

            if (line.Length + (long)count > maxChars)
            {
                tooLong = true;
                line.Clear();
                return;
            }

            line.Append(buffer, from, count);
        }
    }

    private static string WithoutCr(StringBuilder line) =>
        line.Length > 0 && line[line.Length - 1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
}
