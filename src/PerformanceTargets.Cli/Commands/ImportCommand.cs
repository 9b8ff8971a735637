using PerformanceTargets.Model;
using System.Globalization;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;

namespace PerformanceTargets.Cli.Commands;

/// <summary><c>perftargets import</c>: converts the extracted text of a Word budget text, or a flat CSV/XLSX table, to exchange JSON.</summary>
internal sealed class ImportCommand : ICommand
{
    public string Name => "import";

    public string Summary => "Import a document (extracted Word text, or a flat CSV/XLSX indicator table) as exchange JSON";

    public string Usage => "import <source> [-o FILE] [--encoding auto|utf-8|utf-16|gb18030] [--layout auto|text|flat] [--sheet NAME] [--year YEAR] [--culture zh-CN|en]";

    public IReadOnlyList<CommandOption> Options { get; } =
    [
        new("output", "o", "FILE", "Write the JSON to FILE instead of standard output"),
        new("encoding", null, "NAME", "Encoding of text and CSV input (default auto: BOM, else UTF-8, else GB18030)", ["auto", "utf-8", "utf-16", "gb18030"]),
        new("layout", null, "NAME", "Layout of the input (default auto: detected from the content)", ["auto", "text", "flat"]),
        new("sheet", null, "NAME", "XLSX: the worksheet to import (default: the first with an indicator header)"),
        new("year", null, "YEAR", "Fiscal year when the source states none"),
        new("culture", "c", "CULTURE", "Language of the diagnostics: zh-CN (default) or en", ["zh-CN", "zh", "en"]),
    ];

    public (int Min, int Max) Positionals => (1, 1);

    public string Details => """
        The source is the plain text a document extractor produced from the Word original (one table cell per
        tab-led line, a blank line after each row), or a flat indicator table (one row per indicator) as CSV or
        XLSX. '-' reads text from standard input. Diagnostics go to standard error as
        'file:line:column (table t, row r): severity CODE: message'; docs/import.md lists the codes.

        Exit codes: 0 imported without errors (warnings are printed); 1 imported, but some content could not be
        (each error names the line and what was expected; the JSON holds the intact tables); 2 nothing could be
        imported (empty, binary or unrecognised input), or a usage or I/O error.

        Example: perftargets import samples/guanting-2024.txt -o samples/guanting-2024.json
        """;

    public int Run(ParsedArguments arguments, CliContext context)
    {
        var source = arguments.Positionals[0];
        var options = ImportArguments.Options(arguments) with
        {
            SheetName = arguments.Value("sheet"),
            FiscalYear = ParseYear(arguments.Value("year")),
        };
        var chinese = arguments.Value("culture", "zh-CN") != "en";

        ImportResult result;
        if (source == "-")
        {
            result = TargetImporter.ImportText(StandardInput.ReadAll(context.In), options with { FileName = "<stdin>" });
        }
        else
        {
            if (!File.Exists(source))
            {
                throw new CliException(Directory.Exists(source) ? $"'{source}' is a folder; give a file." : $"cannot read '{source}': the file does not exist.");
            }

            try
            {
                result = TargetImporter.Import(source, options);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read '{source}': {ex.Message}");
            }
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            context.Error.WriteLine(diagnostic.Format(chinese ? Language.Chinese : Language.English));
        }

        if (result.Document is not { } document)
        {
            context.Error.WriteLine(!chinese
                ? $"perftargets: nothing was imported from '{source}'."
                : $"perftargets: 未能从“{source}”导入任何内容。");
            return CliApp.ExitUsage;
        }

        var json = TargetJson.Write(document);
        var output = arguments.Value("output");
        if (output is null)
        {
            context.Out.Write(Encoding.UTF8.GetString(json));
        }
        else
        {
            OutputFiles.WriteAllBytes(output, json);
        }

        var errors = result.ErrorCount;
        var warnings = result.WarningCount;
        var unit = document.AmountUnit == Model.AmountUnit.Yuan ? "元" : "万元";
        context.Error.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            !chinese
                ? "perftargets: imported {0} tables, {1} indicators, total budget {2} {3} from '{4}' ({5} errors, {6} warnings)."
                : "perftargets: 已从“{4}”导入 {0} 张表、{1} 个指标，预算合计 {2} {3}（{5} 个错误，{6} 个警告）。",
            document.Projects.Length,
            document.IndicatorCount,
            document.TotalBudget,
            unit,
            source,
            errors,
            warnings));
        return errors > 0 ? CliApp.ExitFindings : CliApp.ExitOk;
    }

    private static int? ParseYear(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && TargetDocument.IsFiscalYear(year))
        {
            return year;
        }

        throw new CliException($"import: '{text}' is not a fiscal year from {TargetDocument.MinFiscalYear} to {TargetDocument.MaxFiscalYear}.");
    }
}
