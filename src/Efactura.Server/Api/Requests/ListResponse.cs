namespace Efactura.Server.Api.Requests;

/// <summary>One page of a list: the items, newest first, and the cursor of the next page (null on the last).</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="Next">Pass it as <c>?cursor=</c> for the next page; null when this is the last page.</param>
/// <typeparam name="T">The item type.</typeparam>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, string? Next);
