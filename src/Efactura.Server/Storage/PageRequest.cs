namespace Efactura.Server.Storage;

/// <summary>One page of a list: where to continue and how many rows at most.</summary>
/// <param name="Cursor">The <see cref="Page{T}.NextCursor"/> of the page before, or null for the first page.</param>
/// <param name="Limit">Rows per page, 1 to <see cref="MaxLimit"/>.</param>
public sealed record PageRequest(string? Cursor = null, int Limit = PageRequest.DefaultLimit)
{
    /// <summary>The page size when the client names none: 50.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The largest page: 500.</summary>
    public const int MaxLimit = 500;

    /// <summary>The limit forced into 1..<see cref="MaxLimit"/>.</summary>
    public int EffectiveLimit => Math.Clamp(Limit, 1, MaxLimit);
}
