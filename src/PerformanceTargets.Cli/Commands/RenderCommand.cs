using System.CommandLine;
using System.Globalization;
using PerformanceTargets.Cli.CommandLine;
using System.Text.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets render</c>: renders a document to HTML or Markdown with the built-in or user templates, or to a Word or Excel file.</summary>
internal static class RenderCommand
{
    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "render",
            text.T("把文档渲染为 HTML 或 Markdown 表格（官方版式，或你的模板），或 Word、Excel 文件", "Render a document as HTML or Markdown tables (official layout, or your templates), or as a Word or Excel file"),
            text.T(
                """
                读取文档（- 表示标准输入）：交换 JSON，或 perftargets import 能读的任何文件（文本提取、平铺 CSV 和 XLSX 表，
                当场导入）。用类库内置的模板渲染每张表：官方表格版式，一级指标和二级指标向下合并。
                文件中的每个值都按输出格式转义。--table N 只渲染第 N 张表（可重复）：没有封面、目录和第一部分，
                审核视图只含这些表的问题。

                --template 取一个 .scriban 文件（替换所选格式的文档模板 html-document 或 markdown-document），或一个文件夹
                （其中的 .scriban 文件替换同名模板并增加局部模板）；见 docs/templates.md。模板错误给出文件、行和列（退出码 2）。

                --review 渲染审核视图：先校验文档（perftargets validate 的规则，消息用 --culture 的语言），每个问题显示在它
                所指的单元格旁，并给出每张表的小结。--findings FILE 改为显示别处得到的问题：由含 ruleId、severity
                （error|warning|info）、category、pointer、message 和 hint 的对象组成的 JSON 数组，或在 "findings" 下有这样
                数组的对象（perftargets validate --format json 的一行）。

                --format docx 写出官方版式的 Word 文件（A4，标题、第一部分和每张表；一级、二级指标向下合并，指标表头在
                每页重复）；与 --review 一起时，每个问题写成它所指单元格上的 Word 批注。--format xlsx 写出平铺版式的
                Excel 文件（每个指标一行，列为平铺导入所读的列，首行冻结），perftargets import 可原样读回。这两种格式
                需要 -o FILE（不向终端或标准输出写二进制），不使用 --template。

                退出码：0 已渲染；2 用法错误、无法读取的输入、无效文档或模板错误。

                示例：
                  perftargets render samples/guanting-2024.json -o guanting.html
                  perftargets render samples/guanting-2024.json --format md --culture en
                  perftargets render samples/guanting-2024.json --review -o review.html
                  perftargets render samples/guanting-2024.json --table 3 --review -o table-3.html
                  perftargets render samples/guanting-2024.json --format docx -o guanting.docx
                  perftargets render samples/guanting-2024.json --format docx --review -o review.docx
                  perftargets render samples/guanting-2024.json --format xlsx -o guanting.xlsx
                  perftargets render doc.json --template my-templates/ -o custom.html
                """,
                """
                Reads a document ('-' for standard input): exchange JSON, or anything 'perftargets import' reads (text
                extractions, flat CSV and XLSX tables, imported on the fly). Renders every table with the templates built into
                the library: the official table layout, 一级指标 and 二级指标 merged down their rows. Every value from the file
                is escaped for the output format. --table N renders table N alone (repeatable): no cover, contents or part 1,
                and in the review view only the findings of those tables.

                --template takes a .scriban file, which replaces the document template of the chosen format (html-document or
                markdown-document), or a folder whose .scriban files replace the templates of the same name and add partials;
                see docs/templates.md. A template error is reported with its file, line and column (exit code 2).

                --review renders the review view: the document is validated (the rules of 'perftargets validate', messages in
                the --culture language) and each finding is shown beside the cell it concerns, with a summary per table.
                --findings FILE shows findings from elsewhere instead: a JSON array of objects with ruleId, severity
                (error|warning|info), category, pointer, message and hint (the shape of the library's Finding), or an object
                with such an array under "findings" (one line of 'perftargets validate --format json').

                --format docx writes a Word file of the official layout (A4, the title, part 1 and every table; 一级 and 二级
                merged down their rows, the indicator header repeated on every page); with --review every finding becomes a
                Word comment on its cell. --format xlsx writes an Excel file of the flat layout (one row per indicator, the
                columns the flat importer reads, the header row frozen) that 'perftargets import' reads back. Both need
                -o FILE (binary is never written to a terminal or standard output) and take no --template.

                Exit codes: 0 rendered; 2 usage error, unreadable input, invalid document or template error.

                Examples:
                  perftargets render samples/guanting-2024.json -o guanting.html
                  perftargets render samples/guanting-2024.json --format md --culture en
                  perftargets render samples/guanting-2024.json --review -o review.html
                  perftargets render samples/guanting-2024.json --table 3 --review -o table-3.html
                  perftargets render samples/guanting-2024.json --format docx -o guanting.docx
                  perftargets render samples/guanting-2024.json --format docx --review -o review.docx
                  perftargets render samples/guanting-2024.json --format xlsx -o guanting.xlsx
                  perftargets render doc.json --template my-templates/ -o custom.html
                """));
        var file = new Argument<string>("file") { Description = text.T("文档；- 表示标准输入", "The document; - reads standard input") };
        var format = CliOptions.Choice(scope, "--format", "-f", text.T("输出格式：html（独立的单个网页，默认）、md（GitHub 风格 Markdown）、docx（Word，官方版式）或 xlsx（Excel，平铺版式）", "Output format: html (a self-contained page, default), md (GitHub-flavoured Markdown), docx (Word, official layout) or xlsx (Excel, flat layout)"), "html", "html", "md", "markdown", "docx", "xlsx");
        var review = CliOptions.Flag("--review", null, text.T("渲染审核视图：校验文档，把每个问题显示在它所指的单元格旁", "Render the review view: the document is validated and each finding shown beside the cell it concerns"));
        var findings = CliOptions.Value("--findings", null, "FILE", text.T("与 --review 一起：显示这些问题而不校验（JSON 问题数组，或 validate --format json 写出的含 \"findings\" 的对象）", "With --review, show these findings instead of validating: a JSON file with an array of findings (or an object with \"findings\", such as 'validate --format json' writes)"));
        var template = CliOptions.Value("--template", "-t", "PATH", text.T("模板文件（替换所选格式的文档模板）或 .scriban 模板文件夹", "A template file (replaces the document template of the format) or a folder of .scriban templates"));
        var tables = CliOptions.Many("--table", null, "N", text.T("只渲染第 N 张表（在文档中从 1 数起的位置），不含封面、目录和第一部分；可重复", "Render table N alone (its 1-based position in the document), without the cover, contents and part 1; repeatable"));
        var repeatMerged = CliOptions.Flag("--repeat-merged", null, text.T("在每一行重复合并单元格（一级指标、二级指标），而不合并", "Repeat merged cells (一级指标, 二级指标) on every row instead of merging them"));
        var output = CliOptions.Value("--output", "-o", "FILE", text.T("写入 FILE，而不是标准输出", "Write to FILE instead of standard output"));
        var tableKind = CliOptions.Choice(scope, "--table-kind", "-k", text.T("渲染哪种表：targets（绩效目标表，默认）、evaluation（绩效自评表）或 monitoring（绩效运行监控表）", "Which table to render: targets (the target table, default), evaluation (绩效自评表) or monitoring (绩效运行监控表)"), "targets", "targets", "evaluation", "monitoring");
        var encoding = CliOptions.Encoding(scope);
        var layout = CliOptions.Layout(scope);
        command.Arguments.Add(file);
        foreach (var option in new System.CommandLine.Option[] { format, review, findings, template, tables, repeatMerged, output, tableKind, encoding, layout })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            parse.GetValue(file)!,
            parse.GetValue(format) switch { "html" => RenderFormat.Html, "docx" => RenderFormat.Docx, "xlsx" => RenderFormat.Xlsx, _ => RenderFormat.Markdown },
            parse.GetValue(review),
            parse.GetValue(findings),
            parse.GetValue(template),
            parse.GetValue(tables) ?? [],
            parse.GetValue(repeatMerged),
            parse.GetValue(output),
            parse.GetValue(tableKind) switch { "evaluation" => TableKind.Evaluation, "monitoring" => TableKind.Monitoring, _ => TableKind.Targets },
            ImportArguments.Options(parse.GetValue(encoding)!, parse.GetValue(layout)!)));
        return command;
    }

    private static int Run(CliContext context, string file, RenderFormat format, bool reviewView, string? findingsFile, string? template, string[] tables, bool repeatMerged, string? output, TableKind tableKind, PerformanceTargets.Import.ImportOptions importOptions)
    {
        var text = context.Text;
        ValidationReport? validated = null;
        TargetDocument document;
        if (findingsFile is not null && !reviewView)
        {
            throw new CliException(text.FindingsNeedReview(findingsFile));
        }

        var binary = format is RenderFormat.Docx or RenderFormat.Xlsx;
        if (binary)
        {
            var name = format == RenderFormat.Docx ? "docx" : "xlsx";
            if (output is null || output == "-")
            {
                throw new CliException(text.BinaryNeedsOutput(name));
            }

            if (template is not null)
            {
                throw new CliException(text.BinaryTakesNoTemplate(name));
            }

            if (reviewView && format == RenderFormat.Xlsx)
            {
                throw new CliException(text.XlsxTakesNoReview());
            }

            if (tableKind != TableKind.Targets && format == RenderFormat.Xlsx)
            {
                // The library refuses it too (the flat layout has no lifecycle columns to write yet).
                throw new CliException(text.XlsxHasTargetsOnly());
            }
        }

        if (reviewView && findingsFile is null)
        {
            // The review view of a file: validate it (importing it when it is not JSON) and show the findings.
            var validator = TargetValidator.CreateBuilder().UseCulture(context.Language).Build();
            validated = file == "-"
                ? validator.Validate(System.Text.Encoding.UTF8.GetBytes(StandardInput.ReadAll(context.In, text)), "<stdin>")
                : ValidateFile(validator, file, importOptions, text);
            document = validated.Document ?? throw new CliException(text.RenderCouldNotBeRead(file, validated.Findings.FirstOrDefault()?.ToString() ?? "no document"));
        }
        else
        {
            document = DocumentInputs.LoadOrThrow(file, context, importOptions);
        }

        var options = new RenderOptions
        {
            Format = format,
            Language = context.Language,
            Review = reviewView,
            MergedCells = repeatMerged ? MergedCellStyle.Repeat : MergedCellStyle.Merge,
            TableKind = tableKind,
            Tables = [.. tables.Select(t => TableIndex(t, document, text))],
            TablesAlone = tables.Length > 0,
        };

        var report = !options.Review
            ? null
            : validated ?? new ValidationReport(findingsFile is { } path ? ReadFindings(path, text) : [], document, file, "manual");
        if (binary)
        {
            using var bytes = new MemoryStream();
            TargetRenderer.Default.Render(document, bytes, options, report).GetTextOrThrow();
            OutputFiles.WriteAllBytes(output!, bytes.ToArray(), text);
            return CliApp.ExitOk;
        }

        var renderer = BuildRenderer(template, format, tableKind, text);
        var result = renderer.Render(document, options, report);
        if (!result.Success)
        {
            foreach (var error in result.Errors)
            {
                context.Error.WriteLine("perftargets: " + TerminalText.Excerpt(error.ToString(), 500));
            }

            return CliApp.ExitUsage;
        }

        if (output is null)
        {
            context.Out.Write(result.Text);
        }
        else
        {
            OutputFiles.WriteAllText(output, result.Text!, text);
        }

        return CliApp.ExitOk;
    }

    private static ValidationReport ValidateFile(TargetValidator validator, string file, PerformanceTargets.Import.ImportOptions importOptions, CliText text)
    {
        DocumentInputs.EnsureReadable(file, text);
        return validator.ValidateFile(file, importOptions);
    }

    private static int TableIndex(string value, TargetDocument document, CliText text)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > document.Projects.Length)
        {
            throw new CliException(text.NotATable(value, document.Projects.Length));
        }

        return number - 1;
    }

    private static TargetRenderer BuildRenderer(string? template, RenderFormat format, TableKind tableKind, CliText text)
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
            string source;
            try
            {
                source = File.ReadAllText(template);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException(text.CannotReadTemplate(template, ex.Message));
            }

            var kind = (format, tableKind) switch
            {
                (RenderFormat.Html, TableKind.Evaluation) => TemplateKind.HtmlEvaluationDocument,
                (RenderFormat.Html, TableKind.Monitoring) => TemplateKind.HtmlMonitoringDocument,
                (RenderFormat.Html, _) => TemplateKind.HtmlDocument,
                (_, TableKind.Evaluation) => TemplateKind.MarkdownEvaluationDocument,
                (_, TableKind.Monitoring) => TemplateKind.MarkdownMonitoringDocument,
                _ => TemplateKind.MarkdownDocument,
            };
            builder.UseTemplate(kind, source, template);
        }
        else
        {
            throw new CliException(text.TemplateNotFound(template));
        }

        var built = builder.Build();
        if (!built.Success)
        {
            throw new CliException("render: " + TerminalText.Excerpt(string.Join("; ", built.Errors.Select(e => e.ToString())), 500));
        }

        return built.Renderer;
    }

    /// <summary>Reads findings from JSON: an array of findings, or an object with a <c>findings</c> array.</summary>
    private static List<Finding> ReadFindings(string path, CliText text)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(text.CannotReadFindings(path, ex.Message));
        }

        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var array = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("findings", out var inner) ? inner : json.RootElement;
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new CliException(text.FindingsNotArray(path));
            }

            var findings = new List<Finding>();
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                findings.Add(ReadFinding(item, path, index++, text));
            }

            return findings;
        }
        catch (JsonException ex)
        {
            throw new CliException(text.FindingsNotJson(path, ex.Message));
        }
    }

    private static Finding ReadFinding(JsonElement item, string path, int index, CliText text)
    {
        string? Text(string name) =>
            item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        string Required(string name) =>
            Text(name) ?? throw new CliException(text.FindingMissing(index, path, name));

        var severity = Required("severity").ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            var other => throw new CliException(text.FindingSeverity(index, path, other)),
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
