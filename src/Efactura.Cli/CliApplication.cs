using System.CommandLine;
using Efactura.Cli.Commands;

namespace Efactura.Cli;

/// <summary>The efactura command line: builds the command tree and runs one invocation.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("efactura: JSON invoices in, legal RO e-Factura (UBL 2.1 CIUS-RO) out.")
        {
            ConvertCommand.Create(console),
            ParseCommand.Create(console),
            RenderCommand.Create(console),
            ValidateCommand.Create(console),
            SimulatorCommand.Create(console),
            Commands.Anaf.AnafCommand.Create(console),
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
