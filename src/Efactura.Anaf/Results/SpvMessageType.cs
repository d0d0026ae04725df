namespace Efactura.Anaf.Results;

/// <summary>A list entry's <c>tip</c> (anaf-api.md §4.2).</summary>
public enum SpvMessageType
{
    /// <summary><c>FACTURA TRIMISA</c>.</summary>
    Sent,

    /// <summary><c>FACTURA PRIMITA</c>.</summary>
    Received,

    /// <summary><c>ERORI FACTURA</c>.</summary>
    Errors,

    /// <summary>Starts with <c>MESAJ CUMPARATOR</c> (the exact string is unconfirmed).</summary>
    BuyerMessage,

    /// <summary>Any other text; see <see cref="SpvMessage.RawType"/>.</summary>
    Other,
}
