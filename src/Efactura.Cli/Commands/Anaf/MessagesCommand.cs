using System.CommandLine;
using Efactura.Anaf.Results;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf messages</c>: listaMesajeFactura, one line per message, tab-separated.</summary>
internal static class MessagesCommand
{
    public static Command Create(CliConsole console, AnafOptions anaf)
    {
        var cif = new Option<string>("--cif") { Description = "The CIF whose SPV messages to list.", Required = true };
        var days = new Option<int>("--days") { Description = "How many days back, 1 to 60 (ANAF keeps messages 60 days).", DefaultValueFactory = _ => 60 };
        var filter = new Option<string?>("--filter") { Description = "E errors, T sent invoices, P received invoices, R buyer messages (default: all)." };
        filter.AcceptOnlyFromAmong("E", "T", "P", "R");
        var command = new Command("messages", "List the SPV messages of a CIF (sent and received invoices, error files, buyer messages): created, type, upload index, download id, details.")
        {
            cif, days, filter,
        };
        AnafAction.Set(command, console, async (result, cancellationToken) =>
        {
            var window = result.GetValue(days);
            if (window is < 1 or > 60) throw new UsageException("--days must be between 1 and 60");
            using var connection = anaf.Connect(result);
            var list = await connection.Client.ListMessagesAsync(result.GetValue(cif)!, window, Filter(result.GetValue(filter)), cancellationToken);
            if (!list.IsSuccess)
            {
                await AnafErrorPrinter.PrintAsync(console.Error, list.Error);
                return ExitCodes.InvalidInput;
            }
            await console.Error.WriteLineAsync(list.Value.Title);
            if (list.Value.Messages.Count == 0) return ExitCodes.Ok;
            await console.Output.WriteLineAsync("data_creare\ttip\tid_solicitare\tid\tdetalii");
            foreach (var message in list.Value.Messages)
                await console.Output.WriteLineAsync($"{message.CreatedAt:yyyy-MM-dd HH:mm}\t{message.RawType}\t{message.UploadIndex}\t{message.DownloadId}\t{message.Details}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static MessageFilter? Filter(string? letter) => letter switch
    {
        "E" => MessageFilter.Errors,
        "T" => MessageFilter.Sent,
        "P" => MessageFilter.Received,
        "R" => MessageFilter.BuyerMessages,
        _ => null,
    };
}
