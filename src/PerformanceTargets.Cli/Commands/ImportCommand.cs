using System.CommandLine;
using System.Globalization;
using System.Text;
using PerformanceTargets.Cli.CommandLine;
using PerformanceTargets.Import;
using PerformanceTargets.Model;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets import</c>: converts a Word budget text (.docx or its extracted text), or a flat CSV/XLSX/DOCX table, to exchange JSON.</summary>
internal static class ImportCommand
{
    public static CliCommand Create(CliContext context, ParseScope scope)
    {
        var text = context.Text;
        var command = new CliCommand(
            "import",
            text.T("把文档（Word 文档 .docx 或其提取的文本，或 CSV/XLSX 平铺指标表）导入为交换 JSON", "Import a document (a Word .docx or its extracted text, or a flat CSV/XLSX indicator table) as exchange JSON"),
            text.T(
                """
                源文件是 Word 文档（.docx，按标签找出其中每张绩效目标表），或文档提取工具从 Word 原件得到的纯文本（每个单元格一行、
                以制表符开头，每行表格后一个空行），或平铺指标表（每个指标一行）的 CSV、XLSX 或 Word 表格。- 从标准输入读取。诊断信息写到标准错误，格式为
                “文件:行:列 (table t, row r): 严重程度 代码: 消息”；docs/import.md 列出所有代码。
                要写出的 JSON 若超过读取上限（本工具随后会拒绝读取它），则不写出任何内容。

                退出码：0 导入且无错误（警告会打印）；1 已导入，但有内容无法导入（每个错误给出行号和预期内容，JSON 含完好的表）；
                2 未能导入任何内容（空、二进制或无法识别的输入），或用法错误、输入/输出错误。

                示例：perftargets import samples/guanting-2024.txt -o samples/guanting-2024.json
                      perftargets import 目标表.docx --year 2024 -o 目标表.json
                """,
                """
                The source is a Word document (.docx: every performance target table in it is found by its labels), the
                plain text a document extractor produced from the Word original (one table cell per tab-led line, a blank
                line after each row), or a flat indicator table (one row per indicator) as CSV, XLSX or a Word table. '-'
                reads standard input. Diagnostics go to standard error as
                'file:line:column (table t, row r): severity CODE: message'; docs/import.md lists the codes. JSON over the
                reading limits (which the tool would then refuse) is not written at all.

                Exit codes: 0 imported without errors (warnings are printed); 1 imported, but some content could not be
                (each error names the line and what was expected; the JSON holds the intact tables); 2 nothing could be
                imported (empty, binary or unrecognised input), or a usage or I/O error.

                Examples: perftargets import samples/guanting-2024.txt -o samples/guanting-2024.json
                          perftargets import targets.docx --year 2024 -o targets.json
                """));
        var source = new Argument<string>("source") { Description = text.T("源文件；- 表示标准输入", "The source file; - reads standard input") };
        var output = CliOptions.Value("--output", "-o", "FILE", text.T("把 JSON 写入 FILE，而不是标准输出", "Write the JSON to FILE instead of standard output"));
        var encoding = CliOptions.Encoding(scope);
        var layout = CliOptions.Layout(scope);
        var sheet = CliOptions.Value("--sheet", null, "NAME", text.T("XLSX：要导入的工作表（默认：第一个有指标表头的）", "XLSX: the worksheet to import (default: the first with an indicator header)"));
        var year = CliOptions.Value("--year", null, "YEAR", text.T(
            $"源文件未写明预算年度时所用的年度（{TargetDocument.MinFiscalYear}–{TargetDocument.MaxFiscalYear}）",
            $"The fiscal year when the source states none ({TargetDocument.MinFiscalYear}–{TargetDocument.MaxFiscalYear})"));
        year.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (ParseYear(token.Value) is null)
                {
                    scope.Error(result, text.NotAFiscalYear(token.Value));
                }
            }
        });
        command.Arguments.Add(source);
        command.Options.Add(output);
        command.Options.Add(encoding);
        command.Options.Add(layout);
        command.Options.Add(sheet);
        command.Options.Add(year);
        command.SetAction(parse =>
        {
            var options = ImportArguments.Options(parse.GetValue(encoding)!, parse.GetValue(layout)!) with
            {
                SheetName = parse.GetValue(sheet),
                FiscalYear = parse.GetValue(year) is { } y ? ParseYear(y) : null,
            };
            return Run(context, parse.GetValue(source)!, options, parse.GetValue(output));
        });
        return command;
    }

    private static int Run(CliContext context, string source, ImportOptions options, string? output)
    {
        var text = context.Text;
        ImportResult result;
        if (source == "-")
        {
            if (context.InBytes is { } open)
            {
                // Bytes, not text: a .docx or .xlsx may come through the pipe, and --encoding applies to text.
                using var stdin = open();
                result = TargetImporter.Import(stdin, options with { FileName = "<stdin>" });
            }
            else
            {
                result = TargetImporter.ImportText(StandardInput.ReadAll(context.In, text), options with { FileName = "<stdin>" });
            }
        }
        else
        {
            if (!File.Exists(source))
            {
                throw new CliException(Directory.Exists(source) ? text.IsAFolder(source) : text.DoesNotExist(source));
            }

            try
            {
                result = TargetImporter.Import(source, options);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException(text.CannotRead(source, ex.Message));
            }
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(TerminalText.Excerpt(diagnostic.Format(text.IsEnglish ? Language.English : Language.Chinese), 1000));
        }

        // No document, or errors and not one table imported (every table refused): nothing to write.
        if (result.Document is not { } document || (document.Projects.IsEmpty && result.ErrorCount > 0))
        {
            context.Error.WriteLine("perftargets: " + text.NothingImported(source));
            return CliApp.ExitUsage;
        }

        var json = OutputFiles.Json(document, text);
        OutputFiles.EnsureReadable(json, text);
        if (output is null)
        {
            context.Out.Write(Encoding.UTF8.GetString(json));
        }
        else
        {
            OutputFiles.WriteAllBytes(output, json, text);
        }

        var unit = document.AmountUnit == AmountUnit.Yuan ? "元" : "万元";
        context.Error.WriteLine("perftargets: " + text.Imported(document.Projects.Length, document.IndicatorCount, document.TotalBudget, unit, source, result.ErrorCount, result.WarningCount));
        return result.ErrorCount > 0 ? CliApp.ExitFindings : CliApp.ExitOk;
    }

    private static int? ParseYear(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && TargetDocument.IsFiscalYear(year) ? year : null;
}
