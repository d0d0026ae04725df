namespace Efactura.Anaf.Results;

/// <summary>The lists' <c>filtru</c> (anaf-api.md §4.1).</summary>
public enum MessageFilter
{
    /// <summary>E: ERORI FACTURA.</summary>
    Errors,

    /// <summary>T: FACTURA TRIMISA.</summary>
    Sent,

    /// <summary>P: FACTURA PRIMITA.</summary>
    Received,

    /// <summary>R: buyer messages.</summary>
    BuyerMessages,
}
