using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Api.Authentication;

/// <summary>
/// Lets a request under <c>/v1</c> through only with <c>Authorization: Bearer &lt;api key&gt;</c> of a tenant, and
/// records that tenant for the endpoint (<see cref="TenantAccess.Tenant"/>). Every query an endpoint makes is
/// scoped by that tenant's id, so tenants never see each other's data. A read-scoped key may call GET and HEAD and the
/// endpoints marked <see cref="ReadsOnlyMetadata"/>; anything else is 403. An expired or revoked key is 401.
/// </summary>
public sealed class ApiKeyFilter(TenantRepository tenants) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
            return Unauthorized(http, "Send the API key as 'Authorization: Bearer <api key>'.");

        var access = await tenants.AuthenticateKeyAsync(header[Scheme.Length..].Trim(), http.RequestAborted).ConfigureAwait(false);
        if (access is null) return Unauthorized(http, "The API key is unknown, revoked or expired.");
        if (access.Scope == ApiKeyScope.Read && !MayRead(http))
            return ApiProblem.Forbidden($"This API key is read-only: {http.Request.Method} {http.Request.Path} changes data. Use a key with scope 'write'.");

        TenantAccess.Set(http, access.Tenant);
        return await next(context).ConfigureAwait(false);
    }

    private static bool MayRead(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
        || http.GetEndpoint()?.Metadata.GetMetadata<ReadsOnlyMetadata>() is not null;

    private static IResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblem.Unauthorized(detail);
    }
}
