namespace Efactura.Server.Storage.Partners;

/// <summary>
/// Partners (suppliers of a company, from its received invoices) and their products. A newer invoice (issue date,
/// then ANAF's time) updates them; an older one, or the same one again, changes nothing.
/// </summary>
public sealed class PartnerRepository(Database database, TimeProvider time)
{
    private const string PartnerColumns =
        "id, company_id, identifier, vat_identifier, name, street, city, county, postal_code, country_code, iban, trade_register, " +
        "last_issue_date, created_at, updated_at";

    private const string ProductColumns =
        "id, partner_id, sellers_item_id, name, unit_code, unit_price, base_quantity, currency, cpv_code, nc_code, last_issue_date, updated_at";

    /// <summary>Records <paramref name="supplier"/> on its own; the partner's id, or null when the company is not the tenant's.</summary>
    public async Task<Guid?> RecordAsync(ReceivedSupplier supplier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (await session.ScalarAsync("SELECT 1 FROM companies WHERE tenant_id = @tenant AND id = @id", cancellationToken,
                ("tenant", supplier.TenantId), ("id", supplier.CompanyId)).ConfigureAwait(false) is null)
            return null;
        var id = await RecordAsync(session, supplier, time, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    // Inside the caller's transaction (the incoming sync stores the invoice and its supplier together); the caller
    // has checked that the company is the tenant's.
    internal static async Task<Guid> RecordAsync(SqlSession session, ReceivedSupplier supplier, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var partner = supplier.Partner;
        await session.ExecuteAsync(
            """
            INSERT INTO partners (id, tenant_id, company_id, identifier, vat_identifier, name, street, city, county, postal_code, country_code, iban,
                trade_register, search_text, last_issue_date, last_received_at, created_at, updated_at)
            VALUES (@id, @tenant, @company, @identifier, @vat, @name, @street, @city, @county, @postal, @country, @iban, @register, @search,
                @issueDate, @received, @now, @now)
            ON CONFLICT (company_id, identifier) DO UPDATE SET
                vat_identifier = excluded.vat_identifier, name = excluded.name, street = excluded.street, city = excluded.city,
                county = excluded.county, postal_code = excluded.postal_code, country_code = excluded.country_code, iban = excluded.iban,
                trade_register = excluded.trade_register, search_text = excluded.search_text, last_issue_date = excluded.last_issue_date,
                last_received_at = excluded.last_received_at, updated_at = excluded.updated_at
            WHERE (partners.last_issue_date, partners.last_received_at) < (excluded.last_issue_date, excluded.last_received_at)
            """,
            cancellationToken,
            ("id", StorageIds.New(time)), ("tenant", supplier.TenantId), ("company", supplier.CompanyId), ("identifier", partner.Identifier),
            ("vat", partner.VatIdentifier), ("name", partner.Name), ("street", partner.Street), ("city", partner.City), ("county", partner.County),
            ("postal", partner.PostalCode), ("country", partner.CountryCode), ("iban", partner.Iban), ("register", partner.TradeRegister),
            ("search", SearchText.Of(partner.Name, partner.Identifier, partner.VatIdentifier, partner.TradeRegister)),
            ("issueDate", supplier.IssueDate), ("received", supplier.ReceivedAt), ("now", now)).ConfigureAwait(false);
        var partnerId = (await session.QueryAsync(
            "SELECT id FROM partners WHERE company_id = @company AND identifier = @identifier", row => row.Guid("id"), cancellationToken,
            ("company", supplier.CompanyId), ("identifier", partner.Identifier)).ConfigureAwait(false)).Single();

        foreach (var product in supplier.Products.DistinctBy(p => p.Key))
        {
            await session.ExecuteAsync(
                """
                INSERT INTO partner_products (id, tenant_id, partner_id, item_key, sellers_item_id, name, unit_code, unit_price, base_quantity, currency,
                    cpv_code, nc_code, search_text, last_issue_date, last_received_at, created_at, updated_at)
                VALUES (@id, @tenant, @partner, @key, @sellersId, @name, @unit, @price, @base, @currency, @cpv, @nc, @search, @issueDate, @received, @now, @now)
                ON CONFLICT (partner_id, item_key) DO UPDATE SET
                    sellers_item_id = excluded.sellers_item_id, name = excluded.name, unit_code = excluded.unit_code, unit_price = excluded.unit_price,
                    base_quantity = excluded.base_quantity, currency = excluded.currency, cpv_code = excluded.cpv_code, nc_code = excluded.nc_code,
                    search_text = excluded.search_text, last_issue_date = excluded.last_issue_date, last_received_at = excluded.last_received_at,
                    updated_at = excluded.updated_at
                WHERE (partner_products.last_issue_date, partner_products.last_received_at) < (excluded.last_issue_date, excluded.last_received_at)
                """,
                cancellationToken,
                ("id", StorageIds.New(time)), ("tenant", supplier.TenantId), ("partner", partnerId), ("key", product.Key),
                ("sellersId", product.SellersItemId), ("name", product.Name), ("unit", product.UnitCode), ("price", product.UnitPrice),
                ("base", product.BaseQuantity), ("currency", supplier.Currency), ("cpv", product.CpvCode), ("nc", product.NcCode),
                ("search", SearchText.Of(product.Name, product.SellersItemId, product.CpvCode, product.NcCode)),
                ("issueDate", supplier.IssueDate), ("received", supplier.ReceivedAt), ("now", now)).ConfigureAwait(false);
        }
        return partnerId;
    }

    /// <summary>The company's partner, or null (also when the company or the partner is another tenant's).</summary>
    public async Task<Partner?> GetAsync(Guid tenantId, Guid companyId, Guid partnerId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {PartnerColumns} FROM partners WHERE tenant_id = @tenant AND company_id = @company AND id = @id",
            ReadPartner, cancellationToken, ("tenant", tenantId), ("company", companyId), ("id", partnerId)).ConfigureAwait(false);
    }

    /// <summary>The company's partner keyed by <paramref name="identifier"/> (its CUI, VAT number or CNP as recorded), or null.</summary>
    public async Task<Partner?> FindAsync(Guid tenantId, Guid companyId, string identifier, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {PartnerColumns} FROM partners WHERE tenant_id = @tenant AND company_id = @company AND identifier = @identifier",
            ReadPartner, cancellationToken, ("tenant", tenantId), ("company", companyId), ("identifier", identifier)).ConfigureAwait(false);
    }

