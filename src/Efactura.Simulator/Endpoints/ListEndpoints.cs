using System.Globalization;
using System.Text.Json.Nodes;
using Efactura.Simulator.Protocol;
using Efactura.Simulator.State;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary>
/// <c>GET /{env}/FCTEL/rest/listaMesajeFactura</c> and <c>listaMesajePaginatieFactura</c> (anaf-api.md §4):
/// always HTTP 200 JSON, errors and empty results as <c>{"eroare","titlu":"Lista Mesaje"}</c>.
/// </summary>
internal static class ListEndpoints
{
    private const string ErrorTitle = "Lista Mesaje";
    private const string FilterError = "Valorile acceptate pentru parametrul filtru sunt E, T, P sau R";

    /// <summary>The simple list: the last <c>zile</c> days, at most one page.</summary>
    public static IResult Simple(HttpContext context, SimulatorRuntime runtime, string env)
    {
        if (EnvironmentSegment.Parse(env) is not { } environment) return Results.NotFound();
        var (user, refusal) = Caller.Identify(context, runtime);
        if (refusal is not null) return refusal;
        var now = runtime.Now;
        var query = context.Request.Query;
        string daysText = query["zile"].ToString(), cif = query["cif"].ToString();
        if (daysText.Length == 0 || cif.Length == 0) return AnafJson.BadRequest("Parametrii zile si cif sunt obligatorii", now);
        if (!Parameters.IsNumber(cif)) return AnafJson.Error($"CIF introdus= {cif} nu este un numar", ErrorTitle);
        if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            return AnafJson.Error($"Numarul de zile introdus= {daysText} nu este un numar intreg", ErrorTitle);
        if (days is < 1 or > 60) return AnafJson.Error("Numarul de zile trebuie sa fie intre 1 si 60", ErrorTitle);
        if (Filter(query) is { Error: { } filterError }) return AnafJson.Error(filterError, ErrorTitle);
        if (RightsError(user!, cif) is { } rightsError) return AnafJson.Error(rightsError, ErrorTitle);
        var limits = runtime.Options.Limits;
        if (!runtime.Daily.TryCount("lista", $"{environment}:{cif}", limits.SimpleListQueriesPerCuiPerDay, now))
            return AnafJson.Error(LimitMessage(limits.SimpleListQueriesPerCuiPerDay), ErrorTitle);

        var entries = Visible(runtime, environment, cif, now.AddDays(-days), now, Filter(query).Type)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.DownloadId).ToList();
        if (entries.Count > limits.PageSize)
            return AnafJson.Error($"Lista de mesaje este mai mare decat numarul de {limits.PageSize} elemente permise in pagina. Folositi endpoint-ul cu paginatie.", ErrorTitle);
        if (entries.Count == 0) return AnafJson.Error($"Nu exista mesaje in ultimele {days} zile", ErrorTitle);
        return AnafJson.Result(new JsonObject
        {
            ["mesaje"] = Messages(entries),
            ["serial"] = user!.Serial,
            ["cui"] = cif,
            ["titlu"] = $"Lista Mesaje disponibile din ultimele {days} zile",
        });
    }

    /// <summary>The paginated list: a window in Unix milliseconds, pages of 500, 1-based.</summary>
    public static IResult Paged(HttpContext context, SimulatorRuntime runtime, string env)
    {
        if (EnvironmentSegment.Parse(env) is not { } environment) return Results.NotFound();
        var (user, refusal) = Caller.Identify(context, runtime);
        if (refusal is not null) return refusal;
        var now = runtime.Now;
        var query = context.Request.Query;
        string startText = query["startTime"].ToString(), endText = query["endTime"].ToString(),
            cif = query["cif"].ToString(), pageText = query["pagina"].ToString();
        if (startText.Length == 0 || endText.Length == 0 || cif.Length == 0 || pageText.Length == 0)
            return AnafJson.BadRequest("Parametrii startTime, endTime, cif si pagina sunt obligatorii", now);
        if (Parameters.Long(startText) is not { } startMs) return AnafJson.Error(NotAValue("startTime", startText), ErrorTitle);
        if (Parameters.Long(endText) is not { } endMs) return AnafJson.Error(NotAValue("endTime", endText), ErrorTitle);
        if (!Parameters.IsNumber(cif)) return AnafJson.Error($"CIF introdus= {cif} nu este un numar sau nu are o valoare acceptata de sistem", ErrorTitle);
        if (Parameters.Long(pageText) is not ({ } page and > 0)) return AnafJson.Error(NotAValue("pagina", pageText), ErrorTitle);
        if (Filter(query) is { Error: { } filterError }) return AnafJson.Error(filterError, ErrorTitle);
        if (RightsError(user!, cif) is { } rightsError) return AnafJson.Error(rightsError, ErrorTitle);
        var limits = runtime.Options.Limits;
        var start = DateTimeOffset.FromUnixTimeMilliseconds(startMs);
        var end = DateTimeOffset.FromUnixTimeMilliseconds(endMs);
        if (WindowError(start, end, now, limits.RetentionDays) is { } windowError) return AnafJson.Error(windowError, ErrorTitle);
        if (!runtime.Daily.TryCount("lista-paginatie", $"{environment}:{cif}", limits.PagedListQueriesPerCuiPerDay, now))
            return AnafJson.Error(LimitMessage(limits.PagedListQueriesPerCuiPerDay), ErrorTitle);

        var entries = Visible(runtime, environment, cif, start, end, Filter(query).Type)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.DownloadId).ThenBy(e => e.Type, StringComparer.Ordinal).ToList();
        if (entries.Count == 0) return AnafJson.Error("Nu exista mesaje in intervalul selectat", ErrorTitle);
        var pages = (entries.Count + limits.PageSize - 1) / limits.PageSize;
        if (page > pages) return AnafJson.Error($"Pagina solicitata {page} este mai mare decat numarul toatal de pagini {pages}", ErrorTitle);
        var onPage = entries.Skip((int)(page - 1) * limits.PageSize).Take(limits.PageSize).ToList();
        return AnafJson.Result(new JsonObject
        {
            ["mesaje"] = Messages(onPage),
            ["numar_inregistrari_in_pagina"] = onPage.Count,
            ["numar_total_inregistrari_per_pagina"] = limits.PageSize,
            ["numar_total_inregistrari"] = entries.Count,
            ["numar_total_pagini"] = pages,
            ["index_pagina_curenta"] = page,
            ["serial"] = user!.Serial,
            ["cui"] = cif,
            ["titlu"] = $"Lista Mesaje disponibile din intervalul {RomanianTime.Display(start)} - {RomanianTime.Display(end)}",
        });
    }

    private static IEnumerable<ListEntry> Visible(SimulatorRuntime runtime, AnafEnvironment environment, string cif,
        DateTimeOffset from, DateTimeOffset to, string? type)
    {
        var retained = runtime.Now.AddDays(-runtime.Options.Limits.RetentionDays);
        return runtime.Stores[environment].Entries(cif, from > retained ? from : retained, to, runtime.Now, runtime.ListLag)
            .Where(e => type is null || e.Type == type);
    }

    private static (string? Type, string? Error) Filter(IQueryCollection query)
    {
        if (!query.ContainsKey("filtru")) return (null, null);
        var type = MessageTypes.ForFilter(query["filtru"].ToString());
        return type is null ? (null, FilterError) : (type, null);
    }

    private static string? RightsError(SpvUser user, string cif)
    {
        if (user.Cuis.Count == 0) return "Nu exista niciun CIF pentru care sa aveti drept in SPV";
        return user.MayActFor(cif) ? null : $"Nu aveti drept in SPV pentru CIF={cif}";
    }

    private static string? WindowError(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, int retentionDays)
    {
        if (start < now.AddDays(-retentionDays))
            return $"startTime = {RomanianTime.Display(start)} nu poate fi mai vechi de {retentionDays} de zile fata de momentul requestului";
        if (end <= start) return $"endTime = {RomanianTime.Display(end)} nu poate fi <= startTime = {RomanianTime.Display(start)}";
        // The live form appends the server's time (anaf-api.md §4.1, observed in PROD 2026-07-30).
        if (end > now) return $"endTime = {RomanianTime.Display(end)} nu poate in viitor fata de momentul requestului = {RomanianTime.Display(now)}";
        return null;
    }

    private static string NotAValue(string name, string value) => $"{name} = {value} nu este un numar sau nu are o valoare acceptata de sistem";

    // The Swagger example still says 1000 (it predates the 1500 / 100,000 limits); the count is the configured limit.
    private static string LimitMessage(int limit) => $"S-au facut deja {limit} interogari de lista mesaje de catre utilizator in cursul zilei";

    private static JsonArray Messages(IEnumerable<ListEntry> entries) =>
        new(entries.Select(e => (JsonNode)new JsonObject
        {
            ["data_creare"] = RomanianTime.Compact(e.CreatedAt),
            ["cif"] = e.Cif,
            ["id_solicitare"] = e.UploadIndex.ToString(CultureInfo.InvariantCulture),
            ["detalii"] = e.Details,
            ["tip"] = e.Type,
            ["id"] = e.DownloadId.ToString(CultureInfo.InvariantCulture),
        }).ToArray());
}
