namespace Efactura.Server.Storage;

/// <summary>
/// The one statement every worker claims due rows with: marks up to <c>@max</c> due, unclaimed (or
/// lease-expired) rows as held by <c>@claimer</c> until <c>@until</c> and returns them. On PostgreSQL the
/// inner SELECT skips rows another node is claiming at that moment (<c>FOR UPDATE SKIP LOCKED</c>), so two
/// claimers never get the same row; on SQLite the single writer lock gives the same guarantee. A claim is a
/// lease: a node that dies loses its rows when the lease ends, and the next claimer takes them over.
/// </summary>
internal static class ClaimSql
{
    /// <param name="dialect">The engine.</param>
    /// <param name="table">The table (a constant of the repository, never user input).</param>
    /// <param name="key">Its primary key column.</param>
    /// <param name="due">The condition that makes a row due (may use <c>@now</c>).</param>
    /// <param name="order">Which due rows first.</param>
    /// <param name="columns">The columns to return.</param>
    public static string Build(SqlDialect dialect, string table, string key, string due, string order, string columns) =>
        $"""
        UPDATE {table} SET claimed_by = @claimer, claimed_until = @until
        WHERE {key} IN (
            SELECT {key} FROM {table}
            WHERE ({due}) AND (claimed_until IS NULL OR claimed_until <= @now)
            ORDER BY {order}
            LIMIT @max
            {dialect.SkipLocked})
        RETURNING {columns}
        """;

    /// <summary>The parameters <see cref="Build"/>'s statement needs.</summary>
    public static List<SqlArg> Args(string claimer, DateTimeOffset now, TimeSpan lease, int max)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimer);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return [("claimer", claimer), ("now", now), ("until", now + lease), ("max", max)];
    }
}
