using System.Collections.Immutable;

namespace Efactura.Server.Application.Archive;

/// <summary>One invoice's line in the archive's index (<c>index.csv</c>, <c>index.json</c>).</summary>
/// <param name="Direction"><c>issued</c> (the company is the seller) or <c>received</c> (the company is the buyer).</param>
/// <param name="Folder">The folder in the archive holding its files.</param>
/// <param name="Number">BT-1.</param>
/// <param name="TypeCode">BT-3, or null when the XML could not be read.</param>
/// <param name="IssueDate">BT-2.</param>
/// <param name="DueDate">BT-9, or null.</param>
/// <param name="Currency">BT-5, or null when the XML could not be read.</param>
/// <param name="SellerId">The seller's VAT identifier (BT-31) or, without one, its legal registration id (BT-30).</param>
/// <param name="SellerName">BT-27.</param>
/// <param name="BuyerId">The buyer's VAT identifier (BT-48) or legal registration id (BT-47).</param>
/// <param name="BuyerName">BT-44.</param>
/// <param name="NetTotal">BT-109, total without VAT.</param>
/// <param name="VatTotal">BT-110, total VAT in the invoice currency.</param>
/// <param name="Total">BT-112, total with VAT.</param>
/// <param name="Payable">BT-115, amount due.</param>
/// <param name="Vat">The VAT breakdown (BG-23), one entry per category and rate.</param>
/// <param name="UploadIndex">ANAF's upload index (index_incarcare) of an issued invoice.</param>
/// <param name="DownloadId">ANAF's download id: the verdict of an issued invoice, the message of a received one.</param>
/// <param name="State">The issued invoice's state, or <c>received</c>.</param>
/// <param name="Signature">The check of ANAF's signature on its ZIP, or null.</param>
/// <param name="Files">The files of it in the archive (names within <paramref name="Folder"/>).</param>
/// <param name="Missing">What could not be put in the archive and why, or null.</param>
public sealed record ArchiveIndexEntry(
    string Direction, string Folder, string Number, string? TypeCode, DateOnly IssueDate, DateOnly? DueDate, string? Currency,
    string? SellerId, string? SellerName, string? BuyerId, string? BuyerName,
    decimal? NetTotal, decimal? VatTotal, decimal? Total, decimal? Payable, ImmutableArray<ArchiveVatEntry> Vat,
    string? UploadIndex, string? DownloadId, string State, string? Signature, ImmutableArray<string> Files, string? Missing);

/// <summary>One VAT category and rate of an invoice (BG-23).</summary>
/// <param name="Category">BT-118 (S, Z, E, AE, K, G, O, L, M).</param>
/// <param name="Rate">BT-119, or null.</param>
/// <param name="Taxable">BT-116.</param>
/// <param name="Tax">BT-117.</param>
public sealed record ArchiveVatEntry(string Category, decimal? Rate, decimal Taxable, decimal Tax);
