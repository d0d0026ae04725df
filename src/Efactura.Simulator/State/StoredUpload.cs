using Efactura.Simulator.Rules;

namespace Efactura.Simulator.State;

/// <summary>One accepted upload and what processing will make of it.</summary>
internal sealed record StoredUpload
{
    public required long Index { get; init; }
    public required UploadStandard Standard { get; init; }
    public required string Cif { get; init; }
    public required string? SellerCif { get; init; }
    public required string? BuyerCif { get; init; }
    public required string? DocumentNumber { get; init; }
    public required byte[] Document { get; init; }
    public required DateTimeOffset AcceptedAt { get; init; }
    public required DateTimeOffset ProcessedAt { get; init; }
    public required InvoiceVerdict Verdict { get; init; }
    public required long DownloadId { get; init; }
    public bool SelfBilled { get; init; }
    public long? AnsweredIndex { get; init; }

    /// <summary>The CIF the error file is addressed to: the seller when the XML names one, else the cif parameter.</summary>
    public string IssuerCif => SellerCif ?? Cif;
}
