namespace Efactura.Anaf.Results;

/// <summary>One entry of the message lists (anaf-api.md §4.2 <c>Mesaj</c>).</summary>
/// <param name="CreatedAt"><c>data_creare</c>, Romanian time.</param>
/// <param name="Cif">The CIF the entry belongs to.</param>
/// <param name="UploadIndex"><c>id_solicitare</c>: the upload index, N of the ZIP's <c>{N}.xml</c>.</param>
/// <param name="Details"><c>detalii</c>, verbatim.</param>
/// <param name="Type">The entry's kind.</param>
/// <param name="RawType"><c>tip</c>, verbatim.</param>
/// <param name="DownloadId"><c>id</c>: what descarcare takes.</param>
public sealed record SpvMessage(DateTime CreatedAt, string Cif, long UploadIndex, string Details, SpvMessageType Type, string RawType, long DownloadId);
