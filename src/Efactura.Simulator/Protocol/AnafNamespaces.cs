namespace Efactura.Simulator.Protocol;

/// <summary>The XML namespaces of ANAF's messages, verbatim (anaf-api.md), typo in the error file included.</summary>
public static class AnafNamespaces
{
    /// <summary>Upload answer (anaf-api.md §2.2).</summary>
    public const string UploadResponse = "mfp:anaf:dgti:spv:respUploadFisier:v1";

    /// <summary>stareMesaj answer (anaf-api.md §3).</summary>
    public const string MessageState = "mfp:anaf:dgti:efactura:stareMesajFactura:v1";

    /// <summary>The error file of a rejected invoice; "Factuta" is ANAF's spelling (anaf-api.md §5.1).</summary>
    public const string ErrorFile = "mfp:anaf:dgti:efactura:mesajEroriFactuta:v1";

    /// <summary>The buyer's message (RASP) (anaf-api.md §10).</summary>
    public const string BuyerMessage = "mfp:anaf:dgti:spv:reqMesaj:v1";

    /// <summary>UBL 2.1 Invoice.</summary>
    public const string UblInvoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    /// <summary>UBL 2.1 CreditNote.</summary>
    public const string UblCreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    /// <summary>UN/CEFACT Cross Industry Invoice D16B.</summary>
    public const string CrossIndustryInvoice = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

    /// <summary>UBL common basic components.</summary>
    public const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /// <summary>UBL common aggregate components.</summary>
    public const string Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    /// <summary>UN/CEFACT reusable aggregate business information entities (CII's <c>ram:</c> elements).</summary>
    public const string Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
}
