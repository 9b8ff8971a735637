using System.Collections.Immutable;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PerformanceTargets.Rendering;

/// <summary>One parsed template: its name (what <c>include</c> uses), where it came from, and the parsed Scriban template.</summary>
internal sealed record ParsedTemplate(string Name, string Source, bool IsUser, Template Template);

/// <summary>
/// The parsed templates of a renderer, by include name. Immutable once built: Scriban templates are read-only after
/// parsing and may be rendered by several threads, each with its own <see cref="TemplateContext"/>.
/// </summary>
internal sealed class TemplateSet
{
    /// <summary>The names of the built-in templates (files <c>Rendering/Templates/&lt;name&gt;.scriban</c>).</summary>
    public static readonly ImmutableArray<string> BuiltinNames =
        ["html-document", "html-table", "html-findings", "html-review-summary", "html-style", "markdown-document", "markdown-table",
         "html-evaluation", "html-evaluation-table", "html-monitoring", "html-monitoring-table",
         "markdown-evaluation", "markdown-evaluation-table", "markdown-monitoring", "markdown-monitoring-table"];

    private static readonly Lazy<ImmutableDictionary<string, ParsedTemplate>> Builtins = new(LoadBuiltins);

    public TemplateSet(ImmutableDictionary<string, ParsedTemplate> templates) => Templates = templates;

    public static TemplateSet Builtin { get; } = new(Builtins.Value);

    public ImmutableDictionary<string, ParsedTemplate> Templates { get; }

    public bool HasUserTemplates => Templates.Values.Any(t => t.IsUser);

    public static ImmutableDictionary<string, ParsedTemplate> BuiltinTemplates => Builtins.Value;

    public static string NameOf(TemplateKind kind) => kind switch
    {
        TemplateKind.HtmlDocument => "html-document",
        TemplateKind.HtmlTable => "html-table",
        TemplateKind.MarkdownDocument => "markdown-document",
        TemplateKind.HtmlEvaluationDocument => "html-evaluation",
        TemplateKind.HtmlEvaluationTable => "html-evaluation-table",
        TemplateKind.HtmlMonitoringDocument => "html-monitoring",
        TemplateKind.HtmlMonitoringTable => "html-monitoring-table",
        TemplateKind.MarkdownEvaluationDocument => "markdown-evaluation",
        TemplateKind.MarkdownEvaluationTable => "markdown-evaluation-table",
        TemplateKind.MarkdownMonitoringDocument => "markdown-monitoring",
        TemplateKind.MarkdownMonitoringTable => "markdown-monitoring-table",
        _ => "markdown-table",
    };

    /// <summary>Reads the text of a built-in template from the assembly's resources.</summary>
    public static string ReadBuiltinText(string name)
    {
        var resource = "PerformanceTargets.Rendering.Templates." + name + ".scriban";
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The built-in template resource '" + resource + "' is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Normalize(reader.ReadToEnd());
    }

    /// <summary>Line endings to LF, so that output is the same whatever the checkout did to the files.</summary>
    public static string Normalize(string text) => text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Parses a template; syntax errors come back as errors with 1-based line and column.</summary>
    public static Template Parse(string text, string source, List<TemplateError> errors)
    {
        // Scriban's default parser options limit nesting (depth 250), so that a deeply nested template is a syntax error,
        // not a stack overflow. They are not set here: their type differs between Scriban's netstandard2.0 and net8.0
        // builds, and the netstandard2.0 build of this library may run against either.
        var template = Template.Parse(text, source);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                if (message.Type != ParserMessageType.Error)
                {
                    continue;
                }

                var (line, column) = Position(message.Span, text);
                errors.Add(TemplateError.Create(TemplateErrorKind.Syntax, source, line, column, new LocalizedText("模板语法错误：" + message.Message, message.Message)));
            }
        }

        return template;
    }

    /// <summary>The 1-based line and column of a span; a span at the end of the text (Scriban reports -1) is the last position.</summary>
    public static (int Line, int Column) Position(SourceSpan span, string? text)
    {
        if (span.Start.Line >= 0)
        {
            return (span.Start.Line + 1, span.Start.Column + 1);
        }

        if (text is null)
        {
            return (0, 0);
        }

        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>
    /// The include name for a relative path: separators as <c>/</c>, without the <c>.scriban</c> extension; null for a
    /// name that could leave the template folder (absolute, <c>..</c>, empty segments) or has characters file systems refuse.
    /// </summary>
    public static string? NormalizeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name!.Length > 200)
        {
            return null;
        }

        var normalized = name.Trim().Replace('\\', '/');
        if (normalized.EndsWith(".scriban", StringComparison.OrdinalIgnoreCase))
        {
            normalized = normalized.Substring(0, normalized.Length - ".scriban".Length);
        }

        if (normalized.Length == 0 || normalized[0] == '/' || normalized.IndexOf(':') >= 0)
        {
            return null;
        }

        foreach (var segment in normalized.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.Any(c => c < ' ' || c is '*' or '?' or '"' or '<' or '>' or '|'))
            {
                return null;
            }
        }

        return normalized;
    }

    private static ImmutableDictionary<string, ParsedTemplate> LoadBuiltins()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ParsedTemplate>(StringComparer.Ordinal);
        var errors = new List<TemplateError>();
        foreach (var name in BuiltinNames)
        {
            var template = Parse(ReadBuiltinText(name), name + ".scriban", errors);
            builder[name] = new ParsedTemplate(name, name + ".scriban", IsUser: false, template);
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("A built-in template does not parse: " + string.Join("; ", errors));
        }

        return builder.ToImmutable();
    }
}

/// <summary>
/// Resolves <c>include 'name'</c> to the renderer's parsed templates. Every template is placed in the context's cache
/// before rendering, so <see cref="Load"/> is only reached for a name the renderer does not have: an error, never a
/// read from disk during rendering.
/// </summary>
internal sealed class TemplateSetLoader : ITemplateLoader
{
    public static TemplateSetLoader Instance { get; } = new();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        TemplateSet.NormalizeName(templateName)
        ?? throw new ScriptRuntimeException(callerSpan, string.Format(CultureInfo.InvariantCulture, "The include name '{0}' is not allowed: use a relative name inside the template folder, such as 'html-table' or 'partials/row'.", templateName));

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, string.Format(CultureInfo.InvariantCulture, "The template '{0}' was not found: the renderer has the built-in templates and the .scriban files of its template folder.", templatePath));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
