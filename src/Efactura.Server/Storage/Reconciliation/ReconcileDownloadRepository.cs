namespace Efactura.Server.Storage.Reconciliation;

/// <summary>
/// The invoices the reconciler read from ANAF messages it downloaded (and ANAF's ZIPs they came in), by company and
/// download id, kept in the database
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
    /// ANAF's ZIP of message <paramref name="downloadId"/> of the company, byte for byte as downloaded, or null when the
    /// message was not stored or was stored without it (before the ZIP was kept).
    /// </summary>
    public async Task<byte[]?> FindZipAsync(Guid companyId, long downloadId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            "SELECT zip FROM reconcile_downloads WHERE company_id = @company AND download_id = @download AND zip IS NOT NULL",
            row => row.Bytes("zip"), cancellationToken, ("company", companyId), ("download", downloadId)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// Stores the invoice XML of message <paramref name="downloadId"/> of the company, downloaded now, with ANAF's
    /// <paramref name="zip"/> it came in (when given). A message stored before (by another node or round) is kept as it
    /// is: the content of a message never changes.
    /// </summary>
    public async Task StoreAsync(Guid companyId, long downloadId, byte[] document, CancellationToken cancellationToken, byte[]? zip = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            INSERT INTO reconcile_downloads (company_id, download_id, document, zip, downloaded_at)
            VALUES (@company, @download, @document, @zip, @now)
            ON CONFLICT (company_id, download_id) DO NOTHING
            """,
            cancellationToken, ("company", companyId), ("download", downloadId), ("document", document), ("zip", zip), ("now", time.GetUtcNow())).ConfigureAwait(false);
    }

    /// <summary>Removes the messages downloaded before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM reconcile_downloads WHERE downloaded_at < @before", cancellationToken, ("before", before)).ConfigureAwait(false);
    }
}
