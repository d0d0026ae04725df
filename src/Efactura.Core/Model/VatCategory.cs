namespace Efactura.Core.Model;

/// <summary>
/// A VAT category code from UNCL 5305 as EN 16931 uses it (BT-95, BT-102, BT-118, BT-151).
/// Unknown codes are kept as written so that a document read from XML can be validated.
/// </summary>
/// <param name="Code">The code, e.g. "S".</param>
public readonly record struct VatCategory(string Code)
{
    /// <summary>S, standard rate (21% or 11% in Romania since 2025-08-01).</summary>
    public static VatCategory Standard => new("S");

    /// <summary>Z, zero rated goods.</summary>
    public static VatCategory ZeroRated => new("Z");

    /// <summary>E, exempt from VAT; needs an exemption reason.</summary>
    public static VatCategory Exempt => new("E");

    /// <summary>AE, VAT reverse charge (taxare inversă).</summary>
    public static VatCategory ReverseCharge => new("AE");

    /// <summary>K, intra-community supply, VAT exempt for EEA.</summary>
    public static VatCategory IntraCommunity => new("K");

    /// <summary>G, free export item, VAT not charged.</summary>
    public static VatCategory Export => new("G");

    /// <summary>O, services outside scope of tax.</summary>
    public static VatCategory OutsideScope => new("O");

    /// <summary>L, Canary Islands general indirect tax.</summary>
    public static VatCategory CanaryIslands => new("L");

    /// <summary>M, tax for production, services and importation in Ceuta and Melilla.</summary>
    public static VatCategory CeutaMelilla => new("M");

    /// <summary>True when the category carries no VAT amount by definition (all but S, L and M).</summary>
    public bool IsZeroVat => Code is "Z" or "E" or "AE" or "K" or "G" or "O";

    /// <summary>True when the category needs an exemption reason text or code (E, AE, K, G, O).</summary>
    public bool RequiresExemptionReason => Code is "E" or "AE" or "K" or "G" or "O";

    /// <inheritdoc />
    public override string ToString() => Code;
}
