namespace Efactura.Core.Model;

/// <summary>Direct debit information (BG-19).</summary>
/// <param name="MandateReference">Mandate reference identifier (BT-89).</param>
/// <param name="CreditorId">Bank assigned creditor identifier (BT-90).</param>
/// <param name="DebitedAccountId">Debited account identifier (BT-91).</param>
public sealed record DirectDebit(string? MandateReference = null, Identifier? CreditorId = null, string? DebitedAccountId = null);
