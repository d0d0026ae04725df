using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Api.Authentication;

/// <summary>
/// Lets a request under <c>/v1</c> through only with <c>Authorization: Bearer &lt;api key&gt;</c> of a tenant, and
/// records that tenant for the endpoint (<see cref="TenantAccess.Tenant"/>). Every query an endpoint makes is
/// scoped by that tenant's id, so tenants never see each other's data.
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

        var tenant = await tenants.AuthenticateAsync(header[Scheme.Length..].Trim(), http.RequestAborted).ConfigureAwait(false);
        if (tenant is null) return Unauthorized(http, "The API key is unknown or revoked.");

        TenantAccess.Set(http, tenant);
        return await next(context).ConfigureAwait(false);
    }

    private static IResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblem.Unauthorized(detail);
    }
}
