using System.Collections.Immutable;

namespace Efactura.Core.Model;

/// <summary>
/// A trading party: the seller (BG-4) or the buyer (BG-7). Business term ids are given as seller / buyer.
/// </summary>
public sealed record Party
{
    /// <summary>Registration name (BT-27 / BT-44).</summary>
    public required string Name { get; init; }

    /// <summary>Trading name, when different from the registration name (BT-28 / BT-45).</summary>
    public string? TradingName { get; init; }

    /// <summary>Party identifiers with their schemes (BT-29 / BT-46); the seller may have several.</summary>
    public ImmutableArray<Identifier> Identifiers { get; init; } = [];

    /// <summary>Legal registration identifier: in Romania the CUI/CIF, or the CNP of a person (BT-30 / BT-47).</summary>
    public Identifier? LegalRegistrationId { get; init; }

    /// <summary>VAT identifier with country prefix, e.g. RO12345678 (BT-31 / BT-48).</summary>
    public string? VatIdentifier { get; init; }

    /// <summary>Local tax registration identifier of the seller, e.g. a CUI when not VAT-registered (BT-32; seller only).</summary>
    public string? TaxRegistrationId { get; init; }

    /// <summary>Additional legal information of the seller, e.g. the trade register number and share capital (BT-33; seller only).</summary>
    public string? AdditionalLegalInformation { get; init; }

    /// <summary>Electronic address, with its EAS scheme (BT-34 / BT-49).</summary>
    public Identifier? ElectronicAddress { get; init; }

    /// <summary>Postal address (BG-5 / BG-8).</summary>
    public required Address Address { get; init; }

    /// <summary>Contact (BG-6 / BG-9).</summary>
    public Contact? Contact { get; init; }
}
