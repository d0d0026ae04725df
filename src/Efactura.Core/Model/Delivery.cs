namespace Efactura.Core.Model;

/// <summary>Where and when the goods or services were delivered (BG-13).</summary>
public sealed record Delivery
{
    /// <summary>Deliver to party name (BT-70).</summary>
    public string? PartyName { get; init; }

    /// <summary>Deliver to location identifier with scheme (BT-71).</summary>
    public Identifier? LocationId { get; init; }

    /// <summary>Actual delivery date (BT-72).</summary>
    public DateOnly? ActualDeliveryDate { get; init; }

    /// <summary>Deliver to address (BG-15: BT-75..BT-80, BT-165).</summary>
    public Address? Address { get; init; }
}
