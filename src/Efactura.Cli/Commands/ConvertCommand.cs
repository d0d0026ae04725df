using System.CommandLine;
using Efactura.Core.Json;
using Efactura.Ubl;
using Efactura.Validation;

namespace Efactura.Cli.Commands;

/// <summary>
/// <c>efactura convert</c>: a JSON invoice to UBL 2.1 CIUS-RO XML. The XML is checked with the official rules before
/// it is written (what ANAF would refuse is not written), unless <c>--no-validate</c>.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var profile = ProfileOption.Create();
        var noValidate = new Option<bool>("--no-validate")
        {
            Description = "Write the XML without checking it with the official rules (only the JSON's own errors stop the conversion).",
        };
        return ConversionCommand.Create(
            "convert",
            "Convert a JSON invoice to UBL 2.1 CIUS-RO XML: computes totals and VAT, checks the result with every official rule (--profile), and reports every error with its JSON pointer. Nothing is written when there is an error.",
            "The JSON invoice file.",
            "Where to write the XML",
            console,
            async (json, source, options, cancellationToken) =>
            {
                if (options.GetValue(noValidate))
                {
                    var parsed = InvoiceJson.Parse(json);
                    await FindingPrinter.PrintAsync(console.Error, source, parsed.Findings);
                    return parsed.IsSuccess ? new UblWriter().ToBytes(parsed.Invoice!) : null;
                }
                var validator = new InvoiceValidator(new InvoiceValidatorOptions { TimeProvider = clock });
                var result = validator.ValidateJson(json, ProfileOption.Read(options.GetValue(profile)!));
                await FindingPrinter.PrintAsync(console.Error, source, result.Findings);
                return result.IsValid && result.Invoice is { } invoice ? new UblWriter().ToBytes(invoice) : null;
            },
            profile,
            noValidate);
    }
}
