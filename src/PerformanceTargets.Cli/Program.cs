using System.Text;
using PerformanceTargets.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
return CliApp.Run(args, Console.Out, Console.Error, Console.In, interactive, Console.OpenStandardInput);
