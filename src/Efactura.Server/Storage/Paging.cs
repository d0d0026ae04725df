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
}
