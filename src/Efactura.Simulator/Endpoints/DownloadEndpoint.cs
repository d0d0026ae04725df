using Efactura.Simulator.Archives;
using Efactura.Simulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary><c>GET /{env}/FCTEL/rest/descarcare?id=</c> (anaf-api.md §5): the ZIP, or HTTP 200 JSON errors.</summary>
internal static class DownloadEndpoint
{
    private const string Title = "Descarcare mesaj";

    /// <summary>Handles one download.</summary>
    public static IResult Handle(HttpContext context, SimulatorRuntime runtime, string env)
    {
        if (EnvironmentSegment.Parse(env) is not { } environment) return Results.NotFound();
        var (user, refusal) = Caller.Identify(context, runtime);
        if (refusal is not null) return refusal;
        var now = runtime.Now;
        var idText = context.Request.Query["id"].ToString();
        if (idText.Length == 0) return AnafJson.BadRequest("Parametrul id este obligatoriu", now);
        if (Parameters.Long(idText) is not { } id) return AnafJson.Error($"Id descarcare introdus= {idText} nu este un numar intreg", Title);
        var download = runtime.Stores[environment].FindDownload(id, now);
        if (download is null) return AnafJson.Error($"Pentru id={idText} nu exista inregistrata nici o factura", Title);
        // "acesta" is ANAF's spelling.
        if (!download.Readers.Any(user!.MayActFor)) return AnafJson.Error("Nu aveti dreptul sa descarcati acesta factura", Title);
        var limits = runtime.Options.Limits;
        if (download.CreatedAt < now.AddDays(-limits.RetentionDays))
            return AnafJson.Error($"Fisierul nu mai poate fi descarcat pentru ca a trecut perioada de {limits.RetentionDays} de zile in care este disponibil", Title);
        if (!runtime.Daily.TryCount("descarcare", $"{environment}:{id}", limits.DownloadsPerMessagePerDay, now))
            return AnafJson.Error($"S-au facut deja {limits.DownloadsPerMessagePerDay} descarcari de mesaj in cursul zilei", Title);
        var zip = DownloadArchive.Create(download.FileIndex, download.Document, runtime.Signer.Sign(download.Document, environment), now);
        return Results.File(zip, "application/zip", $"{download.FileIndex}.zip");
    }
}
