using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Problems;
using Efactura.Server.Application.Archive;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Efactura.Server.Api.Archive;

/// <summary>
/// <c>GET /v1/companies/{id}/archive?from=yyyy-MM-dd&amp;to=yyyy-MM-dd[&amp;pdf=false]</c>: the company's archive of a
/// period as one ZIP (<see cref="CompanyArchive"/>), streamed to the response as it is made.
/// </summary>
public static class ArchiveApi
{
    /// <summary>Maps the endpoint under <paramref name="v1"/>.</summary>
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapGet("/companies/{id}/archive", GetAsync).WithTags("Companies")
            .WithName("GetCompanyArchive")
            .WithSummary("A ZIP of the company's invoices issued and received in a period: ANAF's ZIP, the XML, the PDF and an index (CSV and JSON)")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<PushStreamHttpResult, ProblemAnswer>> GetAsync(HttpContext http, CompanyArchive archives, string id, string? from, string? to, string? pdf)
    {
        var tenant = http.Tenant();
        var company = Guid.TryParse(id, out var companyId)
            ? await archives.FindCompanyAsync(tenant.Id, companyId, http.RequestAborted).ConfigureAwait(false)
            : null;
        if (company is null) return ApiProblem.NotFound($"There is no company {id}.");
        var (period, error) = ArchivePeriod.Parse(from, to);
        if (period is null) return ApiProblem.BadRequest(error!);
        if (pdf is not (null or "true" or "false")) return ApiProblem.BadRequest($"pdf '{pdf}' is neither true nor false.");

        // Results.Stream hands us the response body once the headers are set; nothing is buffered in between.
        return TypedResults.Stream(
            body => archives.WriteAsync(company, period, pdf != "false", body, http.RequestAborted),
            "application/zip", CompanyArchive.FileName(company, period));
    }
}
