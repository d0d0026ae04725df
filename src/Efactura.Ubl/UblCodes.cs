namespace Efactura.Ubl;

/// <summary>Fixed code values the EN 16931 UBL syntax binding uses to tell business terms apart.</summary>
internal static class UblCodes
{
    /// <summary>TaxScheme/cbc:ID of VAT: the VAT identifiers (BT-31, BT-48, BT-63) and every VAT category.</summary>
    public const string VatScheme = "VAT";

    /// <summary>
    /// TaxScheme/cbc:ID written for the seller's tax registration identifier (BT-32); the binding only
    /// requires it not to be VAT, and "TAX" is the value the CEN and PEPPOL examples use.
    /// </summary>
    public const string TaxRegistrationScheme = "TAX";

    /// <summary>UNCL 1001 document type code of an invoiced object identifier (BT-18, BT-128).</summary>
    public const string InvoicedObjectDocumentType = "130";

    /// <summary>UNCL 1001 document type code of the project reference (BT-11) in a credit note.</summary>
    public const string ProjectDocumentType = "50";

    /// <summary>Identification scheme of the SEPA bank assigned creditor identifier (BT-90).</summary>
    public const string SepaScheme = "SEPA";
}
