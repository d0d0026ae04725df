namespace Efactura.Ubl.Cii;

/// <summary>Fixed code values the EN 16931 CII syntax binding uses to tell business terms apart.</summary>
internal static class CiiCodes
{
    /// <summary>schemeID of the seller's or buyer's VAT identifier (BT-31, BT-48, BT-63) in ram:SpecifiedTaxRegistration.</summary>
    public const string VatScheme = "VA";

    /// <summary>schemeID of the seller's tax registration identifier (BT-32), "fiscal number".</summary>
    public const string TaxRegistrationScheme = "FC";

    /// <summary>UNCL 1001 type code of an additional supporting document (BG-24) among the referenced documents.</summary>
    public const string SupportingDocumentType = "916";

    /// <summary>UNCL 1001 type code of the tender or lot reference (BT-17).</summary>
    public const string TenderOrLotType = "50";

    /// <summary>UNCL 1001 type code of an invoiced object identifier (BT-18, BT-128).</summary>
    public const string InvoicedObjectType = "130";

    /// <summary>The only date format EN 16931 allows in CII (rules CII-DT-...): 102, CCYYMMDD.</summary>
    public const string DateFormat = "102";
}
