using System.Collections.Immutable;
using System.IO.Compression;
using Efactura.Core.Model;
using Efactura.Pdf;
using Efactura.Server.Storage.Archive;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Ubl;

namespace Efactura.Server.Application.Archive;

/// <summary>
/// A company's archive of a period (issue 19, item 5): one ZIP with, for every invoice it issued (drafts aside) and
/// received in the period, ANAF's ZIP (the legal original, byte for byte), the XML and our PDF, and an index of them
/// all (<c>index.csv</c>, <c>index.json</c>: number, dates, parties, totals, VAT per rate, upload index, state).
/// </summary>
/// <remarks>
/// Streamed: the ZIP is written to the output as the invoices are read, <see cref="PageSize"/> rows at a time (keyset
/// paging), and the index and the ZIP's central directory go to temporary files until the end
/// (<see cref="StreamingZipWriter"/>), so memory holds one page and one invoice's documents whatever the period's size
/// (measured in benchmarks/Efactura.ArchiveLoad). A document that cannot be read (corrupted,
/// unreadable XML) is left out and said in the index's <c>missing</c>; it does not stop the archive.
/// </remarks>
public sealed class CompanyArchive(ArchiveRepository archive, CompanyRepository companies, DocumentRepository documents, InvoicePdfs pdfs, TimeProvider time)
{
    /// <summary>Invoices read per query.</summary>
    public const int PageSize = 100;

    private readonly InvoiceXmlReader reader = new();
    private readonly DocumentRepository documents = documents;
    private readonly InvoicePdfs pdfs = pdfs;

    /// <summary>The tenant's company, or null: an archive is asked for a company the caller can see.</summary>
    public Task<Company?> FindCompanyAsync(Guid tenantId, Guid companyId, CancellationToken cancellationToken) =>
        companies.GetAsync(tenantId, companyId, cancellationToken);

