namespace Efactura.Server.Storage.Tenants;

/// <summary>What an API key may do.</summary>
public enum ApiKeyScope
{
    /// <summary>Read only: GET requests and the operations marked as reading (validation); every write is 403.</summary>
    Read,

    /// <summary>Everything the tenant may do.</summary>
    Write,
}
