using System.Globalization;
using System.Text.Json;
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
        new("review", null, null, "Render the review view: the document is validated and each finding shown beside the cell it concerns"),
        new("findings", null, "FILE", "With --review, show these findings instead of validating: a JSON file with an array of findings (or an object with \"findings\", such as 'validate --format json' writes)"),
        new("template", "t", "PATH", "A template file (replaces the document template of the format) or a folder of .scriban templates"),
        new("culture", "c", "CULTURE", "Language of the labels: zh-CN (default) or en", ["zh-CN", "zh", "en"]),
        new("table", null, "N", "Render only table N (its 1-based position in the document); repeatable", Repeatable: true),
        new("repeat-merged", null, null, "Repeat merged cells (一级指标, 二级指标) on every row instead of merging them"),
        new("output", "o", "FILE", "Write to FILE instead of standard output"),
        new("encoding", null, "ENCODING", "Text and CSV inputs: auto (default), utf-8, utf-16 or gb18030", ["auto", "utf-8", "utf-16", "gb18030"]),
        new("layout", null, "LAYOUT", "Inputs that are not JSON: auto (default), text or flat", ["auto", "text", "flat"]),
    ];

    public (int Min, int Max) Positionals => (1, 1);

    public string Details =>
        """
        Reads a document ('-' for standard input): exchange JSON, or anything 'perftargets import' reads (text
        extractions, flat CSV and XLSX tables, imported on the fly). Renders every table, or the tables chosen with
        --table, with the templates built into the library: the official table layout, 一级指标 and 二级指标 merged down
        their rows. Every value from the file is escaped for the output format.

        --template takes a .scriban file, which replaces the document template of the chosen format (html-document or
        markdown-document), or a folder whose .scriban files replace the templates of the same name and add partials;
        see docs/templates.md. A template error is reported with its file, line and column (exit code 2).

        --review renders the review view: the document is validated (the rules of 'perftargets validate', messages in
        the --culture language) and each finding is shown beside the cell it concerns, with a summary per table.
        --findings FILE shows findings from elsewhere instead: a JSON array of objects with ruleId, severity
        (error|warning|info), category, pointer, message and hint (the shape of the library's Finding), or an object
        with such an array under "findings" (one line of 'perftargets validate --format json').

        Exit codes: 0 rendered; 2 usage error, unreadable input, invalid document or template error.

        Examples:
          perftargets render samples/guanting-2024.json -o guanting.html
          perftargets render samples/guanting-2024.json --format md --culture en
          perftargets render samples/guanting-2024.json --review -o review.html
          perftargets render samples/guanting-2024.txt --review --culture en -o review.html
          perftargets render doc.json --template my-templates/ -o custom.html
        """;

    public int Run(ParsedArguments arguments, CliContext context)
    {
        var file = arguments.Positionals[0];
        var culture = arguments.Value("culture", "zh-CN");
        ValidationReport? validated = null;
        TargetDocument document;
        if (arguments.Flag("review") && arguments.Value("findings") is null)
        {
            // The review view of a file: validate it (importing it when it is not JSON) and show the findings.
            var validator = TargetValidator.CreateBuilder().UseCulture(culture).Build();
            validated = file == "-"
                ? validator.Validate(System.Text.Encoding.UTF8.GetBytes(StandardInput.ReadAll(context.In)), "<stdin>")
                : ValidateFile(validator, file, ImportArguments.Options(arguments));
            document = validated.Document ?? throw new CliException(
                $"render: '{file}' could not be read: {validated.Findings.FirstOrDefault()?.ToString() ?? "no document"}; run 'perftargets validate' for the full report.");
        }
        else
        {
            document = DocumentInputs.LoadOrThrow(file, context, ImportArguments.Options(arguments), chinese: culture != "en");
        }

        var format = arguments.Value("format", "html") == "html" ? RenderFormat.Html : RenderFormat.Markdown;
        if (!Languages.TryParse(arguments.Value("culture", "zh-CN"), out var language))
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

        var report = !options.Review
            ? null
            : validated ?? new ValidationReport(arguments.Value("findings") is { } path ? ReadFindings(path) : [], document, file, "manual");
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

    private static ValidationReport ValidateFile(TargetValidator validator, string file, PerformanceTargets.Import.ImportOptions importOptions)
    {
        DocumentInputs.EnsureReadable(file);
        return validator.ValidateFile(file, importOptions);
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
