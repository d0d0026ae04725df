using System.CommandLine;
using Efactura.Anaf;
using Efactura.Anaf.Results;
using Efactura.Validation;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf upload</c>: sends an invoice (a JSON one is converted first) and prints its upload index.</summary>
internal static class UploadCommand
{
    public static Command Create(CliConsole console, AnafOptions anaf)
    {
        var file = new Argument<string>("file") { Description = "The invoice: UBL XML, or a JSON invoice (converted to UBL first). - reads standard input." };
        var cif = new Option<string>("--cif") { Description = "The CIF with SPV rights the upload is made for (usually the seller's); an RO prefix is dropped.", Required = true };
        var standard = new Option<UploadStandard?>("--standard") { Description = "UBL, CN, CII or RASP (default: read from the document's root)." };
        var b2c = new Option<bool>("--b2c") { Description = "Send to uploadb2c: the buyer is a consumer without CUI." };
        var external = new Option<bool>("--extern") { Description = "extern=DA: the buyer is outside Romania." };
        var selfBilled = new Option<bool>("--self-billed") { Description = "autofactura=DA: the buyer issues the invoice in the seller's name." };
        var enforcement = new Option<bool>("--enforcement") { Description = "executare=DA: filed by an enforcement body." };
        var noValidate = new Option<bool>("--no-validate") { Description = "Send without checking the invoice with the CIUS-RO rules first (by default an invoice ANAF would refuse is not sent)." };
        var command = new Command("upload", "Check an invoice with every CIUS-RO rule, then upload it to ANAF; prints the upload index (index_incarcare) to follow with 'status'. An invoice with an error is not sent (exit code 1).")
        {
            file, cif, standard, b2c, external, selfBilled, enforcement, noValidate,
        };
        AnafAction.Set(command, console, async (result, cancellationToken) =>
        {
            var validator = result.GetValue(noValidate) ? null : new InvoiceValidator(new InvoiceValidatorOptions { TimeProvider = anaf.Clock });
            var document = await InvoiceDocument.ReadAsync(result.GetValue(file)!, console, validator, cancellationToken);
            if (document is null) return ExitCodes.InvalidInput;
            using var connection = anaf.Connect(result);
            var request = new UploadRequest(document.Xml, result.GetValue(cif)!, result.GetValue(standard) ?? document.Standard)
            {
                BusinessToConsumer = result.GetValue(b2c),
                External = result.GetValue(external),
                SelfBilled = result.GetValue(selfBilled),
                Enforcement = result.GetValue(enforcement),
            };
            return await ReportAsync(await connection.Client.UploadAsync(request, cancellationToken), connection.Target, console);
        });
        return command;
    }

    internal static async Task<int> ReportAsync(UploadResult upload, AnafTarget target, CliConsole console)
    {
        switch (upload)
        {
            case UploadAccepted accepted:
                await console.Output.WriteLineAsync(accepted.UploadIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await console.Error.WriteLineAsync($"Uploaded to {target.Name}: index_incarcare {accepted.UploadIndex}. Follow it with: efactura anaf status {accepted.UploadIndex}");
                return ExitCodes.Ok;
            case UnknownOutcome unknown:
                await AnafErrorPrinter.PrintAsync(console.Error, unknown.Error);
                await console.Error.WriteLineAsync("The upload may have reached ANAF. Do not send it again before checking 'efactura anaf messages' (lists can lag behind by minutes).");
                return ExitCodes.InvalidInput;
            default:
                await AnafErrorPrinter.PrintAsync(console.Error, ((UploadRefused)upload).Error);
                return ExitCodes.InvalidInput;
        }
    }
}
