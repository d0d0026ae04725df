namespace Efactura.Simulator.State;

/// <summary>The list's <c>tip</c> values and the filters that select them (anaf-api.md §4.1, §4.2).</summary>
internal static class MessageTypes
{
    public const string Sent = "FACTURA TRIMISA";
    public const string Received = "FACTURA PRIMITA";
    public const string Errors = "ERORI FACTURA";

    /// <summary>S1 lists the buyer message type as this combined string; whether ANAF splits it is unconfirmed.</summary>
    public const string BuyerMessage = "MESAJ CUMPARATOR PRIMIT / MESAJ CUMPARATOR TRANSMIS";

    /// <summary>The type a <c>filtru</c> letter selects, or null for an unknown letter.</summary>
    public static string? ForFilter(string filter) => filter switch
    {
        "E" => Errors,
        "T" => Sent,
        "P" => Received,
        "R" => BuyerMessage,
        _ => null,
    };
}
