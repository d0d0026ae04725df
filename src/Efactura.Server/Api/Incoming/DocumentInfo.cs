using Efactura.Server.Storage.Documents;

namespace Efactura.Server.Api.Incoming;

/// <summary>A stored document's description.</summary>
/// <param name="Kind"><c>xml</c>, <c>zip</c> (ANAF's original, byte for byte), <c>pdf</c> or <c>signature</c>.</param>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex (also the download's ETag).</param>
/// <param name="SizeBytes">Its length.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record DocumentInfo(DocumentKind Kind, string Sha256, long SizeBytes, DateTimeOffset CreatedAt)
{
    /// <summary>The API shape of <paramref name="document"/>.</summary>
    public static DocumentInfo From(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Kind, document.Sha256, document.SizeBytes, document.CreatedAt);
    }
}
