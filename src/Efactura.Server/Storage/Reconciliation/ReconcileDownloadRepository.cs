namespace Efactura.Server.Storage.Reconciliation;

/// <summary>
/// The invoices the reconciler read from ANAF messages it downloaded, by company and download id, kept in the database
/// so that neither a restart nor another node downloads a message again: ANAF allows 10 downloads of a message a day,
/// and a reconciliation searches the same unclaimed messages every few minutes. A message's content never changes, so
/// a stored one is good until it is removed.
/// </summary>
public sealed class ReconcileDownloadRepository(Database database, TimeProvider time)
{
    /// <summary>The invoice XML of message <paramref name="downloadId"/> of the company, or null when it was not stored.</summary>
    public async Task<byte[]?> FindAsync(Guid companyId, long downloadId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            "SELECT document FROM reconcile_downloads WHERE company_id = @company AND download_id = @download",
            row => row.Bytes("document"), cancellationToken, ("company", companyId), ("download", downloadId)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// Stores the invoice XML of message <paramref name="downloadId"/> of the company, downloaded now. A message stored
    /// before (by another node or round) is kept as it is: the content of a message never changes.
    /// </summary>
    public async Task StoreAsync(Guid companyId, long downloadId, byte[] document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            INSERT INTO reconcile_downloads (company_id, download_id, document, downloaded_at)
            VALUES (@company, @download, @document, @now)
            ON CONFLICT (company_id, download_id) DO NOTHING
            """,
            cancellationToken, ("company", companyId), ("download", downloadId), ("document", document), ("now", time.GetUtcNow())).ConfigureAwait(false);
    }

    /// <summary>Removes the messages downloaded before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM reconcile_downloads WHERE downloaded_at < @before", cancellationToken, ("before", before)).ConfigureAwait(false);
    }
}
