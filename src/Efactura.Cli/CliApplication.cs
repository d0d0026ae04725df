using System.CommandLine;
using Efactura.Cli.Commands;

namespace Efactura.Cli;

/// <summary>The efactura command line: builds the command tree and runs one invocation.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="console">The streams to read and write.</param>
    /// <param name="clock">
    /// What "now" is: the upload deadline warning, token expiry, the simulator's certificate. <see cref="TimeProvider.System"/>
    /// for the real command; tests pass a fixed one.
    /// </param>
    /// <param name="cancellationToken">Stops the command (Ctrl+C).</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var root = new RootCommand("efactura: JSON invoices in, legal RO e-Factura (UBL 2.1 CIUS-RO) out.")
        {
            ConvertCommand.Create(console, clock),
            ParseCommand.Create(console),
            RenderCommand.Create(console),
            ValidateCommand.Create(console, clock),
            SimulatorCommand.Create(console, clock),
            Commands.Anaf.AnafCommand.Create(console, clock),
        };
        var result = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            // Our own handler below maps usage problems to exit code 2; others must surface, not become 1.
            EnableDefaultExceptionHandler = false,
        };
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) await console.Error.WriteLineAsync($"efactura: {error.Message}");
            await console.Error.WriteLineAsync("Run 'efactura --help' (or 'efactura <command> --help') for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return await result.InvokeAsync(configuration, cancellationToken);
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync($"efactura: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
