using Efactura.Simulator.Rules;

namespace Efactura.Simulator;

/// <summary>What the simulator recorded for one accepted upload; tests read these to prove "never twice".</summary>
/// <param name="Index">The <c>index_incarcare</c>.</param>
/// <param name="Standard">UBL, CN, CII or RASP.</param>
/// <param name="Cif">The <c>cif</c> parameter.</param>
/// <param name="SellerCif">The seller's CIF read from the document, digits only, when present.</param>
/// <param name="BuyerCif">The buyer's CIF or CNP read from the document, digits only, when present.</param>
/// <param name="DocumentNumber">The invoice number (BT-1), when present.</param>
/// <param name="AcceptedAt">When the upload was accepted.</param>
/// <param name="Verdict">What processing decides.</param>
public sealed record UploadRecord(
    long Index,
    UploadStandard Standard,
    string Cif,
    string? SellerCif,
    string? BuyerCif,
    string? DocumentNumber,
    DateTimeOffset AcceptedAt,
    InvoiceVerdict Verdict);
