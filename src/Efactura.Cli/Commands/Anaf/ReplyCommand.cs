using System.CommandLine;
using Efactura.Anaf;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf reply</c>: the buyer's message to the supplier about a received invoice (upload standard=RASP).</summary>
internal static class ReplyCommand
{
    public static Command Create(CliConsole console, AnafOptions anaf)
    {
        var index = new Argument<long>("index") { Description = "The received invoice's upload index (id_solicitare in 'messages', index_incarcare in its ZIP)." };
        var cif = new Option<string>("--cif") { Description = "The buyer's CIF with SPV rights, which sends the message; an RO prefix is dropped.", Required = true };
        var text = new Option<string>("--text") { Description = $"The message to the supplier (1 to {BuyerMessage.MaxTextLength} characters).", Required = true };
        var command = new Command("reply",
            "Send the buyer's message about a received invoice to its supplier (RASP; ANAF allows 1000 a day per CIF). Prints the message's upload index.")
        {
            index, cif, text,
        };
        AnafAction.Set(command, console, async (result, cancellationToken) =>
        {
            var message = new BuyerMessage(result.GetValue(index), result.GetValue(text)!);
            if (message.Problem() is { } problem)
            {
                await console.Error.WriteLineAsync($"Not sent: {problem}");
                return ExitCodes.InvalidInput;
            }
            using var connection = anaf.Connect(result);
            var sent = await connection.Client.SendBuyerMessageAsync(result.GetValue(cif)!, message, cancellationToken);
            return await UploadCommand.ReportAsync(sent, connection.Target, console);
        });
        return command;
    }
}
