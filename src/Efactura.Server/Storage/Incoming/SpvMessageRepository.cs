namespace Efactura.Server.Storage.Incoming;

/// <summary>ANAF's messages per company, deduplicated by ANAF's id; received invoices and buyers' messages queued for download.</summary>
public sealed class SpvMessageRepository(Database database, TimeProvider time)
{
    private const string Columns =
        "id, tenant_id, company_id, anaf_id, type, cif, request_id, details, anaf_created_at, download_attempts, next_attempt_at, downloaded_at, created_at";

    /// <summary>Records the message unless already known; null when it was known (or the company is not the tenant's).</summary>
    public async Task<SpvMessage?> RecordAsync(Guid tenantId, Guid companyId, NewSpvMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (await session.ScalarAsync("SELECT 1 FROM companies WHERE tenant_id = @tenant AND id = @id", cancellationToken, ("tenant", tenantId), ("id", companyId))
                .ConfigureAwait(false) is null)
            return null;
        var recorded = await session.QuerySingleAsync(
            $"""
            INSERT INTO spv_messages (id, tenant_id, company_id, anaf_id, type, cif, request_id, details, anaf_created_at, download_attempts, next_attempt_at, created_at)
            VALUES (@id, @tenant, @company, @anafId, @type, @cif, @request, @details, @anafCreated, 0, @next, @now)
            ON CONFLICT (company_id, anaf_id) DO NOTHING
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            ("id", StorageIds.New(time)), ("tenant", tenantId), ("company", companyId), ("anafId", message.AnafId), ("type", message.Type),
            ("cif", message.Cif), ("request", message.RequestId), ("details", message.Details), ("anafCreated", message.AnafCreatedAt),
            ("next", NewSpvMessage.IsDownloaded(message.Type) ? now : null), ("now", now)).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return recorded;
    }

    /// <summary>The tenant's message, or null (also when it is another tenant's).</summary>
    public async Task<SpvMessage?> GetAsync(Guid tenantId, Guid id, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM spv_messages WHERE tenant_id = @tenant AND id = @id",
            Read, cancellationToken, ("tenant", tenantId), ("id", id)).ConfigureAwait(false);
    }

    /// <summary>The company's messages, newest recorded first.</summary>
    public Task<Page<SpvMessage>> ListAsync(Guid tenantId, Guid? companyId, PageRequest page, CancellationToken cancellationToken)
    {
        return Paging.NewestFirstAsync(database, "spv_messages", Columns, Read, m => m.Id, tenantId, companyId, page, cancellationToken);
    }

    /// <summary>
    /// The tenant's messages matching <paramref name="filter"/>, newest recorded first, each with the received invoice
    /// stored from it (the page's rows first, then one indexed look-up per row of the page, in the same query).
    /// </summary>
    public async Task<Page<ListedMessage>> ListAsync(Guid tenantId, SpvMessageFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("limit", page.EffectiveLimit + 1) };
        var where = new List<string> { "m.tenant_id = @tenant" };
        if (page.Cursor is not null)
        {
            where.Add("m.id < @cursor");
            args.Add(("cursor", Cursor.ToGuid(page.Cursor)));
        }
        if (filter.CompanyId is { } company)
        {
            where.Add("m.company_id = @company");
            args.Add(("company", company));
        }
        if (filter.CompanyIds is { } companies)
        {
            if (companies.Count == 0) return new Page<ListedMessage>([], null);
            where.Add("m.company_id IN " + SqlList.Of("companies", companies, args));
        }
        if (filter.TypeStartsWith is { Length: > 0 } type)
        {
            // LIKE with an escape character, so a % or _ in the text is matched literally.
            where.Add("m.type LIKE @type ESCAPE '\\'");
            args.Add(("type", type.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%"));
        }
        if (filter.CreatedFrom is { } from)
        {
            where.Add("m.anaf_created_at >= @createdFrom");
            args.Add(("createdFrom", from));
        }
        if (filter.CreatedBefore is { } before)
        {
            where.Add("m.anaf_created_at < @createdBefore");
            args.Add(("createdBefore", before));
        }
        var columns = string.Join(", ", Columns.Split(", ").Select(c => "m." + c));
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"""
            SELECT {columns}, i.id AS incoming_id
            FROM (SELECT * FROM spv_messages m WHERE {string.Join(" AND ", where)} ORDER BY m.id DESC LIMIT @limit) m
            LEFT JOIN incoming_invoices i ON i.company_id = m.company_id AND i.anaf_message_id = m.anaf_id
            ORDER BY m.id DESC
            """,
            row => new ListedMessage(Read(row), row.NullableGuid("incoming_id")), cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, m => Cursor.From(m.Message.Id));
    }

    /// <summary>The company's message with ANAF's id <paramref name="anafId"/>, or null.</summary>
    public async Task<SpvMessage?> FindByAnafIdAsync(Guid tenantId, Guid companyId, string anafId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM spv_messages WHERE tenant_id = @tenant AND company_id = @company AND anaf_id = @anafId",
            Read, cancellationToken, ("tenant", tenantId), ("company", companyId), ("anafId", anafId)).ConfigureAwait(false);
    }

    /// <summary>The company's messages about the upload <paramref name="requestId"/> (for the reconciler and the poller).</summary>
    public async Task<IReadOnlyList<SpvMessage>> FindByRequestIdAsync(Guid tenantId, Guid companyId, string requestId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            $"SELECT {Columns} FROM spv_messages WHERE tenant_id = @tenant AND company_id = @company AND request_id = @request ORDER BY id",
            Read, cancellationToken, ("tenant", tenantId), ("company", companyId), ("request", requestId)).ConfigureAwait(false);
    }

    /// <summary>Claims messages due for download (across tenants).</summary>
    public async Task<IReadOnlyList<SpvMessage>> ClaimDueDownloadsAsync(string claimer, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var args = ClaimSql.Args(claimer, time.GetUtcNow(), lease, max);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var claimed = await session.QueryAsync(
            ClaimSql.Build(session.Dialect, "spv_messages", "id", "next_attempt_at <= @now", "next_attempt_at, id", Columns),
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <summary>
    /// Ends a download claim: downloaded (nothing more due) when <paramref name="retryAt"/> is null, else counted
    /// as a failed attempt due again then. False when the claim was lost.
    /// </summary>
    public async Task<bool> CompleteDownloadAsync(Guid messageId, string claimer, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE spv_messages SET download_attempts = download_attempts + 1, next_attempt_at = @retryAt,
                downloaded_at = @downloadedAt, claimed_by = NULL, claimed_until = NULL
            WHERE id = @id AND claimed_by = @claimer
            """,
            cancellationToken, ("retryAt", retryAt), ("downloadedAt", retryAt is null ? now : null), ("id", messageId), ("claimer", claimer))
            .ConfigureAwait(false) == 1;
    }

    private static SpvMessage Read(SqlRow row) => new(
        row.Guid("id"),
        row.Guid("tenant_id"),
        row.Guid("company_id"),
        row.String("anaf_id"),
        row.String("type"),
        row.String("cif"),
        row.NullableString("request_id"),
        row.String("details"),
        row.Time("anaf_created_at"),
        row.Int("download_attempts"),
        row.NullableTime("next_attempt_at"),
        row.NullableTime("downloaded_at"),
        row.Time("created_at"));
}
