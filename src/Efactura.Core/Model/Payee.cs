namespace Efactura.Core.Model;

/// <summary>The party that receives the payment, when it is not the seller (BG-10).</summary>
public sealed record Payee
{
    /// <summary>Payee name (BT-59).</summary>
    public required string Name { get; init; }

    /// <summary>Payee identifier with scheme (BT-60).</summary>
    public Identifier? Identifier { get; init; }

    /// <summary>Payee legal registration identifier with scheme (BT-61).</summary>
    public Identifier? LegalRegistrationId { get; init; }
}
