using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using Efactura.Simulator.Archives;
using Efactura.Simulator.Protocol;
using Efactura.Simulator.Rules;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary>
/// <c>POST /prod/FCTEL/rest/validare/{FACT1|FCN}</c> and <c>transformare/{FACT1|FCN}[/DA]</c> (anaf-api.md §6.1,
/// §6.2): production only (the test environment answers 404, as observed on api.anaf.ro), with a token on the API
/// host and without one on the public host (webservicesp.anaf.ro, served below <see cref="PublicHostPrefix"/>);
/// answers as JSON <c>{stare, Messages, trace_id}</c> or, for transformare, the PDF.
/// </summary>
internal static partial class ValidationEndpoints
{
    /// <summary>Where the simulator serves the public host, webservicesp.anaf.ro: <c>/webservicesp/prod/FCTEL/rest/…</c>.</summary>
    public const string PublicHostPrefix = "/webservicesp";

    private const string StandardError = "Valorile acceptate pentru parametrul standard sunt FACT1 si FCN";

    /// <summary>validare.</summary>
    public static async Task<IResult> ValidateAsync(HttpContext context, SimulatorRuntime runtime, string env, string? standard, bool publicHost)
    {
        if (env != "prod") return Results.NotFound();
        if (!publicHost && Caller.Identify(context, runtime).Refusal is { } unauthorized) return unauthorized;
        if (string.IsNullOrEmpty(standard)) return AnafJson.NotFound("/FCTEL/rest/validare/", runtime.Now);
        var (body, refusal) = await ReadAsync(context, runtime, publicHost);
        if (refusal is not null) return refusal;
        var errors = Check(body, standard, runtime);
        return Verdict(errors);
    }

    /// <summary>transformare, with validation unless <paramref name="noValidation"/> is DA.</summary>
    public static async Task<IResult> TransformAsync(HttpContext context, SimulatorRuntime runtime, string env, string? standard, string? noValidation, bool publicHost)
    {
        if (env != "prod") return Results.NotFound();
        if (!publicHost && Caller.Identify(context, runtime).Refusal is { } unauthorized) return unauthorized;
        if (string.IsNullOrEmpty(standard)) return AnafJson.NotFound("/FCTEL/rest/transformare/", runtime.Now);
        var (body, refusal) = await ReadAsync(context, runtime, publicHost);
        if (refusal is not null) return refusal;
        var errors = noValidation == "DA" && body is not null && Standard(standard) is not null
            ? Readability(body, Standard(standard)!.Value)
            : Check(body, standard, runtime);
        if (errors.Count > 0) return Verdict(errors);
        return Results.File(MinimalPdf.Render(PdfLines(body!)), "application/pdf");
    }

    // The F5 firewall was observed in front of webservicesp.anaf.ro only, not api.anaf.ro (anaf-api.md §1.1).
    private static async Task<(byte[]? Body, IResult? Refusal)> ReadAsync(HttpContext context, SimulatorRuntime runtime, bool publicHost)
    {
        var body = await RequestBody.ReadAsync(context.Request, runtime.Options.Limits.MaxValidationBytes, context.RequestAborted);
        if (body is not null && publicHost && runtime.Options.EmulateFirewall && TripsFirewall(body))
            return (null, GatewayAnswers.Firewall(runtime.Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (body, null);
    }

    private static IReadOnlyList<string> Check(byte[]? body, string standardText, SimulatorRuntime runtime)
    {
        if (Standard(standardText) is not { } standard) return [StandardError];
        if (body is null) return [UploadMessages.TooLarge(runtime.Options.Limits.MaxValidationBytes)];
        var unreadable = Readability(body, standard);
        return unreadable.Count > 0 ? unreadable : runtime.Options.Rules.Check(body, standard).Errors;
    }

    private static IReadOnlyList<string> Readability(byte[] body, UploadStandard standard)
    {
        try
        {
            var root = RootElement.Read(body);
            var expected = standard == UploadStandard.UBL ? ("Invoice", AnafNamespaces.UblInvoice) : ("CreditNote", AnafNamespaces.UblCreditNote);
            return (root.LocalName, root.Namespace) == expected ? [] : [UploadMessages.UnknownRoot(root)];
        }
        catch (XmlException e)
        {
            return [UploadMessages.NotWellFormed(e.LineNumber, e.LinePosition, e.Message)];
        }
    }

    private static UploadStandard? Standard(string value) => value switch
    {
        "FACT1" => UploadStandard.UBL,
        "FCN" => UploadStandard.CN,
        _ => null,
    };

    private static IResult Verdict(IReadOnlyList<string> errors)
    {
        var body = new JsonObject { ["stare"] = errors.Count == 0 ? "ok" : "nok" };
        if (errors.Count > 0) body["Messages"] = new JsonArray(errors.Select(e => (JsonNode)new JsonObject { ["message"] = e }).ToArray());
        body["trace_id"] = Guid.NewGuid().ToString();
        return AnafJson.Result(body);
    }

    private static IReadOnlyList<string> PdfLines(byte[] body)
    {
        var facts = DocumentFacts.Read(body, UploadStandard.UBL);
        return [$"Factura {facts.DocumentNumber}", $"Furnizor CIF: {facts.SellerCif}", $"Cumparator: {facts.BuyerCif}", "Simulator ANAF (efactura)"];
    }

    // The F5 rules seen on webservicesp.anaf.ro (anaf-api.md §1.1): a relative xsi:schemaLocation path, or ";CP " in text.
    private static bool TripsFirewall(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Contains(";CP ", StringComparison.Ordinal) || RelativeSchemaLocation().IsMatch(text);
    }

    [GeneratedRegex("""schemaLocation\s*=\s*["'][^"']*\s(\.\.?/|[A-Za-z0-9_-]+/)[^"']*["']""")]
    private static partial Regex RelativeSchemaLocation();
}
