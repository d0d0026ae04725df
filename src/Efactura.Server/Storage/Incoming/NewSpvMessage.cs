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

    /// <summary>
    /// The start of ANAF's type of a buyer's message (RASP): the whole text is unconfirmed (anaf-api.md §4.2 lists
    /// <c>MESAJ CUMPARATOR PRIMIT / MESAJ CUMPARATOR TRANSMIS</c>), so it is matched by this prefix.
    /// </summary>
    public const string BuyerMessageTypePrefix = "MESAJ CUMPARATOR";

    /// <summary>Whether ANAF's <paramref name="type"/> is a buyer's message (RASP).</summary>
    public static bool IsBuyerMessage(string type) => type.StartsWith(BuyerMessageTypePrefix, StringComparison.Ordinal);

    /// <summary>Whether a message of ANAF's <paramref name="type"/> is downloaded by the incoming sync: received invoices and buyers' messages.</summary>
    public static bool IsDownloaded(string type) => type == ReceivedInvoiceType || IsBuyerMessage(type);
}
