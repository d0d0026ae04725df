using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Core.Json;
using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Requests;
using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Api.Admin;

/// <summary>
/// <c>/admin/v1</c>: tenants and their API keys for the operator, guarded by the operator key
/// (<see cref="OperatorKeyFilter"/>); the same as <c>dotnet Efactura.Server.dll tenants|keys ...</c>. Left out of the
/// public OpenAPI document: it is no part of the tenants' API, and an integration generated from that document must
/// not get operator calls.
/// </summary>
public static class AdminApi
{
    /// <summary>Maps the admin endpoints.</summary>
    public static RouteGroupBuilder MapEfacturaAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/v1").AddEndpointFilter<OperatorKeyFilter>().ExcludeFromDescription();
        admin.MapGet("/tenants", ListTenantsAsync);
        admin.MapPost("/tenants", CreateTenantAsync);
        admin.MapGet("/tenants/{tenantId}/keys", ListKeysAsync);
        admin.MapPost("/tenants/{tenantId}/keys", CreateKeyAsync);
        admin.MapPost("/tenants/{tenantId}/keys/{keyId}/rotate", RotateKeyAsync);
        admin.MapDelete("/tenants/{tenantId}/keys/{keyId}", RevokeKeyAsync);
        return admin;
    }

    private static async Task<JsonOk<List<TenantResponse>>> ListTenantsAsync(HttpContext http, TenantRepository tenants) =>
        new((await tenants.ListAsync(http.RequestAborted).ConfigureAwait(false)).Select(t => TenantResponse.From(t)).ToList());

    private static async Task<Results<JsonCreated<TenantResponse>, ProblemAnswer>> CreateTenantAsync(HttpContext http, TenantRepository tenants)
    {
        var (request, problem) = await RequestBody.ReadAsync<TenantRequest>(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(request!.Name))
            return RequestBody.Invalid("invalid-tenant", "The tenant is not valid",
                [RequestBody.Finding(JsonErrorCodes.Required, "/name", "The tenant's name is missing.", "Send name, e.g. \"Contabilitate Alfa\".")]);
        var created = await tenants.CreateAsync(request.Name.Trim(), http.RequestAborted).ConfigureAwait(false);
        return new JsonCreated<TenantResponse>($"/admin/v1/tenants/{created.Tenant.Id}/keys", TenantResponse.From(created.Tenant, created.ApiKey));
    }

    private static async Task<Results<JsonOk<List<ApiKeyResponse>>, ProblemAnswer>> ListKeysAsync(HttpContext http, TenantRepository tenants, string tenantId)
    {
        var tenant = await FindAsync(http, tenants, tenantId).ConfigureAwait(false);
        if (tenant is null) return NoTenant(tenantId);
        return new JsonOk<List<ApiKeyResponse>>((await tenants.ListApiKeysAsync(tenant.Id, http.RequestAborted).ConfigureAwait(false)).Select(ApiKeyResponse.From).ToList());
    }

    private static async Task<Results<JsonCreated<ApiKeyResponse>, ProblemAnswer>> CreateKeyAsync(HttpContext http, TenantRepository tenants, TimeProvider time, string tenantId)
    {
        var tenant = await FindAsync(http, tenants, tenantId).ConfigureAwait(false);
        if (tenant is null) return NoTenant(tenantId);
        var (request, problem) = await RequestBody.ReadAsync(http.Request, new ApiKeyRequest(null, null, null)).ConfigureAwait(false);
        if (problem is not null) return problem;
        if (request!.ExpiresAt is { } expires && expires <= time.GetUtcNow())
            return RequestBody.Invalid("invalid-api-key", "The API key is not valid",
                [RequestBody.Finding(JsonErrorCodes.Format, "/expiresAt", $"expiresAt {expires:O} is not in the future.", "Send a later instant, or leave expiresAt out.")]);
        var key = await tenants.IssueApiKeyAsync(tenant.Id, new ApiKeySpec(request.Name?.Trim() ?? "", request.Scope ?? ApiKeyScope.Write, request.ExpiresAt),
            http.RequestAborted).ConfigureAwait(false);
        return new JsonCreated<ApiKeyResponse>($"/admin/v1/tenants/{tenant.Id}/keys", ApiKeyResponse.From(key));
    }

    private static async Task<Results<JsonCreated<ApiKeyResponse>, ProblemAnswer>> RotateKeyAsync(HttpContext http, TenantRepository tenants, string tenantId, string keyId)
    {
        var tenant = await FindAsync(http, tenants, tenantId).ConfigureAwait(false);
        if (tenant is null) return NoTenant(tenantId);
        var key = Guid.TryParse(keyId, out var id) ? await tenants.RotateApiKeyAsync(tenant.Id, id, http.RequestAborted).ConfigureAwait(false) : null;
        return key is null ? NoKey(keyId) : new JsonCreated<ApiKeyResponse>($"/admin/v1/tenants/{tenant.Id}/keys", ApiKeyResponse.From(key));
    }

    private static async Task<Results<NoContent, ProblemAnswer>> RevokeKeyAsync(HttpContext http, TenantRepository tenants, string tenantId, string keyId)
    {
        var tenant = await FindAsync(http, tenants, tenantId).ConfigureAwait(false);
        if (tenant is null) return NoTenant(tenantId);
        var revoked = Guid.TryParse(keyId, out var id) && await tenants.RevokeApiKeyAsync(tenant.Id, id, http.RequestAborted).ConfigureAwait(false);
        return revoked ? TypedResults.NoContent() : NoKey(keyId);
    }

    private static async Task<Tenant?> FindAsync(HttpContext http, TenantRepository tenants, string tenantId) =>
        Guid.TryParse(tenantId, out var id) ? await tenants.GetAsync(id, http.RequestAborted).ConfigureAwait(false) : null;

    private static ProblemAnswer NoTenant(string tenantId) => ApiProblem.NotFound($"There is no tenant {tenantId}.");

    private static ProblemAnswer NoKey(string keyId) => ApiProblem.NotFound($"There is no working API key {keyId} of this tenant.");
}
