using System.Collections.Immutable;
using System.Globalization;
using PerformanceTargets.Internal;

namespace PerformanceTargets.Rendering;

/// <summary>
/// Configures a <see cref="TargetRenderer"/> with user templates (text or a folder of <c>.scriban</c> files) and the
/// sandbox limits they run under. Templates not replaced keep their built-in version.
/// </summary>
/// <remarks>
/// A builder is mutable and not thread-safe; the renderer it builds is immutable and thread-safe. Later calls win when
/// two give a template of the same name.
/// </remarks>
public sealed class TargetRendererBuilder
{
    /// <summary>The most <c>.scriban</c> files a template folder may hold.</summary>
    public const int MaxFolderTemplates = 500;

    /// <summary>The largest template file read from a folder, in bytes.</summary>
    public const int MaxTemplateBytes = 1024 * 1024;

    private readonly List<Func<List<TemplateError>, IEnumerable<(string Name, string Text, string Source)>>> _sources = [];
    private TemplateLimits _limits = TemplateLimits.Default;

    internal TargetRendererBuilder()
    {
    }

    /// <summary>Replaces one of the main templates with template text.</summary>
    /// <param name="kind">The template to replace.</param>
    /// <param name="text">The Scriban template text.</param>
    /// <param name="sourceName">The name errors give for the template (a file path, say); null means the template's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TargetRendererBuilder UseTemplate(TemplateKind kind, string text, string? sourceName = null) =>
        UseTemplate(TemplateSet.NameOf(kind), text, sourceName);

    /// <summary>
    /// Adds or replaces a template by name: a main template (<c>html-document</c>, <c>html-table</c>,
    /// <c>markdown-document</c>, <c>markdown-table</c>), a built-in partial (<c>html-style</c>) or a partial of your own
    /// that templates <c>include</c>.
    /// </summary>
    /// <param name="name">The include name: relative, <c>/</c>-separated, with or without <c>.scriban</c>.</param>
    /// <param name="text">The Scriban template text.</param>
    /// <param name="sourceName">The name errors give for the template; null means <paramref name="name"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, absolute or leaves the folder (<c>..</c>).</exception>
    public TargetRendererBuilder UseTemplate(string name, string text, string? sourceName = null)
    {
        Guard.NotNull(name);
        Guard.NotNull(text);
        var normalized = TemplateSet.NormalizeName(name) ?? throw new ArgumentException("A template name is relative and stays inside the template folder, such as 'html-table' or 'partials/row'.", nameof(name));
        var source = sourceName ?? normalized;
        _sources.Add(_ => [(normalized, text, source)]);
        return this;
    }

    /// <summary>
    /// Uses the <c>.scriban</c> files of a folder and its subfolders: a file named like a template replaces it
    /// (<c>html-table.scriban</c>), the others are partials included by their relative path without the extension
    /// (<c>partials/row.scriban</c> is <c>include 'partials/row'</c>). The folder is read when <see cref="Build"/> runs;
    /// a missing or unreadable folder is an error of the build result.
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public TargetRendererBuilder UseTemplateFolder(string path)
    {
        Guard.NotNull(path);
        _sources.Add(errors => ReadFolder(path, errors));
        return this;
    }

    /// <summary>Sets the sandbox limits of user templates (default <see cref="TemplateLimits.Default"/>).</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public TargetRendererBuilder WithLimits(TemplateLimits limits)
    {
        _limits = Guard.NotNull(limits);
        return this;
    }

    /// <summary>
    /// Reads and parses the templates. Never throws for bad templates: syntax errors (with line and column) and
    /// unreadable files are the errors of the result.
    /// </summary>
    /// <returns>The renderer, or the errors.</returns>
    public RendererBuildResult Build()
    {
        var errors = new List<TemplateError>();
        var texts = new Dictionary<string, (string Text, string Source)>(StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            foreach (var (name, text, origin) in source(errors))
            {
                texts[name] = (text, origin);
            }
        }

        var templates = TemplateSet.BuiltinTemplates.ToBuilder();
        foreach (var pair in texts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var template = TemplateSet.Parse(TemplateSet.Normalize(pair.Value.Text), pair.Value.Source, errors);
            templates[pair.Key] = new ParsedTemplate(pair.Key, pair.Value.Source, IsUser: true, template);
        }

        return errors.Count > 0
            ? new RendererBuildResult(null, [.. errors])
            : new RendererBuildResult(new TargetRenderer(new TemplateSet(templates.ToImmutable()), _limits), ImmutableArray<TemplateError>.Empty);
    }

    private static List<(string Name, string Text, string Source)> ReadFolder(string path, List<TemplateError> errors)
    {
        var result = new List<(string, string, string)>();
        try
        {
            if (!Directory.Exists(path))
            {
                errors.Add(IoError(null, $"The template folder '{path}' does not exist.", $"模板文件夹“{path}”不存在。"));
                return result;
            }

            var root = Path.GetFullPath(path);
            var files = Directory.GetFiles(root, "*.scriban", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            if (files.Length > MaxFolderTemplates)
            {
                errors.Add(IoError(null, string.Format(CultureInfo.InvariantCulture, "The template folder '{0}' holds {1} .scriban files; at most {2} are read.", path, files.Length, MaxFolderTemplates), string.Format(CultureInfo.InvariantCulture, "模板文件夹“{0}”有 {1} 个 .scriban 文件，最多读取 {2} 个。", path, files.Length, MaxFolderTemplates)));
                return result;
            }

            foreach (var file in files)
            {
                var relative = file.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                var name = TemplateSet.NormalizeName(relative);
                if (name is null)
                {
                    errors.Add(IoError(file, $"The template file name '{relative}' cannot be used as an include name.", $"模板文件名“{relative}”不能用作 include 名称。"));
                    continue;
                }

                var info = new FileInfo(file);
                if (info.Length > MaxTemplateBytes)
                {
                    errors.Add(IoError(file, string.Format(CultureInfo.InvariantCulture, "The template file is {0} bytes; the limit is {1}.", info.Length, MaxTemplateBytes), string.Format(CultureInfo.InvariantCulture, "模板文件有 {0} 字节，上限为 {1}。", info.Length, MaxTemplateBytes)));
                    continue;
                }

                result.Add((name, File.ReadAllText(file, System.Text.Encoding.UTF8), file));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(IoError(path, "The template folder could not be read: " + ex.Message, "无法读取模板文件夹：" + ex.Message));
        }

        return result;
    }

    private static TemplateError IoError(string? template, string message, string messageZh) =>
        TemplateError.Create(TemplateErrorKind.Io, template, 0, 0, new LocalizedText(messageZh, message));
}
