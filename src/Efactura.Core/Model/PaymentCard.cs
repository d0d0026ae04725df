namespace Efactura.Core.Model;

/// <summary>Payment card information (BG-18).</summary>
/// <param name="PrimaryAccountNumber">Payment card primary account number, at most the last 4-6 digits (BT-87).</param>
/// <param name="HolderName">Payment card holder name (BT-88).</param>
/// <param name="NetworkId">Card network, required by UBL (e.g. VISA); not a business term.</param>
public sealed record PaymentCard(string PrimaryAccountNumber, string? HolderName = null, string NetworkId = "NA");
