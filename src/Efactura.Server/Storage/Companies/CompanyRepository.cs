namespace Efactura.Server.Storage.Companies;

/// <summary>Companies and their settings; the incoming-sync schedule per company.</summary>
public sealed class CompanyRepository(Database database, TimeProvider time)
{
    internal const string Columns =
        "id, tenant_id, cui, name, environment, auto_send, delay_hours, sync_enabled, sync_days_back, next_sync_at, created_at, updated_at";

    /// <summary>Creates a company; null when the tenant already has one with this CUI.</summary>
    public async Task<Company?> CreateAsync(Guid tenantId, string cui, string name, CompanySettings settings, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cui);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var now = time.GetUtcNow();
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"""
            INSERT INTO companies (id, tenant_id, cui, name, environment, auto_send, delay_hours, sync_enabled, sync_days_back, next_sync_at, created_at, updated_at)
            VALUES (@id, @tenant, @cui, @name, @environment, @autoSend, @delayHours, @syncEnabled, @syncDaysBack, @nextSync, @now, @now)
            ON CONFLICT (tenant_id, cui) DO NOTHING
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            ("id", StorageIds.New(time)), ("tenant", tenantId), ("cui", cui), ("name", name),
            ("environment", settings.Environment), ("autoSend", settings.AutoSend), ("delayHours", settings.DelayHours),
            ("syncEnabled", settings.SyncEnabled), ("syncDaysBack", settings.SyncDaysBack),
            ("nextSync", settings.SyncEnabled ? now : null), ("now", now)).ConfigureAwait(false);
    }

    /// <summary>The tenant's company, or null (also when it belongs to another tenant).</summary>
    public async Task<Company?> GetAsync(Guid tenantId, Guid companyId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM companies WHERE tenant_id = @tenant AND id = @id",
            Read, cancellationToken, ("tenant", tenantId), ("id", companyId)).ConfigureAwait(false);
    }

    /// <summary>The tenant's company with this CUI, or null.</summary>
    public async Task<Company?> FindByCuiAsync(Guid tenantId, string cui, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM companies WHERE tenant_id = @tenant AND cui = @cui",
            Read, cancellationToken, ("tenant", tenantId), ("cui", cui)).ConfigureAwait(false);
    }

    /// <summary>The tenant's companies, newest first.</summary>
    public async Task<Page<Company>> ListAsync(Guid tenantId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("limit", page.EffectiveLimit + 1) };
        var after = "";
        if (page.Cursor is not null)
        {
            after = " AND id < @cursor";
            args.Add(("cursor", Cursor.ToGuid(page.Cursor)));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"SELECT {Columns} FROM companies WHERE tenant_id = @tenant{after} ORDER BY id DESC LIMIT @limit",
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, c => Cursor.From(c.Id));
    }

    /// <summary>
    /// Changes the name and settings; null when the tenant has no such company. Turning sync on makes it due
    /// now; turning it off clears the schedule.
    /// </summary>
    public async Task<Company?> UpdateAsync(Guid tenantId, Guid companyId, string name, CompanySettings settings, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"""
            UPDATE companies SET name = @name, environment = @environment, auto_send = @autoSend, delay_hours = @delayHours,
                sync_enabled = @syncEnabled, sync_days_back = @syncDaysBack, updated_at = @now,
                next_sync_at = CASE WHEN @syncEnabled THEN COALESCE(next_sync_at, @now) ELSE NULL END
            WHERE tenant_id = @tenant AND id = @id
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            ("tenant", tenantId), ("id", companyId), ("name", name),
            ("environment", settings.Environment), ("autoSend", settings.AutoSend), ("delayHours", settings.DelayHours),
            ("syncEnabled", settings.SyncEnabled), ("syncDaysBack", settings.SyncDaysBack), ("now", time.GetUtcNow())).ConfigureAwait(false);
    }

    /// <summary>
    /// Records that ANAF answered a call of the company with success at <paramref name="at"/> (never moves the time
    /// back); false when the tenant has no such company or a later success is recorded already.
    /// </summary>
    public async Task<bool> RecordAnafSuccessAsync(Guid tenantId, Guid companyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE companies SET last_anaf_success_at = @at
            WHERE tenant_id = @tenant AND id = @id AND (last_anaf_success_at IS NULL OR last_anaf_success_at < @at)
            """,
            cancellationToken, ("at", at), ("tenant", tenantId), ("id", companyId)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Makes the incoming sync of the tenant's companies (or only <paramref name="companyId"/>) due now, for
    /// <c>POST /v1/sync</c>; companies with sync off are left alone. Returns the ids made due.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> MarkSyncDueAsync(Guid tenantId, Guid? companyId, CancellationToken cancellationToken)
    {
        var args = new List<SqlArg> { ("tenant", tenantId), ("now", time.GetUtcNow()) };
        var only = "";
        if (companyId is { } id)
        {
            only = " AND id = @id";
            args.Add(("id", id));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var due = await session.QueryAsync(
            $"UPDATE companies SET next_sync_at = @now WHERE tenant_id = @tenant AND sync_enabled{only} RETURNING id",
            row => row.Guid("id"), cancellationToken, [.. args]).ConfigureAwait(false);
        return [.. due.Order()];
    }

    /// <summary>Claims companies whose incoming sync is due (across tenants: the sync worker serves them all).</summary>
    public async Task<IReadOnlyList<Company>> ClaimDueSyncAsync(string claimer, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var args = ClaimSql.Args(claimer, time.GetUtcNow(), lease, max);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var claimed = await session.QueryAsync(
            ClaimSql.Build(session.Dialect, "companies", "id", "sync_enabled AND next_sync_at <= @now", "next_sync_at, id", Columns),
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <summary>Ends a sync claim and sets when the next sync is due; false when the claim was lost.</summary>
    public async Task<bool> CompleteSyncAsync(Guid tenantId, Guid companyId, string claimer, DateTimeOffset nextSyncAt, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE companies SET next_sync_at = CASE WHEN sync_enabled THEN @next ELSE NULL END, claimed_by = NULL, claimed_until = NULL
            WHERE tenant_id = @tenant AND id = @id AND claimed_by = @claimer
            """,
            cancellationToken, ("next", nextSyncAt), ("tenant", tenantId), ("id", companyId), ("claimer", claimer)).ConfigureAwait(false) == 1;
    }

    internal static Company Read(SqlRow row) => new(
        row.Guid("id"),
        row.Guid("tenant_id"),
        row.String("cui"),
        row.String("name"),
        new CompanySettings(
            row.Enum<AnafEnvironment>("environment"),
            row.Bool("auto_send"),
            row.Int("delay_hours"),
            row.Bool("sync_enabled"),
            row.Int("sync_days_back")),
        row.NullableTime("next_sync_at"),
        row.Time("created_at"),
        row.Time("updated_at"));
}
