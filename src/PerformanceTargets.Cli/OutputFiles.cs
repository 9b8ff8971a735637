using System.Text;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Cli;

/// <summary>
/// Writes output files: UTF-8 without BOM, the folder created when missing, and never half a file — each file is
/// written to a temporary file in the same folder, then moved over the target, so a reader sees the old file or the
/// new one. Exchange JSON is checked first: the tool never writes a document it would then refuse to read.
/// </summary>
internal static class OutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text, CliText words) => WriteAllBytes(path, Utf8.GetBytes(text), words);

    public static void WriteAllBytes(string path, byte[] bytes, CliText words) => Write(path, stream => stream.Write(bytes, 0, bytes.Length), words);

    /// <summary>
    /// Writes a file by <paramref name="write"/>, which writes its bytes to the stream it is given (a file, not the
    /// target: the target is replaced only once <paramref name="write"/> has returned). What <paramref name="write"/>
    /// throws other than an I/O error goes to the caller, and the target is left as it was.
    /// </summary>
    public static void Write(string path, Action<Stream> write, CliText words)
    {
        string full;
        string temporary;
        try
        {
            full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            temporary = Path.Combine(folder ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException(words.CannotWrite(path, ex.Message));
        }

        var moved = false;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 16384))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
            moved = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(words.CannotWrite(path, ex.Message));
        }
        finally
        {
            if (!moved)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done; the target itself was not touched.
                }
            }
        }
    }

    /// <summary>
    /// Writes a document as exchange JSON for a command's output. The library refuses a document it could not read back
    /// (over <see cref="DocumentLimits"/>: a normalised document grows by about a third, so one near the input limit
    /// may not fit); that refusal becomes the user's error, in their language, instead of an internal error.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="words">The user's language.</param>
    /// <param name="limits">The limits (the defaults, which the tool reads with); tests give smaller ones.</param>
    /// <returns>The UTF-8 JSON.</returns>
    /// <exception cref="CliException">The document is beyond a limit; nothing was written.</exception>
    public static byte[] Json(TargetDocument document, CliText words, DocumentLimits? limits = null)
    {
        try
        {
            return TargetJson.Write(document, limits ?? DocumentLimits.Default);
        }
        catch (TargetJsonException ex) when (ex.Errors.Length > 0)
        {
            var first = ex.Errors[0];
            var language = words.IsEnglish ? Language.English : Language.Chinese;
            var where = first.Pointer.Length > 0 ? TerminalText.Escape(first.Pointer) + ": " : string.Empty;
            throw new CliException(where + TerminalText.Escape(first.Text[language]) + (first.HintText is { } hint ? " " + TerminalText.Escape(hint[language]) : string.Empty));
        }
    }

    /// <summary>
    /// Refuses exchange JSON the tool could not read back with its default limits (<see cref="DocumentLimits"/>): over
    /// the input size, or over another limit (a string, the depth, the number of projects or indicators).
    /// </summary>
    /// <param name="json">The JSON to be written.</param>
    /// <param name="words">The language of the error.</param>
    /// <param name="readBack">
    /// Whether to read the JSON back. Only its size can go over a limit when the document was itself read from JSON
    /// under the same limits (the writer may indent and escape more); a document made by an importer can break any limit.
    /// </param>
    /// <exception cref="CliException">The JSON would be refused; nothing has been written.</exception>
    public static void EnsureReadable(byte[] json, CliText words, bool readBack = true)
    {
        var limits = DocumentLimits.Default;
        if (json.LongLength > limits.MaxInputBytes)
        {
            throw new CliException(words.OutputOverLimit(json.LongLength, limits.MaxInputBytes));
        }

        if (!readBack)
        {
            return;
        }

        var back = TargetJson.Read(json, new JsonReadOptions { Limits = limits });
        if (!back.Success)
        {
            var first = back.Errors.Length > 0 ? back.Errors[0] : null;
            throw new CliException(words.OutputNotReadable(first is null ? string.Empty : first.Pointer + ": " + first.Text[words.IsEnglish ? Language.English : Language.Chinese]));
        }
    }
}
