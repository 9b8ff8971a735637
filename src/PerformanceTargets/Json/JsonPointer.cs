using System.Globalization;
using System.Text;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Json;

/// <summary>
/// Helpers for JSON Pointers (RFC 6901), the way every location in a document is named: <c>/projects/0/indicators/2/target</c>.
/// The empty string is the whole document.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c> and <c>/</c> becomes <c>~1</c>.</summary>
    /// <param name="token">A property name.</param>
    /// <returns>The escaped token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public static string Escape(string token)
    {
        Guard.NotNull(token);
        return token.IndexOfAny(['~', '/']) < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");
    }

    /// <summary>Unescapes one reference token.</summary>
    /// <param name="token">An escaped token.</param>
    /// <returns>The property name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public static string Unescape(string token)
    {
        Guard.NotNull(token);
        return token.IndexOf('~') < 0 ? token : token.Replace("~1", "/").Replace("~0", "~");
    }

    /// <summary>Appends a property name to a pointer.</summary>
    /// <param name="pointer">The parent pointer ("" for the root).</param>
    /// <param name="property">The property name, unescaped.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, string property) => (pointer ?? string.Empty) + "/" + Escape(property);

    /// <summary>Appends an array index to a pointer.</summary>
    /// <param name="pointer">The parent pointer ("" for the root).</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The child pointer.</returns>
    public static string Append(string pointer, int index) => (pointer ?? string.Empty) + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an array index token (digits, no leading zero, at most nine); -1 when it is not one.</summary>
    internal static int ArrayIndex(ReadOnlySpan<char> token)
    {
        if (token.Length == 0 || token.Length > 9 || (token.Length > 1 && token[0] == '0'))
        {
            return -1;
        }

        var value = 0;
        foreach (var c in token)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Splits a pointer into its unescaped reference tokens.</summary>
    /// <param name="pointer">The pointer; "" gives no tokens.</param>
    /// <returns>The tokens.</returns>
    /// <exception cref="FormatException">The pointer is not empty and does not start with <c>/</c>.</exception>
    public static IReadOnlyList<string> Split(string pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw new FormatException($"A JSON Pointer starts with '/': '{pointer}' does not.");
        }

        return pointer.Substring(1).Split('/').Select(Unescape).ToArray();
    }

    /// <summary>
    /// Converts a System.Text.Json path (<c>$.projects[0].budget.total</c>, <c>$['x-a.b']</c>) to a JSON Pointer.
    /// </summary>
    /// <param name="path">The path; null or "$" gives "".</param>
    /// <returns>The pointer; as much of the path as could be read when it is malformed.</returns>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var i = path![0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                builder.Append('/').Append(Escape(path.Substring(i + 1, end - i - 1)));
                i = end;
            }
            else if (c == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                builder.Append('/').Append(Escape(path.Substring(i + 2, end - i - 2)));
                i = end + 2;
            }
            else if (c == '[')
            {
                var end = path.IndexOf(']', i + 1);
                if (end < 0)
                {
                    break;
                }

                builder.Append('/').Append(path, i + 1, end - i - 1);
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return builder.ToString();
    }
}
