namespace Efactura.Core.Json;

/// <summary>
/// The members of an address: of the seller (BG-5), buyer (BG-8), tax representative (BG-12) or
/// delivery (BG-15). Business term ids are given for the seller.
/// </summary>
public static class AddressFields
{
    /// <summary>Street and number, address line 1 (BT-35).</summary>
    public const string Street = "street";

    /// <summary>Address line 2 (BT-36).</summary>
    public const string Street2 = "street2";

    /// <summary>Address line 3 (BT-162).</summary>
    public const string Street3 = "street3";

    /// <summary>City (BT-37). In Bucharest the sector, written SECTOR1..SECTOR6 as BR-RO-100 requires.</summary>
    public const string City = "city";

    /// <summary>
    /// County (BT-39). In Romania any usual spelling ("Cluj", "RO-CJ", "Bucuresti", "Sector 3") becomes the
    /// ISO 3166-2:RO code; a sector also sets the city. Required for Romanian addresses (BR-RO-110).
    /// </summary>
    public const string County = "county";

    /// <summary>Postal code (BT-38).</summary>
    public const string PostalCode = "postalCode";

    /// <summary>Country, ISO 3166-1 alpha-2 (BT-40). Default "RO".</summary>
    public const string Country = "country";
}
