namespace Efactura.Simulator;

/// <summary>The <c>standard</c> parameter of upload (anaf-api.md §2.1).</summary>
public enum UploadStandard
{
    /// <summary>UBL 2.1 Invoice.</summary>
    UBL,

    /// <summary>UBL 2.1 CreditNote.</summary>
    CN,

    /// <summary>UN/CEFACT Cross Industry Invoice.</summary>
    CII,

    /// <summary>A buyer's message about an invoice (<c>mfp:anaf:dgti:spv:reqMesaj:v1</c>).</summary>
    RASP,
}
