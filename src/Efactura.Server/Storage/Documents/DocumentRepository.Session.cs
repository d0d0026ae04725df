using System.Security.Cryptography;

namespace Efactura.Server.Storage.Documents;

// Storing a document inside another repository's transaction (e.g. an incoming invoice with its ZIP).
public sealed partial class DocumentRepository
{
    /// <summary>
    /// Inserts a document for an owner that has none of this kind yet, inside <paramref name="session"/>'s
    /// transaction; returns its SHA-256 (lower-case hex).
    /// </summary>
    internal static async Task<string> InsertNewAsync(
        SqlSession session, Guid tenantId, DocumentOwnerType ownerType, Guid ownerId, DocumentKind kind, ReadOnlyMemory<byte> content,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        await session.ExecuteAsync(
            """
            INSERT INTO documents (id, tenant_id, owner_type, owner_id, kind, content, sha256, size_bytes, created_at)
            VALUES (@id, @tenant, @ownerType, @owner, @kind, @content, @sha256, @size, @now)
            """,
            cancellationToken,
            ("id", StorageIds.New(time)), ("tenant", tenantId), ("ownerType", ownerType), ("owner", ownerId), ("kind", kind),
            ("content", content.ToArray()), ("sha256", sha256), ("size", (long)content.Length), ("now", time.GetUtcNow())).ConfigureAwait(false);
        return sha256;
    }
}
