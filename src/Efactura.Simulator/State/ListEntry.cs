namespace Efactura.Simulator.State;

/// <summary>One entry of the message lists, visible to one CIF (anaf-api.md §4.2 <c>Mesaj</c>).</summary>
internal sealed record ListEntry(DateTimeOffset CreatedAt, string Cif, long UploadIndex, string Details, string Type, long DownloadId);
