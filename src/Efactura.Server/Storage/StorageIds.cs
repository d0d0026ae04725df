namespace Efactura.Server.Storage;

/// <summary>New row ids: UUID version 7, so ids sort by creation time (they double as paging cursors).</summary>
internal static class StorageIds
{
    public static Guid New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow());
}
