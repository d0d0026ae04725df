using System.Text;

namespace Efactura.Cli.Tests;

/// <summary>The outcome of one in-process run of the efactura command.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the command with the given arguments and standard input, capturing everything it prints; on <see cref="TestClock"/>'s day.</summary>
    public static async Task<CliRun> Of(string[] args, string? stdin = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? ""));
        var code = await CliApplication.RunAsync(args, new CliConsole(input, output, error, IsTerminal: false), TestClock.Create(), TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
