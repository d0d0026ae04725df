namespace Efactura.Server.Storage;

/// <summary>A page of a list, newest first.</summary>
/// <param name="Items">The rows of this page.</param>
/// <param name="NextCursor">Pass it back in <see cref="PageRequest.Cursor"/> for the next page; null on the last page.</param>
/// <typeparam name="T">The row type.</typeparam>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
