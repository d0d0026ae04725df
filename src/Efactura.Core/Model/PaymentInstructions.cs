namespace Efactura.Core.Model;

/// <summary>How the payment is expected to be made (BG-16). UBL writes one per means of payment.</summary>
public sealed record PaymentInstructions
{
    /// <summary>Payment means type code, UNCL 4461, e.g. 30 credit transfer, 42 bank account, 48 card, 49 direct debit (BT-81).</summary>
    public required string MeansCode { get; init; }

    /// <summary>Payment means text (BT-82).</summary>
    public string? MeansText { get; init; }

    /// <summary>Remittance information, the reference the payer should quote (BT-83).</summary>
    public string? RemittanceInformation { get; init; }

    /// <summary>Credit transfer to the payee's account (BG-17).</summary>
    public CreditTransfer? CreditTransfer { get; init; }

    /// <summary>Payment card information (BG-18).</summary>
    public PaymentCard? Card { get; init; }

    /// <summary>Direct debit (BG-19).</summary>
    public DirectDebit? DirectDebit { get; init; }
}
