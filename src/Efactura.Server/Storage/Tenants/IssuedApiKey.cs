namespace Efactura.Server.Storage.Tenants;

/// <summary>
/// A freshly made API key: the only moment its text exists on the server. Only its hash is stored, so it
/// is shown once and cannot be recovered. <see cref="ToString"/> leaves the key out.
/// </summary>
/// <param name="Id">The key's id (to list or revoke it).</param>
/// <param name="TenantId">The tenant it authenticates.</param>
/// <param name="Key">The secret text the client sends as <c>Authorization: Bearer</c>.</param>
/// <param name="Prefix">Its first characters, stored to recognise the key in lists.</param>
/// <param name="Spec">Its name, scope and expiry.</param>
public sealed record IssuedApiKey(Guid Id, Guid TenantId, string Key, string Prefix, ApiKeySpec? Spec = null)
{
    /// <summary>The key without its secret.</summary>
    public override string ToString() => $"IssuedApiKey {{ Id = {Id}, TenantId = {TenantId}, Prefix = {Prefix}, Scope = {Spec?.Scope} }}";
}
