using System.Globalization;
using System.Text.Json;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets render</c>: renders a document to HTML or Markdown with the built-in or user templates.</summary>
internal sealed class RenderCommand : ICommand
{
    public string Name => "render";

    public string Summary => "Render a document as HTML or Markdown tables (official layout, or your templates)";

    public string Usage => "render <file> [--format html|md] [--review] [--findings FILE] [--template PATH] [--culture zh-CN|en] [--table N]... [--repeat-merged] [-o FILE]";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("format", "f", "FORMAT", "Output format: html (a self-contained page, default) or md (GitHub-flavoured Markdown)", ["html", "md", "markdown"]),
        new("review", null, null, "Render the review view: each validation finding beside the cell it concerns"),
        new("findings", null, "FILE", "Findings for --review: a JSON file with an array of findings (or an object with \"findings\")"),
        new("template", "t", "PATH", "A template file (replaces the document template of the format) or a folder of .scriban templates"),
        new("culture", "c", "CULTURE", "Language of the labels: zh-CN (default) or en", ["zh-CN", "zh", "en"]),
        new("table", null, "N", "Render only table N (its 1-based position in the document); repeatable", Repeatable: true),
        new("repeat-merged", null, null, "Repeat merged cells (一级指标, 二级指标) on every row instead of merging them"),
        new("output", "o", "FILE", "Write to FILE instead of standard output"),
    ];

    public (int Min, int Max) Positionals => (1, 1);

    public string Details =>
        """
        Reads an exchange-format JSON file ('-' for standard input) and renders every table, or the tables chosen with
        --table, with the templates built into the library: the official table layout, 一级指标 and 二级指标 merged down
        their rows. Every value from the file is escaped for the output format.

        --template takes a .scriban file, which replaces the document template of the chosen format (html-document or
        markdown-document), or a folder whose .scriban files replace the templates of the same name and add partials;
        see docs/templates.md. A template error is reported with its file, line and column (exit code 2).

        --review renders the review view. Until 'validate' is part of this command, the findings come from --findings:
        a JSON array of objects with ruleId, severity (error|warning|info), category, pointer, message and hint (the
        shape of the library's Finding), or an object with such an array under "findings". Without --findings the view
        shows no findings.

        Exit codes: 0 rendered; 2 usage error, unreadable input, invalid document or template error.

        Examples:
          perftargets render samples/guanting-2024.json -o guanting.html
          perftargets render samples/guanting-2024.json --format md --culture en
          perftargets render doc.json --review --findings report.json -o review.html
          perftargets render doc.json --template my-templates/ -o custom.html
        """;

    public int Run(ParsedArguments arguments, CliContext context)
    {
        var file = arguments.Positionals[0];
        var document = ReadDocument(file, context);
        var format = arguments.Value("format", "html") == "html" ? RenderFormat.Html : RenderFormat.Markdown;
        if (!RenderOptions.TryParseLanguage(arguments.Value("culture", "zh-CN"), out var language))
        {
            throw new CliException("render: --culture takes zh-CN or en.");
        }

        var options = new RenderOptions
        {
            Format = format,
            Language = language,
            Review = arguments.Flag("review"),
            MergedCells = arguments.Flag("repeat-merged") ? MergedCellStyle.Repeat : MergedCellStyle.Merge,
            Tables = [.. arguments.Values("table").Select(t => TableIndex(t, document))],
        };

        if (arguments.Value("findings") is { } findingsFile && !options.Review)
        {
            throw new CliException($"render: --findings '{findingsFile}' needs --review.");
        }

        var report = options.Review
            ? new ValidationReport(arguments.Value("findings") is { } path ? ReadFindings(path) : [], document, file, "manual")
            : null;
        var renderer = BuildRenderer(arguments.Value("template"), format);
        var result = renderer.Render(document, options, report);
        if (!result.Success)
        {
            foreach (var error in result.Errors)
            {
                context.Error.WriteLine("perftargets: " + error);
            }

            return CliApp.ExitUsage;
        }

        var output = arguments.Value("output");
        if (output is null)
        {
            context.Out.Write(result.Text);
        }
        else
        {
            OutputFiles.WriteAllText(output, result.Text!);
        }

        return CliApp.ExitOk;
    }

    private static TargetDocument ReadDocument(string file, CliContext context)
    {
        JsonReadResult read;
        if (file == "-")
        {
            read = TargetJson.Read(context.In.ReadToEnd(), new JsonReadOptions { FileName = "<stdin>" });
        }
        else
        {
            if (!File.Exists(file))
            {
                throw new CliException($"render: cannot read '{file}': the file does not exist.");
            }

            read = TargetJson.ReadFile(file);
        }

        if (!read.Success)
        {
            var first = read.Errors[0];
            var more = read.Errors.Length > 1 ? string.Format(CultureInfo.InvariantCulture, " (and {0} more errors; run 'perftargets validate' for all)", read.Errors.Length - 1) : string.Empty;
            throw new CliException($"render: '{file}' is not a valid document: {first}{more}");
        }

        return read.Document;
    }

    private static int TableIndex(string text, TargetDocument document)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > document.Projects.Length)
        {
            throw new CliException(string.Format(CultureInfo.InvariantCulture, "render: --table '{0}' is not a table of the document; use a number from 1 to {1}.", text, document.Projects.Length));
        }

        return number - 1;
    }

    private static TargetRenderer BuildRenderer(string? template, RenderFormat format)
    {
        if (template is null)
        {
            return TargetRenderer.Default;
        }

        var builder = TargetRenderer.CreateBuilder();
        if (Directory.Exists(template))
        {
            builder.UseTemplateFolder(template);
        }
        else if (File.Exists(template))
        {
            string text;
            try
            {
                text = File.ReadAllText(template);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"render: cannot read the template '{template}': {ex.Message}");
            }

            builder.UseTemplate(format == RenderFormat.Html ? TemplateKind.HtmlDocument : TemplateKind.MarkdownDocument, text, template);
        }
        else
        {
            throw new CliException($"render: the template '{template}' is neither a file nor a folder.");
        }

        var built = builder.Build();
        if (!built.Success)
        {
            throw new CliException("render: " + string.Join("; ", built.Errors.Select(e => e.ToString())));
        }

        return built.Renderer;
    }

    /// <summary>Reads findings from JSON: an array of findings, or an object with a <c>findings</c> array.</summary>
    private static List<Finding> ReadFindings(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"render: cannot read the findings '{path}': {ex.Message}");
        }

        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var array = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("findings", out var inner) ? inner : json.RootElement;
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"render: '{path}' holds no array of findings (expected [...] or {{\"findings\": [...]}}).");
            }

            var findings = new List<Finding>();
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                findings.Add(ReadFinding(item, path, index++));
            }

            return findings;
        }
        catch (JsonException ex)
        {
            throw new CliException($"render: '{path}' is not valid JSON: {ex.Message}");
        }
    }

    private static Finding ReadFinding(JsonElement item, string path, int index)
    {
        string? Text(string name) =>
            item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        string Required(string name) =>
            Text(name) ?? throw new CliException(string.Format(CultureInfo.InvariantCulture, "render: finding {0} in '{1}' has no string \"{2}\".", index, path, name));

        var severity = Required("severity").ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            var other => throw new CliException(string.Format(CultureInfo.InvariantCulture, "render: finding {0} in '{1}' has severity '{2}'; use error, warning or info.", index, path, other)),
        };
        var category = Enum.TryParse<RuleCategory>(Text("category") ?? nameof(RuleCategory.Format), ignoreCase: true, out var parsed) ? parsed : RuleCategory.Format;
        return new Finding
        {
            RuleId = Required("ruleId"),
            Severity = severity,
            Category = category,
            Pointer = Text("pointer") ?? string.Empty,
            Message = Required("message"),
            Hint = Text("hint"),
        };
    }
}
