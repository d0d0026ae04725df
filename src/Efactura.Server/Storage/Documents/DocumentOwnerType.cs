namespace Efactura.Server.Storage.Documents;

/// <summary>What a document belongs to.</summary>
public enum DocumentOwnerType
{
    /// <summary>An invoice the tenant sent.</summary>
    Invoice,

    /// <summary>An invoice the tenant received.</summary>
    Incoming,
}
