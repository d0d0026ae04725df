namespace Efactura.Core.Model;

/// <summary>A postal address (BG-5, BG-8, BG-12, BG-15). Business term ids are given for the seller (BG-5).</summary>
public sealed record Address
{
    /// <summary>Address line 1, the street (BT-35).</summary>
    public string? Line1 { get; init; }

    /// <summary>Address line 2 (BT-36).</summary>
    public string? Line2 { get; init; }

    /// <summary>Address line 3 (BT-162).</summary>
    public string? Line3 { get; init; }

    /// <summary>City; for Bucharest CIUS-RO expects the sector, e.g. "SECTOR1" (BT-37).</summary>
    public string? City { get; init; }

    /// <summary>Post code (BT-38).</summary>
    public string? PostalCode { get; init; }

    /// <summary>Country subdivision; for Romania the ISO 3166-2:RO county code, e.g. "RO-CJ" (BT-39).</summary>
    public string? CountrySubdivision { get; init; }

    /// <summary>Country code, ISO 3166-1 alpha-2 (BT-40).</summary>
    public required string CountryCode { get; init; }
}
