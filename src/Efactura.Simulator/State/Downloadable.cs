namespace Efactura.Simulator.State;

/// <summary>What descarcare serves for one id: the <c>{N}.xml</c> of the ZIP and who may fetch it.</summary>
/// <param name="DownloadId">The download id.</param>
/// <param name="FileIndex">N in <c>{N}.xml</c>: the upload index, not the download id (anaf-api.md §5.1).</param>
/// <param name="Document">The invoice as uploaded, the error file or the buyer message.</param>
/// <param name="CreatedAt">When processing ended; retention counts from here.</param>
/// <param name="Readers">The CIFs whose holders may download it.</param>
internal sealed record Downloadable(long DownloadId, long FileIndex, byte[] Document, DateTimeOffset CreatedAt, IReadOnlySet<string> Readers);
