using Efactura.Simulator.Protocol;
using Efactura.Simulator.Rules;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary><c>GET /{env}/FCTEL/rest/stareMesaj?id_incarcare=</c> (anaf-api.md §3).</summary>
internal static class StatusEndpoint
{
    /// <summary>Handles one status query.</summary>
    public static IResult Handle(HttpContext context, SimulatorRuntime runtime, string env)
    {
        if (EnvironmentSegment.Parse(env) is not { } environment) return Results.NotFound();
        var (user, refusal) = Caller.Identify(context, runtime);
        if (refusal is not null) return refusal;
        var now = runtime.Now;
        var idText = context.Request.Query["id_incarcare"].ToString();
        if (idText.Length == 0) return AnafJson.BadRequest("Parametrul id_incarcare este obligatoriu", now);
        // "petru" and "inteorgare" are ANAF's spelling.
        if (user!.Cuis.Count == 0) return AnafXmlResult.StateError("Nu exista niciun CIF petru care sa aveti drept");
        if (Parameters.Long(idText) is not { } index) return AnafXmlResult.StateError($"Id_incarcare introdus= {idText} nu este un numar intreg");
        var upload = runtime.Stores[environment].FindUpload(index);
        if (upload is null) return AnafXmlResult.StateError($"Nu exista factura cu id_incarcare= {idText}");
        if (!user.MayActFor(upload.Cif) && !user.MayActFor(upload.SellerCif))
            return AnafXmlResult.StateError($"Nu aveti dreptul de inteorgare pentru id_incarcare= {idText}");
        var limit = runtime.Options.Limits.StatusQueriesPerMessagePerDay;
        if (!runtime.Daily.TryCount("stare", $"{environment}:{index}", limit, now))
            return AnafXmlResult.StateError($"S-au facut deja {limit} descarcari de mesaj in cursul zilei");
        if (now < upload.ProcessedAt) return AnafXmlResult.State("in prelucrare", null);
        return upload.Verdict.Kind switch
        {
            InvoiceVerdictKind.Accepted => AnafXmlResult.State("ok", upload.DownloadId),
            InvoiceVerdictKind.Rejected => AnafXmlResult.State("nok", upload.DownloadId),
            _ => AnafXmlResult.State("XML cu erori nepreluat de sistem", null),
        };
    }
}
