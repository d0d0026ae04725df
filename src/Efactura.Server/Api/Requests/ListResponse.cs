namespace Efactura.Server.Api.Requests;

/// <summary>A list answer: the items and, when more exist, the cursor of the next page.</summary>
/// <param name="Items">This page's items.</param>
/// <param name="NextCursor">Pass it as <c>?cursor=</c> for the next page; absent on the last page.</param>
/// <typeparam name="T">The item type.</typeparam>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, string? NextCursor = null);
