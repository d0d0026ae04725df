namespace Efactura.Anaf;

/// <summary>upload's <c>standard</c> (anaf-api.md §2.1).</summary>
public enum UploadStandard
{
    /// <summary>UBL 2.1 Invoice.</summary>
    UBL,

    /// <summary>UBL 2.1 CreditNote.</summary>
    CN,

    /// <summary>UN/CEFACT Cross Industry Invoice.</summary>
    CII,

    /// <summary>A buyer's message about a received invoice.</summary>
    RASP,
}
