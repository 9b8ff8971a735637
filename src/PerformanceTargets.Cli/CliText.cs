using System.Globalization;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Cli;

/// <summary>
/// Every word the tool itself prints, in Chinese (the default) and English: messages, error lines, summaries, labels.
/// Help texts live beside the options they describe (Commands/), through <see cref="T"/>. Data quoted in a message is
/// always an escaped excerpt (<see cref="Quote"/>), a path is escaped whole (<see cref="Path"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CliText
{
    private CliText(Language language) => Language = language;

    public static CliText Chinese { get; } = new(Language.Chinese);

    public static CliText English { get; } = new(Language.English);

    public Language Language { get; }

    public bool IsEnglish => Language == Language.English;

    public static CliText For(Language language) => language == Language.English ? English : Chinese;

    /// <summary>Chooses the Chinese or the English text.</summary>
    public string T(string chinese, string english) => IsEnglish ? english : chinese;

    /// <summary>Joins two sentences: with a space in English, without in Chinese.</summary>
    public string Join(string first, string second) => IsEnglish ? first + " " + second : first + second;

    /// <summary>Quotes an excerpt of a value (at most 64 characters, escaped): 'value' or “value”.</summary>
    public string Quote(string? value) => IsEnglish ? "'" + TerminalText.Excerpt(value) + "'" : "“" + TerminalText.Excerpt(value) + "”";

    /// <summary>Quotes a path, escaped but whole.</summary>
    public string Path(string? path) => IsEnglish ? "'" + TerminalText.Escape(path) + "'" : "“" + TerminalText.Escape(path) + "”";

    // ---- the program -------------------------------------------------------------------------------------------

    public string Tagline => T(
        "预算绩效目标表：导入、校验、渲染、审核报告。",
        "Budget performance target tables (预算绩效目标表): import, validate, render, report.");

    public string ExitCodes => T(
        "退出码：0 成功；1 有达到 --fail-on 级别的问题（import：部分导入）；2 用法错误或输入/输出错误。",
        "Exit codes: 0 success; 1 findings at or above the --fail-on level (import: imported in part); 2 usage or I/O error.");

    public string InternalError(string type, string message) => F(
        "内部错误：{0}：{1}（加 --verbose 查看详情）",
        "internal error: {0}: {1} (run with --verbose for details)",
        type,
        TerminalText.Excerpt(message, 200));

    // ---- parsing the command line ------------------------------------------------------------------------------

    public string UnknownCommandOrArgument(string token) => F("无法识别的命令或参数{0}。", "unrecognized command or argument {0}.", Quote(token));

    public string UnknownOption(string token) => F("无法识别的选项{0}。", "unrecognized option {0}.", Quote(token));

    public string DidYouMean(IEnumerable<string> candidates) => F("是否要输入：{0}？", "Did you mean {0}?", string.Join(T("、", ", "), candidates));

    public string OptionNeedsValue(string option) => F("选项 {0} 需要一个值。", "option {0} needs a value.", option);

    public string OptionGivenTwice(string option) => F("选项 {0} 只能给一次。", "option {0} may be given only once.", option);

    public string OptionTakesNoValue(string option) => F("选项 {0} 不带值。", "option {0} takes no value.", option);

    public string MissingArgument(string command, string argument) => F("{0}：缺少参数 <{1}>。", "{0}: missing argument <{1}>.", command, argument);

    public string VersionAlone => T("--version 不能与其他参数一起使用。", "--version cannot be combined with other arguments.");

    public string NotOneOf(string option, string value, IEnumerable<string> allowed) => F(
        "{0}不是 {1} 的有效值；可用：{2}。",
        "{0} is not a valid value for {1}; use one of: {2}.",
        Quote(value),
        option,
        string.Join(", ", allowed));

    public string NotACulture(string value) => F("{0}不是可用的语言；请用 zh-CN 或 en。", "{0} is not a language the tool speaks; use zh-CN or en.", Quote(value));

    public string NotAFiscalYear(string value) => F(
        "{0}不是 {1}–{2} 之间的预算年度。",
        "{0} is not a fiscal year from {1} to {2}.",
        Quote(value),
        Model.TargetDocument.MinFiscalYear,
        Model.TargetDocument.MaxFiscalYear);

    public string NotAWorkerCount(string value) => F("--parallel 取 1 到 {1} 的整数，而不是{0}。", "--parallel takes a whole number from 1 to {1}, not {0}.", Quote(value), ParallelLimit);

    public static int ParallelLimit => 256;

    public string SeeHelp(string command) => F("运行“{0} --help”查看用法。", "Run '{0} --help' for usage.", command);

    public string ResponseFileMissing(string path) => F("响应文件{0}不存在。", "response file {0} does not exist.", Path(path));

    public string ResponseFileUnreadable(string path, string reason) => F("无法读取响应文件{0}：{1}", "cannot read response file {0}: {1}", Path(path), Reason(reason));

    public string ResponseFileTooLarge(string path, long limit) => F("响应文件{0}超过 {1:N0} 字节的上限。", "response file {0} is larger than the limit of {1:N0} bytes.", Path(path), limit);

    // ---- files -------------------------------------------------------------------------------------------------

    public string DoesNotExist(string path) => F("{0}不存在。", "{0} does not exist.", Path(path));

    public string IsAFolder(string path) => F("{0}是文件夹；请给出文件。", "{0} is a folder; give a file.", Path(path));

    public string CannotRead(string path, string reason) => F("无法读取{0}：{1}", "cannot read {0}: {1}", Path(path), Reason(reason));

    public string CannotWrite(string path, string reason) => F("无法写入{0}：{1}", "cannot write {0}: {1}", Path(path), Reason(reason));

    public string CannotWriteInto(string folder, string reason) => F("report：无法写入文件夹{0}：{1}", "report: cannot write into {0}: {1}", Path(folder), Reason(reason));

    public string FileTooLarge(string path, long length, long limit) => F(
        "{0}有 {1:N0} 字节，超过 {2:N0} 字节（64 MiB）的输入上限。请拆分文档，或通过类库调整 DocumentLimits.MaxInputBytes。",
        "{0} is {1:N0} bytes; the limit is {2:N0} bytes (64 MiB). Split the document, or raise DocumentLimits.MaxInputBytes through the library.",
        Path(path),
        length,
        limit);

    public string StandardInputTooLong(long max) => F(
        "标准输入超过 {0:N0} 个字符的输入上限（64 MiB）；请以文件给出文档，或拆分它。",
        "standard input is longer than {0:N0} characters, the input limit (64 MiB); give the document as a file, or split it.",
        max);

    public string NdjsonLineTooLong(int line, long max) => F(
        "标准输入第 {0} 行超过 {1:N0} 个字符的输入上限，已跳过。",
        "line {0} of standard input is longer than {1:N0} characters, the input limit; it was skipped.",
        line,
        max);

    public string FolderWithoutDocuments(string folder, IEnumerable<string> extensions) => F(
        "{0}是文件夹，其中没有文档（{1}）。",
        "{0} is a folder with no documents ({1}).",
        Path(folder),
        string.Join(", ", extensions));

    public string NoMatch(string pattern) => F("没有文件匹配{0}。", "no file matches {0}.", Path(pattern));

    public string CouldNotBeRead(string name, int errors) => F(
        "{0}无法读取：{1} 个错误；运行“perftargets validate”查看完整报告。",
        "{0} could not be read: {1} error(s); run 'perftargets validate' for the full report.",
        Path(name),
        errors);

    public string CouldNotBeImported(string name, int errors) => F("{0}无法导入：{1} 个错误。", "{0} could not be imported: {1} error(s).", Path(name), errors);

    public string OutputOverLimit(long bytes, long limit) => F(
        "要写出的 JSON 有 {0:N0} 字节，超过 {1:N0} 字节的输入上限，本工具将无法再读取它；未写出任何内容。",
        "the JSON to be written is {0:N0} bytes, over the input limit of {1:N0} bytes, so the tool could not read it back; nothing was written.",
        bytes,
        limit);

    public string OutputNotReadable(string error) => F(
        "要写出的 JSON 无法被本工具再读取（{0}）；未写出任何内容。",
        "the JSON to be written could not be read back by the tool ({0}); nothing was written.",
        TerminalText.Excerpt(error, 200));

    // ---- import ------------------------------------------------------------------------------------------------

    public string NothingImported(string source) => F("未能从{0}导入任何内容。", "nothing was imported from {0}.", Path(source));

    public string Imported(int tables, int indicators, decimal budget, string unit, string source, int errors, int warnings) => F(
        "已从{4}导入 {0} 张表、{1} 个指标，预算合计 {2} {3}（{5} 个错误，{6} 个警告）。",
        "imported {0} tables, {1} indicators, total budget {2} {3} from {4} ({5} errors, {6} warnings).",
        tables,
        indicators,
        budget,
        unit,
        Path(source),
        errors,
        warnings);

    // ---- normalize ---------------------------------------------------------------------------------------------

    public string None => T("（无）", "(none)");

    public string Changes(int count) => F("共 {0} 处改动。", "{0} change(s).", count);

    // ---- validate, rules ---------------------------------------------------------------------------------------

    public string NotARule(string rule) => F(
        "validate：{0}不是规则编号；运行“perftargets rules”查看规则列表。",
        "validate: {0} is not a rule id; run 'perftargets rules' for the list.",
        Quote(rule));

    public string CannotDisable(string rule) => F("validate：{0} 报告文件无法读取，不能停用。", "validate: {0} reports that a file cannot be read; it cannot be disabled.", rule);

    public string ValidateNeedsInput => T("validate：请至少给出一个输入（文件、文件夹、通配模式或 -）。", "validate: give at least one input (a file, a folder, a pattern or -).");

    public string RuleSet(string version) => F("规则集 {0}", "rule set {0}", version);

    public string Category(RuleCategory category) => category switch
    {
        RuleCategory.Format => T("格式", "format"),
        RuleCategory.Completeness => T("完整性", "completeness"),
        RuleCategory.Relevance => T("相关性", "relevance"),
        RuleCategory.Appropriateness => T("适当性", "appropriateness"),
        RuleCategory.Feasibility => T("可行性", "feasibility"),
        _ => category.ToString().ToLowerInvariant(),
    };

    public string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => T("错误", "error"),
        Severity.Warning => T("警告", "warning"),
        _ => T("提示", "info"),
    };

    // ---- render ------------------------------------------------------------------------------------------------

    public string BinaryNeedsOutput(string format) => F(
        "render：--format {0} 写出二进制文件，不能写到终端或标准输出；请用 -o FILE.{0} 指定输出文件。",
        "render: --format {0} writes a binary file, which is never written to a terminal or standard output; name the file with -o FILE.{0}.",
        format);

    public string BinaryTakesNoTemplate(string format) => F(
        "render：--format {0} 使用内置的官方版式，不使用 --template；模板只用于 html 和 md。",
        "render: --format {0} writes the built-in layout and takes no --template; templates are for html and md.",
        format);

    public string XlsxHasTargetsOnly() => T(
        "render：--format xlsx 只写出绩效目标表（一维表）；绩效自评表和绩效运行监控表请用 --format docx、html 或 md。",
        "render: --format xlsx writes the target table only (the flat layout); render the self-evaluation and monitoring tables with --format docx, html or md.");

    public string XlsxTakesNoReview() => T(
        "render：--format xlsx 写出可导入的平铺表，不含审核意见；审核请用 --format docx --review 或 html --review。",
        "render: --format xlsx writes the flat table for import and holds no review; use --format docx --review or html --review.");

    public string FindingsNeedReview(string file) => F("render：--findings{0}需要与 --review 一起使用。", "render: --findings {0} needs --review.", Path(file));

    public string NotATable(string text, int count) => F(
        "render：--table{0}不是文档中的表；请用 1 到 {1} 的数字。",
        "render: --table {0} is not a table of the document; use a number from 1 to {1}.",
        Quote(text),
        count);

    public string TemplateNotFound(string path) => F("render：模板{0}既不是文件也不是文件夹。", "render: the template {0} is neither a file nor a folder.", Path(path));

    public string CannotReadTemplate(string path, string reason) => F("render：无法读取模板{0}：{1}", "render: cannot read the template {0}: {1}", Path(path), Reason(reason));

    public string CannotReadFindings(string path, string reason) => F("render：无法读取问题文件{0}：{1}", "render: cannot read the findings {0}: {1}", Path(path), Reason(reason));

    public string FindingsNotArray(string path) => F(
        "render：{0}中没有问题数组（应为 [...] 或 {{\"findings\": [...]}}）。",
        "render: {0} holds no array of findings (expected [...] or {{\"findings\": [...]}}).",
        Path(path));

    public string FindingsNotJson(string path, string reason) => F("render：{0}不是有效的 JSON：{1}", "render: {0} is not valid JSON: {1}", Path(path), Reason(reason));

    public string FindingMissing(int index, string path, string name) => F(
        "render：{1}中第 {0} 个问题缺少字符串属性 \"{2}\"。",
        "render: finding {0} in {1} has no string \"{2}\".",
        index,
        Path(path),
        name);

    public string FindingSeverity(int index, string path, string value) => F(
        "render：{1}中第 {0} 个问题的严重程度为{2}；请用 error、warning 或 info。",
        "render: finding {0} in {1} has severity {2}; use error, warning or info.",
        index,
        Path(path),
        Quote(value));

    public string RenderCouldNotBeRead(string file, string first) => F(
        "render：{0}无法读取：{1}；运行“perftargets validate”查看完整报告。",
        "render: {0} could not be read: {1}; run 'perftargets validate' for the full report.",
        Path(file),
        TerminalText.Excerpt(first, 200));

    // ---- report and batches ------------------------------------------------------------------------------------

    public string ReportNeedsOutput => T("report：请用 -o DIR 给出输出文件夹。", "report: give the output folder with -o DIR.");

    public string DocumentNotRead(string? rule, string? message) => rule is null
        ? T("无法读取：没有文档", "could not be read: no document")
        : F("无法读取：{0} {1}", "could not be read: {0} {1}", rule, TerminalText.Excerpt(message, 200));

    public string DocumentCounts(string name, int errors, int warnings, int infos) => F(
        "{0}: {1} 个错误，{2} 个警告，{3} 个提示",
        "{0}: {1} error(s), {2} warning(s), {3} info(s)",
        TerminalText.Escape(name),
        errors,
        warnings,
        infos);

    public string BatchSummary(int documents, int failed, int errors, int warnings, int infos, double seconds) => F(
        "共 {0} 份文档：{1} 份失败，{2} 个错误，{3} 个警告，{4} 个提示，用时 {5:F1} 秒（每秒 {6:F1} 份）。",
        "{0} document(s): {1} failed, {2} error(s), {3} warning(s), {4} info(s) in {5:F1} s ({6:F1} documents/s).",
        documents,
        failed,
        errors,
        warnings,
        infos,
        seconds,
        seconds > 0 ? documents / seconds : 0);

    public IReadOnlyList<string> SummaryHeadings => IsEnglish
        ? ["documents", "failed", "errors", "warnings", "infos", "seconds", "documents/s"]
        : ["文档", "失败", "错误", "警告", "提示", "秒", "份/秒"];

    public string Documents => T("文档", "documents");

    private static string Reason(string reason) => TerminalText.Excerpt(reason, 200);

    private string F(string chinese, string english, params object?[] args) => string.Format(CultureInfo.InvariantCulture, T(chinese, english), args);
}
