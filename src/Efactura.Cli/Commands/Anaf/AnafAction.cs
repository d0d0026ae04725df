using System.CommandLine;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>Runs an <c>anaf</c> command's work; a call that failed before the work could start (a token refresh) exits 1 with ANAF's explanation.</summary>
internal static class AnafAction
{
    public static void Set(Command command, CliConsole console, Func<ParseResult, CancellationToken, Task<int>> work) =>
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                return await work(result, cancellationToken);
            }
            catch (AnafCallException e)
            {
                await AnafErrorPrinter.PrintAsync(console.Error, e.Error);
                return ExitCodes.InvalidInput;
            }
        });
}
