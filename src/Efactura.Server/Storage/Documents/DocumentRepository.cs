using System.Security.Cryptography;

namespace Efactura.Server.Storage.Documents;

/// <summary>
/// Documents (XML, ZIP, PDF, signature) with their SHA-256. A document is written once and never changed,
/// so the ANAF ZIP stays the legal original byte for byte; every read checks the bytes against the hash.
/// </summary>
public sealed partial class DocumentRepository(Database database, TimeProvider time)
{
    private const string Columns = "id, owner_type, owner_id, kind, sha256, size_bytes, created_at";

    /// <summary>
    /// Stores the document; storing the same bytes again returns the stored one (a retried step is harmless).
    /// </summary>
    /// <exception cref="DocumentConflictException">Different bytes are already stored for this owner and kind.</exception>
    public async Task<StoredDocument> PutAsync(
        Guid tenantId, DocumentOwnerType ownerType, Guid ownerId, DocumentKind kind, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var inserted = await session.QuerySingleAsync(
            $"""
            INSERT INTO documents (id, tenant_id, owner_type, owner_id, kind, content, sha256, size_bytes, created_at)
            VALUES (@id, @tenant, @ownerType, @owner, @kind, @content, @sha256, @size, @now)
            ON CONFLICT (tenant_id, owner_type, owner_id, kind) DO NOTHING
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            ("id", StorageIds.New(time)), ("tenant", tenantId), ("ownerType", ownerType), ("owner", ownerId), ("kind", kind),
            ("content", content.ToArray()), ("sha256", sha256), ("size", (long)content.Length), ("now", time.GetUtcNow())).ConfigureAwait(false);
        if (inserted is not null) return inserted;

        var existing = await FindAsync(session, tenantId, ownerType, ownerId, kind, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("the document vanished while it was being stored");
        return existing.Sha256 == sha256 ? existing : throw new DocumentConflictException(existing);
    }

    /// <summary>The document's description, or null.</summary>
    public async Task<StoredDocument?> FindAsync(Guid tenantId, DocumentOwnerType ownerType, Guid ownerId, DocumentKind kind, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await FindAsync(session, tenantId, ownerType, ownerId, kind, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The owner's documents.</summary>
    public async Task<IReadOnlyList<StoredDocument>> ListAsync(Guid tenantId, DocumentOwnerType ownerType, Guid ownerId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            $"SELECT {Columns} FROM documents WHERE tenant_id = @tenant AND owner_type = @ownerType AND owner_id = @owner ORDER BY kind",
            Read, cancellationToken, ("tenant", tenantId), ("ownerType", ownerType), ("owner", ownerId)).ConfigureAwait(false);
    }

    /// <summary>The document and its bytes, or null when there is none.</summary>
    /// <exception cref="DocumentCorruptedException">The bytes do not hash to the stored SHA-256.</exception>
    public async Task<DocumentContent?> GetAsync(Guid tenantId, DocumentOwnerType ownerType, Guid ownerId, DocumentKind kind, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var found = await session.QuerySingleAsync(
            $"SELECT {Columns}, content FROM documents WHERE tenant_id = @tenant AND owner_type = @ownerType AND owner_id = @owner AND kind = @kind",
            row => new DocumentContent(Read(row), row.Bytes("content")),
            cancellationToken, ("tenant", tenantId), ("ownerType", ownerType), ("owner", ownerId), ("kind", kind)).ConfigureAwait(false);
        if (found is null) return null;
        var actual = Convert.ToHexStringLower(SHA256.HashData(found.Content));
        if (actual != found.Document.Sha256 || found.Content.LongLength != found.Document.SizeBytes)
            throw new DocumentCorruptedException(found.Document.Id, found.Document.Sha256, actual);
        return found;
    }

    private static async Task<StoredDocument?> FindAsync(
        SqlSession session, Guid tenantId, DocumentOwnerType ownerType, Guid ownerId, DocumentKind kind, CancellationToken cancellationToken) =>
        await session.QuerySingleAsync(
            $"SELECT {Columns} FROM documents WHERE tenant_id = @tenant AND owner_type = @ownerType AND owner_id = @owner AND kind = @kind",
            Read, cancellationToken, ("tenant", tenantId), ("ownerType", ownerType), ("owner", ownerId), ("kind", kind)).ConfigureAwait(false);

    private static StoredDocument Read(SqlRow row) => new(
        row.Guid("id"),
        row.Enum<DocumentOwnerType>("owner_type"),
        row.Guid("owner_id"),
        row.Enum<DocumentKind>("kind"),
        row.String("sha256"),
        row.Long("size_bytes"),
        row.Time("created_at"));
}
