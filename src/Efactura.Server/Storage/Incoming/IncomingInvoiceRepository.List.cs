namespace Efactura.Server.Storage.Incoming;

// The dashboard's list of received invoices: the stored ones and those ANAF lists that are not downloaded yet.
public sealed partial class IncomingInvoiceRepository
{
    /// <summary>
    /// The tenant's received invoices matching <paramref name="filter"/>, newest first (by the time the gateway learned
    /// of them: ids are UUID v7): the stored ones, and the <c>FACTURA PRIMITA</c> messages without a stored invoice.
    /// Each side reads at most one page in index order, so a page costs the same with 10 or 10,000 rows.
    /// </summary>
    public async Task<Page<ReceivedEntry>> ListReceivedAsync(Guid tenantId, IncomingFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("limit", page.EffectiveLimit + 1), ("received", NewSpvMessage.ReceivedInvoiceType) };
        var stored = new List<string> { "tenant_id = @tenant" };
        var listed = new List<string>
        {
            "m.tenant_id = @tenant", "m.type = @received",
            "NOT EXISTS (SELECT 1 FROM incoming_invoices i WHERE i.company_id = m.company_id AND i.anaf_message_id = m.anaf_id)",
        };
        void Both(string condition)
        {
            stored.Add(condition);
            listed.Add("m." + condition);
        }
        if (page.Cursor is not null)
        {
            Both("id < @cursor");
            args.Add(("cursor", Cursor.ToGuid(page.Cursor)));
        }
        if (filter.CompanyId is { } company)
        {
            Both("company_id = @company");
            args.Add(("company", company));
        }
        if (filter.CompanyIds is { } companies)
        {
            if (companies.Count == 0) return new Page<ReceivedEntry>([], null);
            Both("company_id IN " + SqlList.Of("companies", companies, args));
        }
        if (filter.Supplier is { Length: > 0 } supplier)
        {
            var bare = supplier.StartsWith("RO", StringComparison.OrdinalIgnoreCase) ? supplier[2..] : supplier;
            // LIKE with an escape character, so a % or _ in the text is matched literally.
            var escaped = Escape(supplier.ToLowerInvariant());
            args.Add(("supplierBare", bare));
            args.Add(("supplierRo", "RO" + bare));
            args.Add(("supplierPattern", "%" + escaped + "%"));
            args.Add(("supplierDetail", "%cif_emitent=" + Escape(bare) + " %"));
            stored.Add("(supplier_id = @supplierBare OR supplier_id = @supplierRo OR LOWER(supplier_name) LIKE @supplierPattern ESCAPE '\\')");
            listed.Add("m.details LIKE @supplierDetail ESCAPE '\\'");
        }
        // Number and issue date are read from the invoice: a listing not downloaded yet has neither. Its supplier is
        // only a CIF in ANAF's detail, so a name (not digits) finds no listing either.
        var needsInvoice = filter.Supplier is { Length: > 0 } named && !IsCif(named);
        if (filter.Number is { } number)
        {
            stored.Add("number = @number");
            args.Add(("number", number));
            needsInvoice = true;
        }
        if (filter.IssuedFrom is { } from)
        {
            stored.Add("issue_date >= @issuedFrom");
            args.Add(("issuedFrom", from));
            needsInvoice = true;
        }
        if (filter.IssuedTo is { } to)
        {
            stored.Add("issue_date <= @issuedTo");
            args.Add(("issuedTo", to));
            needsInvoice = true;
        }
        var storedSql =
            "SELECT id, company_id, 1 AS downloaded, supplier_id, supplier_name, number, issue_date, currency, total_amount, received_at, NULL AS details " +
            $"FROM incoming_invoices WHERE {string.Join(" AND ", stored)} ORDER BY id DESC LIMIT @limit";
        var listedSql =
            "SELECT m.id, m.company_id, 0 AS downloaded, CAST(NULL AS TEXT) AS supplier_id, CAST(NULL AS TEXT) AS supplier_name, CAST(NULL AS TEXT) AS number, " +
            "CAST(NULL AS date) AS issue_date, CAST(NULL AS TEXT) AS currency, CAST(NULL AS numeric) AS " +
            $"total_amount, m.anaf_created_at AS received_at, m.details FROM spv_messages m WHERE {string.Join(" AND ", listed)} ORDER BY m.id DESC LIMIT @limit";
        var sql = (filter.Downloaded, needsInvoice) switch
        {
            (true, _) or (null, true) => storedSql,
            (false, true) => null,
            (false, false) => listedSql,
            (null, false) => $"SELECT * FROM ({storedSql}) s UNION ALL SELECT * FROM ({listedSql}) l ORDER BY id DESC LIMIT @limit",
        };
        if (sql is null) return new Page<ReceivedEntry>([], null);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(sql, ReadEntry, cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, e => Cursor.From(e.Id));
    }

    private static bool IsCif(string supplier)
    {
        var bare = supplier.StartsWith("RO", StringComparison.OrdinalIgnoreCase) ? supplier[2..] : supplier;
        return bare.Length > 0 && bare.All(char.IsAsciiDigit);
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static ReceivedEntry ReadEntry(SqlRow row)
    {
        var downloaded = row.Int("downloaded") == 1;
        return new ReceivedEntry(
            row.Guid("id"),
            row.Guid("company_id"),
            downloaded,
            row.NullableString("supplier_id"),
            row.NullableString("supplier_name"),
            row.NullableString("number"),
            downloaded ? row.Date("issue_date") : null,
            row.NullableString("currency"),
            downloaded ? row.Decimal("total_amount") : null,
            row.Time("received_at"),
            row.NullableString("details"));
    }
}
