namespace Efactura.Server.Storage.Documents;

/// <summary>A stored document's bytes no longer match the SHA-256 recorded when it was stored.</summary>
public sealed class DocumentCorruptedException : Exception
{
    /// <summary>Creates the exception for the document <paramref name="documentId"/>.</summary>
    public DocumentCorruptedException(Guid documentId, string expectedSha256, string actualSha256)
        : base($"document {documentId} is corrupted: stored SHA-256 {expectedSha256}, content hashes to {actualSha256}")
    {
        DocumentId = documentId;
    }

    /// <summary>Creates the exception with a message.</summary>
    public DocumentCorruptedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public DocumentCorruptedException()
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DocumentCorruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The corrupted document.</summary>
    public Guid DocumentId { get; }
}
