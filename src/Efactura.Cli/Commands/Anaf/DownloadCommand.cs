using System.CommandLine;
using Efactura.Anaf;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf download</c>: descarcare, the ZIP kept byte for byte; an error file is explained, a buyer's message (RASP) printed.</summary>
internal static class DownloadCommand
{
    public static Command Create(CliConsole console, AnafOptions anaf)
    {
        var id = new Argument<long>("id") { Description = "The download id (id_descarcare from 'status', or id from 'messages')." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to save the ZIP (default: {id}.zip in the current folder)." };
        var command = new Command("download", "Download a message's ZIP (the legal original: the invoice, error file or buyer's message, and ANAF's signature); explains an error file, prints a buyer's message.")
        {
            id, output,
        };
        AnafAction.Set(command, console, async (result, cancellationToken) =>
        {
            using var connection = anaf.Connect(result);
            var downloadId = result.GetValue(id);
            var archive = await connection.Client.DownloadAsync(downloadId, cancellationToken);
            if (!archive.IsSuccess)
            {
                await AnafErrorPrinter.PrintAsync(console.Error, archive.Error);
                return ExitCodes.InvalidInput;
            }
            var path = result.GetValue(output) ?? $"{downloadId}.zip";
            if (path == "-") throw new UsageException("a ZIP is not written to standard output: give -o FILE");
            await OutputFile.WriteAsync(path, archive.Value.Zip, console, cancellationToken);
            var contents = archive.Value.Contents;
            await console.Output.WriteLineAsync($"{path}: {contents.DocumentName} + {contents.SignatureName}");
            if (archive.Value.ErrorFile is { } errors)
            {
                await console.Output.WriteLineAsync($"Error file of upload {errors.UploadIndex} (CIF {errors.IssuerCif}): {errors.Messages.Count} error(s)");
                await AnafErrorPrinter.PrintAsync(console.Output, errors.Explanations);
            }
            else if (BuyerMessage.TryRead(contents.Document) is { } reply)
            {
                await console.Output.WriteLineAsync($"Buyer's message about the invoice of upload {reply.AnsweredIndex}:");
                await console.Output.WriteLineAsync(reply.Text);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