    /// <summary>
    /// The company's partners, newest first, those whose name, CUI/CNP, VAT number or trade register contains
    /// <paramref name="query"/> (case and diacritics ignored) when it is given.
    /// </summary>
    public Task<Page<Partner>> ListAsync(Guid tenantId, Guid companyId, string? query, PageRequest page, CancellationToken cancellationToken) =>
        SearchAsync("partners", PartnerColumns, ReadPartner, p => p.Id, "company_id", companyId, tenantId, query, page, cancellationToken);

    /// <summary>The partner's products, newest first, those whose name, seller's item id or CPV/NC code contains <paramref name="query"/>.</summary>
    /// <remarks>The caller checks that the partner is the tenant company's (<see cref="GetAsync"/>).</remarks>
    public Task<Page<Product>> ListProductsAsync(Guid tenantId, Guid partnerId, string? query, PageRequest page, CancellationToken cancellationToken) =>
        SearchAsync("partner_products", ProductColumns, ReadProduct, p => p.Id, "partner_id", partnerId, tenantId, query, page, cancellationToken);

    private async Task<Page<T>> SearchAsync<T>(
        string table, string columns, Func<SqlRow, T> read, Func<T, Guid> idOf, string ownerColumn, Guid ownerId, Guid tenantId, string? query,
        PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("owner", ownerId), ("limit", page.EffectiveLimit + 1) };
        var where = $"tenant_id = @tenant AND {ownerColumn} = @owner";
        if (!string.IsNullOrWhiteSpace(query))
        {
            where += " AND search_text LIKE @pattern ESCAPE '\\'";
            args.Add(("pattern", SearchText.Pattern(query)));
        }
        if (page.Cursor is not null)
        {
            where += " AND id < @cursor";
            args.Add(("cursor", Cursor.ToGuid(page.Cursor)));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"SELECT {columns} FROM {table} WHERE {where} ORDER BY id DESC LIMIT @limit", read, cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, row => Cursor.From(idOf(row)));
    }

    private static Partner ReadPartner(SqlRow row) => new(
        row.Guid("id"),
        row.Guid("company_id"),
        new PartnerDetails(
            row.String("identifier"), row.NullableString("vat_identifier"), row.String("name"), row.NullableString("street"), row.NullableString("city"),
            row.NullableString("county"), row.NullableString("postal_code"), row.String("country_code"), row.NullableString("iban"),
            row.NullableString("trade_register")),
        row.Date("last_issue_date"),
        row.Time("created_at"),
        row.Time("updated_at"));

    private static Product ReadProduct(SqlRow row) => new(
        row.Guid("id"),
        row.Guid("partner_id"),
        new ProductDetails(
            row.NullableString("sellers_item_id"), row.String("name"), row.String("unit_code"), row.Decimal("unit_price"), row.NullableDecimal("base_quantity"),
            row.NullableString("cpv_code"), row.NullableString("nc_code")),
        row.String("currency"),
        row.Date("last_issue_date"),
        row.Time("updated_at"));
}
