using System.Xml;
using Efactura.Simulator.Protocol;
using Efactura.Simulator.Rules;
using Efactura.Simulator.State;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary><c>POST /{env}/FCTEL/rest/upload</c> and <c>/uploadb2c</c> (anaf-api.md §2).</summary>
internal static class UploadEndpoint
{
    private const string Yes = "DA";

    /// <summary>Handles one upload.</summary>
    public static async Task<IResult> HandleAsync(HttpContext context, SimulatorRuntime runtime, string env)
    {
        if (EnvironmentSegment.Parse(env) is not { } environment) return Results.NotFound();
        var (user, refusal) = Caller.Identify(context, runtime);
        if (refusal is not null) return refusal;
        var now = runtime.Now;
        var query = context.Request.Query;
        string standardText = query["standard"].ToString(), cif = query["cif"].ToString();
        if (standardText.Length == 0 || cif.Length == 0) return AnafJson.BadRequest(UploadMessages.MissingParameters, now);
        var limits = runtime.Options.Limits;
        var body = await RequestBody.ReadAsync(context.Request, limits.MaxUploadBytes, context.RequestAborted);
        if (body is { Length: 0 }) return AnafJson.BadRequest(UploadMessages.MissingFile, now);

        var error = ParameterError(standardText, cif, query) ?? (body is null ? UploadMessages.TooLarge(limits.MaxUploadBytes) : null)
            ?? RightsError(user!, cif, query, runtime);
        if (error is not null) return AnafXmlResult.UploadError(now, error);
        var standard = ParseStandard(standardText)!.Value;
        if (standard == UploadStandard.RASP && !runtime.Daily.TryCount("rasp", cif, limits.BuyerMessagesPerCuiPerDay, now))
            return AnafXmlResult.UploadError(now, UploadMessages.BuyerMessageLimit(limits.BuyerMessagesPerCuiPerDay, cif));
        if (DocumentError(body!, standard) is { } documentError) return AnafXmlResult.UploadError(now, documentError);

        var verdict = standard == UploadStandard.RASP ? InvoiceVerdict.Accepted : runtime.Options.Rules.Check(body!, standard);
        var messages = runtime.Stores[environment];
        var upload = messages.Next(standard, cif, DocumentFacts.Read(body!, standard), body!,
            query["autofactura"] == Yes, now, now + runtime.Options.ProcessingDelay, verdict);
        // Saved before the index is answered: an index the caller holds survives a restart.
        await runtime.Store.SaveUploadAsync(environment, upload, context.RequestAborted);
        messages.Publish(upload);
        return AnafXmlResult.Upload(now, upload.Index, []);
    }

    private static string? ParameterError(string standard, string cif, IQueryCollection query)
    {
        if (ParseStandard(standard) is null) return UploadMessages.InvalidStandard;
        if (!Parameters.IsNumber(cif)) return UploadMessages.CifNotNumber(cif);
        if (query.ContainsKey("extern") && query["extern"] != Yes) return UploadMessages.InvalidExtern;
        if (query.ContainsKey("autofactura") && query["autofactura"] != Yes) return UploadMessages.InvalidSelfBilling;
        if (query.ContainsKey("executare") && query["executare"] != Yes) return UploadMessages.InvalidEnforcement;
        return null;
    }

    private static UploadStandard? ParseStandard(string value) => value switch
    {
        "UBL" => UploadStandard.UBL,
        "CN" => UploadStandard.CN,
        "CII" => UploadStandard.CII,
        "RASP" => UploadStandard.RASP,
        _ => null,
    };

    private static string? RightsError(SpvUser user, string cif, IQueryCollection query, SimulatorRuntime runtime)
    {
        if (user.Cuis.Count == 0) return UploadMessages.NoRightsAtAll;
        if (!user.MayActFor(cif)) return UploadMessages.NoRights(cif);
        if (query.ContainsKey("executare") && !runtime.Options.EnforcementRegistry.Contains(cif))
            return UploadMessages.NotInEnforcementRegistry(cif);
        return null;
    }

    private static string? DocumentError(byte[] body, UploadStandard standard)
    {
        RootElement root;
        try
        {
            root = RootElement.Read(body);
        }
        catch (XmlException e)
        {
            return UploadMessages.NotWellFormed(e.LineNumber, e.LinePosition, Reason(e));
        }
        var expected = standard switch
        {
            UploadStandard.UBL => ("Invoice", AnafNamespaces.UblInvoice),
            UploadStandard.CN => ("CreditNote", AnafNamespaces.UblCreditNote),
            UploadStandard.CII => ("CrossIndustryInvoice", AnafNamespaces.CrossIndustryInvoice),
            _ => ("header", AnafNamespaces.BuyerMessage),
        };
        return (root.LocalName, root.Namespace) == expected ? null : UploadMessages.UnknownRoot(root);
    }

    // .NET appends " Line n, position m." to its messages; the position is already in the SAX wrapping.
    private static string Reason(XmlException e)
    {
        var message = e.Message;
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
