using Efactura.Anaf.Archives;

namespace Efactura.Pdf;

/// <summary>
/// What an ANAF download (the descarcare ZIP, <c>{N}.xml</c> + <c>semnatura_{N}.xml</c>) adds to an invoice: the
/// upload index, when ANAF signed it, and its signature file, which the PDF carries as a second attachment.
/// </summary>
/// <param name="UploadIndex">N, ANAF's upload index (index de încărcare).</param>
/// <param name="Signature">The bytes of <c>semnatura_{N}.xml</c>, attached to the PDF as they are.</param>
/// <param name="SignatureCheck">
/// What checking that signature found: only a <see cref="SignatureOutcome.Verified"/> one lets the PDF say that ANAF
/// validated and signed the invoice.
/// </param>
/// <param name="SignedAt">When ANAF wrote the ZIP (its entries' time, Romanian local time), when known.</param>
public sealed record AnafReceipt(long UploadIndex, ReadOnlyMemory<byte> Signature, SignatureOutcome SignatureCheck, DateTime? SignedAt = null)
{
    /// <summary>The signature's file name in the ZIP and in the PDF: <c>semnatura_{N}.xml</c>.</summary>
    public string SignatureFileName => $"semnatura_{UploadIndex}.xml";

    /// <summary>The invoice's file name in the ZIP: <c>{N}.xml</c>.</summary>
    public string DocumentFileName => $"{UploadIndex}.xml";
}
