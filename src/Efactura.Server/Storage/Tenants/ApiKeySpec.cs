namespace Efactura.Server.Storage.Tenants;

/// <summary>How a new API key is made.</summary>
/// <param name="Name">A name for people (what uses it); may be empty.</param>
/// <param name="Scope">What it may do; default write.</param>
/// <param name="ExpiresAt">When it stops working by itself; null for never.</param>
public sealed record ApiKeySpec(string Name = "", ApiKeyScope Scope = ApiKeyScope.Write, DateTimeOffset? ExpiresAt = null)
{
    /// <summary>The first key of a new tenant: full access, no expiry.</summary>
    public static ApiKeySpec Initial { get; } = new("initial");
}
