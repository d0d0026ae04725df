namespace Efactura.Server.Storage.Incoming;

/// <summary>Received invoices, one per ANAF message per company.</summary>
public sealed partial class IncomingInvoiceRepository(Database database, TimeProvider time)
{
    private const string Columns =
        "id, tenant_id, company_id, anaf_message_id, supplier_id, supplier_name, number, type_code, issue_date, currency, total_amount, " +
        "invoice_json, received_at, created_at, signature";

    /// <summary>
    /// Stores the invoice unless this message was stored before; null when it was (a repeated download) or the
    /// company is not the tenant's.
    /// </summary>
    public async Task<IncomingInvoice?> AddAsync(NewIncomingInvoice invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var stored = await InsertAsync(session, invoice, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    // Inserts unless the message is known; null then, or when the company is not the tenant's.
    private async Task<IncomingInvoice?> InsertAsync(SqlSession session, NewIncomingInvoice invoice, CancellationToken cancellationToken)
    {
        if (await session.ScalarAsync("SELECT 1 FROM companies WHERE tenant_id = @tenant AND id = @id", cancellationToken, ("tenant", invoice.TenantId), ("id", invoice.CompanyId))
                .ConfigureAwait(false) is null)
            return null;
        return await session.QuerySingleAsync(
            $"""
            INSERT INTO incoming_invoices (id, tenant_id, company_id, anaf_message_id, supplier_id, supplier_name, number, type_code, issue_date,
                currency, total_amount, invoice_json, received_at, created_at, signature)
            VALUES (@id, @tenant, @company, @message, @supplierId, @supplierName, @number, @type, @issueDate, @currency, @total, @json, @received, @now, @signature)
            ON CONFLICT (company_id, anaf_message_id) DO NOTHING
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            ("id", StorageIds.New(time)), ("tenant", invoice.TenantId), ("company", invoice.CompanyId), ("message", invoice.AnafMessageId),
            ("supplierId", invoice.SupplierId), ("supplierName", invoice.SupplierName), ("number", invoice.Number), ("type", invoice.TypeCode),
            ("issueDate", invoice.IssueDate), ("currency", invoice.Currency), ("total", invoice.TotalAmount), ("json", invoice.InvoiceJson),
            ("received", invoice.ReceivedAt), ("now", time.GetUtcNow()), ("signature", invoice.Signature)).ConfigureAwait(false);
    }

    /// <summary>The tenant's received invoice, or null.</summary>
    public async Task<IncomingInvoice?> GetAsync(Guid tenantId, Guid id, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM incoming_invoices WHERE tenant_id = @tenant AND id = @id",
            Read, cancellationToken, ("tenant", tenantId), ("id", id)).ConfigureAwait(false);
    }

    /// <summary>The tenant's received invoices (optionally one company's), newest first.</summary>
    public Task<Page<IncomingInvoice>> ListAsync(Guid tenantId, Guid? companyId, PageRequest page, CancellationToken cancellationToken)
    {
        return Paging.NewestFirstAsync(database, "incoming_invoices", Columns, Read, i => i.Id, tenantId, companyId, page, cancellationToken);
    }

    private static IncomingInvoice Read(SqlRow row) => new(
        row.Guid("id"),
        new NewIncomingInvoice(
            row.Guid("tenant_id"),
            row.Guid("company_id"),
            row.String("anaf_message_id"),
            row.String("supplier_id"),
            row.String("supplier_name"),
            row.String("number"),
            row.String("type_code"),
            row.Date("issue_date"),
            row.String("currency"),
            row.Decimal("total_amount"),
            row.String("invoice_json"),
            row.Time("received_at"))
        {
            Signature = row.NullableString("signature"),
        },
        row.Time("created_at"));
}
