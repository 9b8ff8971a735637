using System.Net;
using System.Net.Sockets;

namespace PerformanceTargets.Tests.Cli;

/// <summary><c>perftargets serve</c> on the command line: its help, its options, and a server that cannot start (the server itself is tested in PerformanceTargets.Server.Tests).</summary>
public class ServeCommandTests
{
    [Fact]
    public void Serve_has_help_in_both_languages_with_its_options_and_defaults()
    {
        var (exit, chinese, _) = CliTests.Run("serve", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("审阅台", chinese, StringComparison.Ordinal);
        foreach (var option in new[] { "--urls", "--max-body-bytes", "--max-documents", "--max-concurrent", "--timeout" })
        {
            Assert.Contains(option, chinese, StringComparison.Ordinal);
        }

        var english = CliTests.Run("serve", "--help", "-c", "en").Out;
        Assert.Contains("review desk", english, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5000", english, StringComparison.Ordinal);
        Assert.Contains("serve", CliTests.Run("--help").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-concurrent", "0")]
    [InlineData("--max-documents", "-1")]
    [InlineData("--timeout", "soon")]
    [InlineData("--max-body-bytes", "1e6")]
    [InlineData("--max-concurrent", "3000000000")]
    public void A_limit_that_is_not_a_positive_whole_number_is_a_usage_error(string option, string value)
    {
        var (exit, output, error) = CliTests.Run("serve", option, value, "-c", "en");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(option + " takes a positive whole number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_that_is_taken_is_one_line_and_exit_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (exit, _, error) = CliTests.Run("serve", "--urls", "http://127.0.0.1:" + port, "-c", "en");
        Assert.Equal(2, exit);
        Assert.Contains("perftargets: could not start the server", error, StringComparison.Ordinal);
    }
}
