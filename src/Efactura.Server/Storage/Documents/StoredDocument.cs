namespace Efactura.Server.Storage.Documents;

/// <summary>A stored document's description (without its bytes).</summary>
/// <param name="Id">The document's id.</param>
/// <param name="OwnerType">What it belongs to.</param>
/// <param name="OwnerId">The invoice or incoming invoice id.</param>
/// <param name="Kind">Which document it is.</param>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="SizeBytes">Its length.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record StoredDocument(Guid Id, DocumentOwnerType OwnerType, Guid OwnerId, DocumentKind Kind, string Sha256, long SizeBytes, DateTimeOffset CreatedAt);
