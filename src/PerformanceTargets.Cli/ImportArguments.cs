using PerformanceTargets.Import;

namespace PerformanceTargets.Cli;

/// <summary>The import options (--encoding, --layout) that commands reading non-JSON inputs share.</summary>
internal static class ImportArguments
{
    public static ImportOptions Options(string encoding, string layout) => ImportOptions.Default with
    {
        Encoding = encoding switch
        {
            "utf-8" => ImportEncoding.Utf8,
            "utf-16" => ImportEncoding.Utf16,
            "gb18030" => ImportEncoding.Gb18030,
            _ => ImportEncoding.Auto,
        },
        Layout = layout switch
        {
            "text" => ImportLayout.Text,
            "flat" => ImportLayout.Flat,
            _ => ImportLayout.Auto,
        },
    };
}
