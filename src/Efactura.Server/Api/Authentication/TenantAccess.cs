using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Api.Authentication;

/// <summary>The tenant <see cref="ApiKeyFilter"/> authenticated for the current request.</summary>
public static class TenantAccess
{
    private static readonly object Key = new();

    /// <summary>The request's tenant.</summary>
    /// <exception cref="InvalidOperationException">The endpoint is not behind <see cref="ApiKeyFilter"/>.</exception>
    public static Tenant Tenant(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(Key, out var tenant) && tenant is Tenant t
            ? t
            : throw new InvalidOperationException("This endpoint is not behind the API key filter.");
    }

    internal static void Set(HttpContext http, Tenant tenant) => http.Items[Key] = tenant;
}
