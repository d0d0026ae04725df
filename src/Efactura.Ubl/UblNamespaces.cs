namespace Efactura.Ubl;

/// <summary>The XML namespaces of UBL 2.1 documents.</summary>
public static class UblNamespaces
{
    /// <summary>UBL 2.1 Invoice root namespace.</summary>
    public const string Invoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    /// <summary>UBL 2.1 CreditNote root namespace.</summary>
    public const string CreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    /// <summary>Common aggregate components (cac).</summary>
    public const string Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    /// <summary>Common basic components (cbc).</summary>
    public const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
}
