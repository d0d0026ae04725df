using Efactura.Simulator.Rules;

namespace Efactura.Simulator.State;

/// <summary>
/// One accepted upload and what processing will make of it: everything its messages, list entries and download are
/// made from, so an <see cref="ISimulatorStore"/> that keeps these keeps the simulator's messages.
/// </summary>
public sealed record StoredUpload
{
    /// <summary>The <c>index_incarcare</c>.</summary>
    public required long Index { get; init; }

    /// <summary>UBL, CN, CII or RASP.</summary>
    public required UploadStandard Standard { get; init; }

    /// <summary>The <c>cif</c> parameter.</summary>
    public required string Cif { get; init; }

    /// <summary>The seller's CIF read from the document, when present.</summary>
    public required string? SellerCif { get; init; }

    /// <summary>The buyer's CIF or CNP read from the document, when present.</summary>
    public required string? BuyerCif { get; init; }

    /// <summary>The invoice number (BT-1), when present.</summary>
    public required string? DocumentNumber { get; init; }

    /// <summary>The document as uploaded.</summary>
    public required byte[] Document { get; init; }

    /// <summary>When the upload was accepted.</summary>
    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>When processing ends (the verdict, the messages and the download appear).</summary>
    public required DateTimeOffset ProcessedAt { get; init; }

    /// <summary>What processing decides.</summary>
    public required InvoiceVerdict Verdict { get; init; }

    /// <summary>The id of the message processing produces; 0 when none (not taken).</summary>
    public required long DownloadId { get; init; }

    /// <summary>Uploaded with <c>autofactura=DA</c>.</summary>
    public bool SelfBilled { get; init; }

    /// <summary>For a buyer message (RASP): the upload index it answers.</summary>
    public long? AnsweredIndex { get; init; }

    /// <summary>The CIF the error file is addressed to: the seller when the XML names one, else the cif parameter.</summary>
    public string IssuerCif => SellerCif ?? Cif;
}
