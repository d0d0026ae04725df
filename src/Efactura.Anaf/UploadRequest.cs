namespace Efactura.Anaf;

/// <summary>What to upload and how (anaf-api.md §2.1).</summary>
/// <param name="Document">The XML, sent as is (at most 10 MB).</param>
/// <param name="Cif">The CIF with SPV rights that receives errors when the seller cannot be read; an RO prefix is removed.</param>
/// <param name="Standard">UBL, CN, CII or RASP.</param>
public sealed record UploadRequest(byte[] Document, string Cif, UploadStandard Standard = UploadStandard.UBL)
{
    /// <summary><c>extern=DA</c>: the buyer is outside Romania.</summary>
    public bool External { get; init; }

    /// <summary><c>autofactura=DA</c>: the buyer issues the invoice in the supplier's name.</summary>
    public bool SelfBilled { get; init; }

    /// <summary><c>executare=DA</c>: filed by an enforcement body for the debtor.</summary>
    public bool Enforcement { get; init; }

    /// <summary>Send to <c>uploadb2c</c> (buyer without CUI).</summary>
    public bool BusinessToConsumer { get; init; }
}
