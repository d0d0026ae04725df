namespace Efactura.Server.Storage.Incoming;

/// <summary>
/// The expiry watcher's query: received invoices (<see cref="NewSpvMessage.ReceivedInvoiceType"/>) that ANAF listed
/// but we have not downloaded, across tenants, created at or before a given instant, without an
/// <c>incoming.expiring</c> notice yet.
/// </summary>
public sealed class ExpiringMessageRepository(Database database)
{
    /// <summary>The kind of notice (and event type) that marks a message as warned.</summary>
    public const string NoticeKind = Events.EventTypes.IncomingExpiring;

    /// <summary>Up to <paramref name="max"/> such messages created at or before <paramref name="createdOnOrBefore"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ExpiringMessage>> FindUnwarnedAsync(DateTimeOffset createdOnOrBefore, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            """
            SELECT m.id, m.tenant_id, m.company_id, m.anaf_id, m.cif, m.anaf_created_at, m.download_attempts FROM spv_messages m
            WHERE m.downloaded_at IS NULL AND m.type = @type AND m.anaf_created_at <= @created
              AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.subject_id = m.id AND n.kind = @kind AND n.period = '')
            ORDER BY m.anaf_created_at, m.id
            LIMIT @max
            """,
            row => new ExpiringMessage(
                row.Guid("id"), row.Guid("tenant_id"), row.Guid("company_id"), row.String("anaf_id"), row.String("cif"), row.Time("anaf_created_at"),
                row.Int("download_attempts")),
            cancellationToken, ("type", NewSpvMessage.ReceivedInvoiceType), ("created", createdOnOrBefore), ("kind", NoticeKind), ("max", max))
            .ConfigureAwait(false);
    }
}

/// <summary>A received invoice ANAF will soon stop offering, not downloaded yet.</summary>
/// <param name="Id">Our id of the message.</param>
/// <param name="TenantId">Whose it is.</param>
/// <param name="CompanyId">The buyer company.</param>
/// <param name="AnafId">ANAF's message id (id_descarcare).</param>
/// <param name="Cif">The CIF ANAF listed it under.</param>
/// <param name="AnafCreatedAt">When ANAF created it (UTC): it is offered 60 days from then.</param>
/// <param name="DownloadAttempts">How many downloads were tried.</param>
public sealed record ExpiringMessage(Guid Id, Guid TenantId, Guid CompanyId, string AnafId, string Cif, DateTimeOffset AnafCreatedAt, int DownloadAttempts);
