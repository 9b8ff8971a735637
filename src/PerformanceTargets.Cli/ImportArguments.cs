using PerformanceTargets.Import;

namespace PerformanceTargets.Cli;

/// <summary>The import options (--encoding, --layout) that commands reading non-JSON inputs share.</summary>
internal static class ImportArguments
{
    public static ImportOptions Options(ParsedArguments arguments) => ImportOptions.Default with
    {
        Encoding = arguments.Value("encoding", "auto") switch
        {
            "utf-8" => ImportEncoding.Utf8,
            "utf-16" => ImportEncoding.Utf16,
            "gb18030" => ImportEncoding.Gb18030,
            _ => ImportEncoding.Auto,
        },
        Layout = arguments.Value("layout", "auto") switch
        {
            "text" => ImportLayout.Text,
            "flat" => ImportLayout.Flat,
            _ => ImportLayout.Auto,
        },
    };
}
