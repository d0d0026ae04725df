using System.CommandLine;
using Efactura.Cli.Validate;
using Efactura.Validation;

namespace Efactura.Cli.Commands;

/// <summary><c>efactura validate</c>: UBL XML and JSON invoices against the official rules and efactura's own warnings.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (.xml UBL Invoice/CreditNote or CII CrossIndustryInvoice, .json efactura invoice), folders (searched recursively), or - for standard input. A CII file is judged through the model: the official rules run on the UBL written from it, and findings point at the fields of what efactura parse prints.",
            Arity = ArgumentArity.OneOrMore,
        };
        var profile = ProfileOption.Create();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (default): findings and a summary for a person; json: each file's path, verdict and findings (id, flag, message, line, column, pointer); html: a page to open in a browser; junit: JUnit XML for CI.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "html", "junit");
        var output = new Option<string?>("--output", "-o") { Description = "Write the json, html or junit report to this file (default: standard output); the summary table then goes to standard output." };
        var publicBuyer = new Option<bool>("--public-buyer") { Description = "The buyer is a public institution: warn when the purchase order reference (BT-13) is missing (EF-B2G-ORDER-REFERENCE). Without it, public buyers are guessed from their names." };
        var officialOnly = new Option<bool>("--official-only") { Description = "Report only the official rules, without efactura's own EF-... warnings (VAT rates by date, CUI/CNP check digits, B2G, B2C, counties, upload deadline)." };
        var command = new Command("validate", "Validate invoices: every official EN 16931 and CIUS-RO rule, plus efactura's own warnings. Exit code 0 when every file is valid, 1 when some file is not, 2 for a usage error.")
        {
            inputs,
            profile,
            format,
            output,
            publicBuyer,
            officialOnly,
        };
        command.SetAction((result, cancellationToken) => RunAsync(new Request(
            result.GetValue(inputs)!,
            ProfileOption.Read(result.GetValue(profile)!),
            Enum.Parse<ReportFormat>(result.GetValue(format)!, ignoreCase: true),
            result.GetValue(output),
            result.GetValue(publicBuyer),
            result.GetValue(officialOnly)), console, clock, cancellationToken));
        return command;
    }

    private sealed record Request(string[] Inputs, ValidationProfile Profile, ReportFormat Format, string? Output, bool PublicBuyer, bool OfficialOnly);

    private static async Task<int> RunAsync(Request request, CliConsole console, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Format == ReportFormat.Text && request.Output is not null)
            throw new UsageException("--output writes a json, html or junit report; add --format json, html or junit");
        var inputs = ValidationInput.Collect(request.Inputs);
        if (inputs.Count(i => i.Path == "-") > 1) throw new UsageException("standard input (-) can be read only once");
        var options = new InvoiceValidatorOptions { OwnWarnings = !request.OfficialOnly, BuyerIsPublic = request.PublicBuyer ? true : null, TimeProvider = clock };
        var verdicts = await new FileValidator(new InvoiceValidator(options), request.Profile, console).ValidateAsync(inputs, cancellationToken);
        var run = new ValidationRun(ProfileOption.Name(request.Profile), verdicts);
        await ReportAsync(request, run, console, cancellationToken);
        return run.Invalid == 0 ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    private static async Task ReportAsync(Request request, ValidationRun run, CliConsole console, CancellationToken cancellationToken)
    {
        if (request.Format == ReportFormat.Text)
        {
            await TextReport.WriteAsync(console.Output, run);
            SummaryTable.Write(console.Output, run, console.IsTerminal);
            return;
        }
        var report = request.Format switch
        {
            ReportFormat.Json => JsonReport.Write(run),
            ReportFormat.Html => HtmlReport.Write(run),
            _ => JunitReport.Write(run),
        };
        await OutputFile.WriteAsync(request.Output, report, console, cancellationToken);
        // A report on standard output stays machine-readable: the summary then goes to standard error.
        SummaryTable.Write(request.Output is null or "-" ? console.Error : console.Output, run, console.IsTerminal);
    }
}
