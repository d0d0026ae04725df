using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Requests;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Api.Sync;

/// <summary>
/// <c>POST /v1/sync</c>: the incoming sync of the tenant's companies (or one) is made due now. The sync worker does
/// the work, so the answer is 202: messages and invoices appear in <c>/v1/messages</c> and <c>/v1/incoming</c> as it finishes.
/// </summary>
public static class SyncApi
{
    /// <summary>Maps the endpoint on the <c>/v1</c> group.</summary>
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapPost("/sync", SyncAsync)
            .WithTags("Incoming invoices")
            .WithName("syncNow")
            .WithSummary("Fetches incoming invoices and messages from ANAF now (all companies, or {companyId})")
            .Accepts<SyncRequest>(isOptional: true, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<JsonAccepted<SyncResponse>, ProblemAnswer>> SyncAsync(HttpContext http, CompanyRepository companies, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadAsync(http.Request, whenEmpty: new SyncRequest()).ConfigureAwait(false);
        if (problem is not null) return problem;
        var tenantId = http.Tenant().Id;
        if (body?.CompanyId is { } companyId)
        {
            var company = await companies.GetAsync(tenantId, companyId, cancellationToken).ConfigureAwait(false);
            if (company is null) return ApiProblem.NotFound($"There is no company {companyId}.");
            if (!company.Settings.SyncEnabled)
                return ApiProblem.Conflict("sync-disabled", $"Company {companyId} has sync turned off; turn syncEnabled on in its settings first.");
        }
        var now = time.GetUtcNow();
        var due = await companies.MarkSyncDueAsync(tenantId, body?.CompanyId, cancellationToken).ConfigureAwait(false);
        return new JsonAccepted<SyncResponse>(new SyncResponse(due, now));
    }
}
