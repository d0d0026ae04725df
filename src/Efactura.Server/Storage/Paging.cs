namespace Efactura.Server.Storage;

/// <summary>Turns "limit + 1 rows" into a page: the extra row only says that another page exists.</summary>
internal static class Paging
{
    public static Page<T> Cut<T>(IReadOnlyList<T> rows, int limit, Func<T, string> cursorOf)
    {
        if (rows.Count <= limit) return new Page<T>(rows, null);
        var items = rows.Take(limit).ToList();
        return new Page<T>(items, cursorOf(items[^1]));
    }

    /// <summary>
    /// One page of a tenant's rows of <paramref name="table"/>, optionally one company's, newest first: ids are
    /// UUID v7, so "id below the cursor" is "recorded earlier".
    /// </summary>
    public static async Task<Page<T>> NewestFirstAsync<T>(
        Database database, string table, string columns, Func<SqlRow, T> read, Func<T, Guid> idOf,
        Guid tenantId, Guid? companyId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("limit", page.EffectiveLimit + 1) };
        var where = "tenant_id = @tenant";
        if (companyId is { } company)
        {
            where += " AND company_id = @company";
            args.Add(("company", company));
        }
        if (page.Cursor is not null)
        {
            where += " AND id < @cursor";
            args.Add(("cursor", Cursor.ToGuid(page.Cursor)));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"SELECT {columns} FROM {table} WHERE {where} ORDER BY id DESC LIMIT @limit", read, cancellationToken, [.. args]).ConfigureAwait(false);
        return Cut(rows, page.EffectiveLimit, row => Cursor.From(idOf(row)));
    }
}
