using System.CommandLine;
using Efactura.Anaf.Results;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf status</c>: stareMesaj for an upload index.</summary>
internal static class StatusCommand
{
    public static Command Create(CliConsole console, AnafOptions anaf)
    {
        var index = new Argument<long>("index") { Description = "The upload index (index_incarcare) printed by 'upload'." };
        var command = new Command("status", "Show ANAF's processing state of an upload: ok or nok with the download id, 'in prelucrare', or not taken. Exits 1 for nok and not taken.")
        {
            index,
        };
        AnafAction.Set(command, console, async (result, cancellationToken) =>
        {
            using var connection = anaf.Connect(result);
            var status = await connection.Client.GetStatusAsync(result.GetValue(index), cancellationToken);
            if (!status.IsSuccess)
            {
                await AnafErrorPrinter.PrintAsync(console.Error, status.Error);
                return ExitCodes.InvalidInput;
            }
            var (state, code) = status.Value.State switch
            {
                MessageState.Ok => ("ok", ExitCodes.Ok),
                MessageState.Nok => ("nok", ExitCodes.InvalidInput),
                MessageState.Processing => ("in prelucrare", ExitCodes.Ok),
                _ => ("XML cu erori nepreluat de sistem", ExitCodes.InvalidInput),
            };
            await console.Output.WriteLineAsync(status.Value.DownloadId is { } id ? $"{state} id_descarcare={id}" : state);
            if (status.Value.State == MessageState.Nok)
                await console.Error.WriteLineAsync($"Rejected: 'efactura anaf download {status.Value.DownloadId}' fetches the error file, explained.");
            return code;
        });
        return command;
    }
}
