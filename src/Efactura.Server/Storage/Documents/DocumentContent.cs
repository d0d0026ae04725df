namespace Efactura.Server.Storage.Documents;

/// <summary>A document and its bytes, checked against the SHA-256 stored with them.</summary>
/// <param name="Document">The description.</param>
/// <param name="Content">The bytes, exactly as stored.</param>
public sealed record DocumentContent(StoredDocument Document, byte[] Content);
