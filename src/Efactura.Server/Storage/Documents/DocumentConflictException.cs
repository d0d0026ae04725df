namespace Efactura.Server.Storage.Documents;

/// <summary>A different document of the same kind is already stored for the owner: documents are never overwritten.</summary>
public sealed class DocumentConflictException : Exception
{
    /// <summary>Creates the exception for <paramref name="existing"/>.</summary>
    public DocumentConflictException(StoredDocument existing)
        : base($"{existing?.OwnerType} {existing?.OwnerId} already has a different {existing?.Kind} document (SHA-256 {existing?.Sha256})")
    {
        Existing = existing;
    }

    /// <summary>Creates the exception with a message.</summary>
    public DocumentConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public DocumentConflictException()
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DocumentConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The document already stored.</summary>
    public StoredDocument? Existing { get; }
}