    /// <summary>The file name an archive of <paramref name="company"/> for <paramref name="period"/> is offered as.</summary>
    public static string FileName(Company company, ArchivePeriod period)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(period);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"efactura-{company.Cui}-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.zip");
    }

    /// <summary>Writes the archive of <paramref name="company"/> for <paramref name="period"/> to <paramref name="output"/> (left open).</summary>
    /// <param name="company">The company, as <see cref="FindCompanyAsync"/> found it.</param>
    /// <param name="period">The issue dates.</param>
    /// <param name="includePdf">Whether to add our PDF of each invoice (rendering is the costly part).</param>
    /// <param name="output">Where the ZIP goes; written forward only, so an HTTP response body will do.</param>
    /// <param name="cancellationToken">Stops the export (the client went away).</param>
    /// <returns>How many invoices the archive holds.</returns>
    public async Task<int> WriteAsync(Company company, ArchivePeriod period, bool includePdf, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(output);
        var now = time.GetUtcNow();
        await using var index = new ArchiveIndexFiles();
        await index.StartAsync(new ArchiveSummary(company.Name, company.Cui, period.From, period.To, now), cancellationToken).ConfigureAwait(false);
        await using var zip = new StreamingZipWriter(output, now);
        var writer = new Writer(this, company, includePdf, zip, index);
        await writer.AllAsync((after, c) => archive.IssuedAsync(company.TenantId, company.Id, period.From, period.To, after, PageSize, c), cancellationToken)
            .ConfigureAwait(false);
        await writer.AllAsync((after, c) => archive.ReceivedAsync(company.TenantId, company.Id, period.From, period.To, after, PageSize, c), cancellationToken)
            .ConfigureAwait(false);
        await index.CopyIntoAsync(zip, cancellationToken).ConfigureAwait(false);
        // The central directory waited in a temporary file: it goes last, then the end records.
        await zip.FinishAsync(cancellationToken).ConfigureAwait(false);
        return index.Count;
    }

    private sealed class Writer(CompanyArchive owner, Company company, bool includePdf, StreamingZipWriter zip, ArchiveIndexFiles index)
    {
        public async Task AllAsync(
            Func<ArchivedInvoice?, CancellationToken, Task<IReadOnlyList<ArchivedInvoice>>> page, CancellationToken cancellationToken)
        {
            ArchivedInvoice? after = null;
            while (true)
            {
                var rows = await page(after, cancellationToken).ConfigureAwait(false);
                foreach (var row in rows) await OneAsync(row, cancellationToken).ConfigureAwait(false);
                if (rows.Count < PageSize) return;
                after = rows[^1];
            }
        }

        private async Task OneAsync(ArchivedInvoice invoice, CancellationToken cancellationToken)
        {
            var direction = invoice.Owner == DocumentOwnerType.Invoice ? "issued" : "received";
            var folder = $"{direction}/{Safe(invoice.Number)}_{invoice.Id:N}";
            var files = ImmutableArray.CreateBuilder<string>();
            var missing = new List<string>();

            var xml = await ReadAsync(invoice, DocumentKind.Xml, missing, cancellationToken).ConfigureAwait(false);
            Invoice? model = null;
            if (xml is not null)
            {
                await AddAsync(folder, "invoice.xml", xml, CompressionLevel.Optimal, files, cancellationToken).ConfigureAwait(false);
                try
                {
                    using var stream = new MemoryStream(xml, writable: false);
                    model = owner.reader.Read(stream);
                }
                catch (UblReadException e)
                {
                    missing.Add($"index: the XML cannot be read ({e.Message})");
                }
            }
            var anafZip = await ReadAsync(invoice, DocumentKind.Zip, missing, cancellationToken).ConfigureAwait(false);
            if (anafZip is not null) await AddAsync(folder, "anaf.zip", anafZip, CompressionLevel.NoCompression, files, cancellationToken).ConfigureAwait(false);
            if (includePdf && (xml is not null || anafZip is not null))
            {
                try
                {
                    var (pdf, why) = await owner.pdfs.GetAsync(company.TenantId, invoice.Owner, invoice.Id, PdfLanguage.Romanian, cancellationToken).ConfigureAwait(false);
                    if (pdf is not null) await AddAsync(folder, "invoice.pdf", pdf.Content, CompressionLevel.Fastest, files, cancellationToken).ConfigureAwait(false);
                    else missing.Add($"pdf: {why}");
                }
                catch (DocumentCorruptedException e)
                {
                    missing.Add($"pdf: a stored document is corrupted (document {e.DocumentId})");
                }
            }
            await index.AddAsync(Entry(invoice, direction, folder, model, files.ToImmutable(), missing), cancellationToken).ConfigureAwait(false);
        }

        private async Task<byte[]?> ReadAsync(ArchivedInvoice invoice, DocumentKind kind, List<string> missing, CancellationToken cancellationToken)
        {
            try
            {
                var stored = await owner.documents.GetAsync(company.TenantId, invoice.Owner, invoice.Id, kind, cancellationToken).ConfigureAwait(false);
                return stored?.Content;
            }
            catch (DocumentCorruptedException e)
            {
                missing.Add($"{kind.ToString().ToLowerInvariant()}: corrupted, it no longer matches its SHA-256 (document {e.DocumentId}); restore it from a backup");
                return null;
            }
        }

        private async Task AddAsync(
            string folder, string name, byte[] content, CompressionLevel level, ImmutableArray<string>.Builder files, CancellationToken cancellationToken)
        {
            await zip.AddAsync($"{folder}/{name}", content, level, cancellationToken).ConfigureAwait(false);
            files.Add(name);
        }

        private static ArchiveIndexEntry Entry(
            ArchivedInvoice invoice, string direction, string folder, Invoice? model, ImmutableArray<string> files, List<string> missing) =>
            new(direction, folder, model?.Number ?? invoice.Number, model?.TypeCode.Code, model?.IssueDate ?? invoice.IssueDate, model?.DueDate,
                model?.CurrencyCode, PartyId(model?.Seller), model?.Seller.Name, PartyId(model?.Buyer), model?.Buyer.Name,
                model?.Totals.TaxExclusiveAmount, model?.Totals.VatTotal, model?.Totals.TaxInclusiveAmount, model?.Totals.PayableAmount,
                model is null ? [] : [.. model.VatBreakdown.Select(v => new ArchiveVatEntry(v.Category.Code, v.Rate, v.TaxableAmount, v.TaxAmount))],
                invoice.UploadIndex, invoice.DownloadId, invoice.State, invoice.Signature, files, missing.Count == 0 ? null : string.Join("; ", missing));

        private static string? PartyId(Party? party) => party is null ? null : party.VatIdentifier ?? party.LegalRegistrationId?.Value;

        // An invoice number is the supplier's text: keep it readable but safe as a path segment.
        private static string Safe(string number)
        {
            var safe = new string([.. number.Take(60).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
            return safe.Trim('.').Length == 0 ? "invoice" : safe;
        }
    }
}
