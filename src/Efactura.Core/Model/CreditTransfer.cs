namespace Efactura.Core.Model;

/// <summary>A payee account to transfer to (BG-17).</summary>
/// <param name="AccountId">Payment account identifier, an IBAN in Romania (BT-84).</param>
/// <param name="AccountName">Payment account name (BT-85).</param>
/// <param name="ServiceProviderId">Payment service provider identifier, the BIC (BT-86).</param>
public sealed record CreditTransfer(string AccountId, string? AccountName = null, string? ServiceProviderId = null);
