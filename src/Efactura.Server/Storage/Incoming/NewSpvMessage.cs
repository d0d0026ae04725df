namespace Efactura.Server.Storage.Incoming;

/// <summary>A message from ANAF's message list (lista mesaje), as read.</summary>
/// <param name="AnafId">ANAF's message id (the id to download it with).</param>
/// <param name="Type">ANAF's type text, e.g. <c>FACTURA PRIMITA</c>, <c>FACTURA TRIMISA</c>, <c>ERORI FACTURA</c>.</param>
/// <param name="Cif">The CIF the message is for.</param>
/// <param name="RequestId">ANAF's id_solicitare (the upload's index_incarcare), if any.</param>
/// <param name="Details">ANAF's detail text.</param>
/// <param name="AnafCreatedAt">ANAF's data_creare, converted to UTC.</param>
public sealed record NewSpvMessage(string AnafId, string Type, string Cif, string? RequestId, string Details, DateTimeOffset AnafCreatedAt)
{
    /// <summary>ANAF's type of a received invoice; such messages are due for download when recorded.</summary>
    public const string ReceivedInvoiceType = "FACTURA PRIMITA";
}
