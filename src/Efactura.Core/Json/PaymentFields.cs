namespace Efactura.Core.Json;

/// <summary>The members of <c>payment</c>, the payment instructions (BG-16).</summary>
public static class PaymentFields
{
    /// <summary>
    /// Payment means (BT-81): a UNCL 4461 code ("30", "31", "42", "48", "49", "10", "97"…) or a name:
    /// "transfer" 30, "bankAccount" 42, "card" 48, "directDebit" 49, "cash" 10, "sepaTransfer" 58,
    /// "sepaDirectDebit" 59, "cheque" 20, "clearing" 97. Default "30" when an IBAN is given.
    /// </summary>
    public const string Means = "means";

    /// <summary>Payment means text (BT-82).</summary>
    public const string MeansText = "meansText";

    /// <summary>The account to pay into, an IBAN in Romania (BT-84, BG-17).</summary>
    public const string Iban = "iban";

    /// <summary>Account name (BT-85).</summary>
    public const string AccountName = "accountName";

    /// <summary>The bank's BIC (BT-86).</summary>
    public const string Bic = "bic";

    /// <summary>Remittance information, the reference to quote when paying (BT-83).</summary>
    public const string Reference = "reference";

    /// <summary>Payment terms, free text (BT-20); the same term as the root's <c>paymentTerms</c>.</summary>
    public const string Terms = "terms";

    /// <summary>Card (BG-18): {lastDigits (BT-87), holder (BT-88), network}.</summary>
    public const string Card = "card";

    /// <summary>Direct debit (BG-19): {mandate (BT-89), creditorId (BT-90), account (BT-91)}.</summary>
    public const string DirectDebit = "directDebit";
}
