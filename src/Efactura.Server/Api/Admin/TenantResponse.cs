using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Api.Admin;

/// <summary>A tenant as the admin API shows it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ApiKey">Its first key, only in the answer that created it.</param>
public sealed record TenantResponse(Guid Id, string Name, DateTimeOffset CreatedAt, ApiKeyResponse? ApiKey = null)
{
    /// <summary>The admin shape of <paramref name="tenant"/>.</summary>
    public static TenantResponse From(Tenant tenant, IssuedApiKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return new(tenant.Id, tenant.Name, tenant.CreatedAt, key is null ? null : ApiKeyResponse.From(key));
    }
}
