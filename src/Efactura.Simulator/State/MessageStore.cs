using System.Globalization;
using System.Text;
using Efactura.Simulator.Protocol;
using Efactura.Simulator.Rules;

namespace Efactura.Simulator.State;

/// <summary>
/// The messages of one ANAF environment: accepted uploads, list entries and downloads. Processing is
/// lazy: everything is recorded at upload time with the instant it becomes visible, and queries compare
/// that instant with the clock, so no background work and no sleeping. Thread-safe.
/// </summary>
internal sealed class MessageStore(long firstUploadIndex, long firstDownloadId)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, StoredUpload> _uploads = [];
    private readonly Dictionary<long, Downloadable> _downloads = [];
    private readonly List<ListEntry> _entries = [];
    private readonly List<UploadRecord> _records = [];
    private long _nextUploadIndex = firstUploadIndex;
    private long _nextDownloadId = firstDownloadId;

    /// <summary>
    /// An accepted upload with the next index and download id, taken now (an upload whose saving fails leaves a gap, as
    /// ANAF's indexes have); it counts once <see cref="Publish"/>ed.
    /// </summary>
    public StoredUpload Next(UploadStandard standard, string cif, UploadFacts facts, byte[] document, bool selfBilled,
        DateTimeOffset acceptedAt, DateTimeOffset processedAt, InvoiceVerdict verdict)
    {
        lock (_gate)
        {
            return new StoredUpload
            {
                Index = _nextUploadIndex++,
                Standard = standard,
                Cif = cif,
                SellerCif = facts.SellerCif,
                BuyerCif = facts.BuyerCif,
                DocumentNumber = facts.DocumentNumber,
                Document = document,
                AcceptedAt = acceptedAt,
                ProcessedAt = processedAt,
                Verdict = verdict,
                DownloadId = verdict.Kind == InvoiceVerdictKind.NotTaken ? 0 : _nextDownloadId++,
                SelfBilled = selfBilled,
                AnsweredIndex = facts.AnsweredIndex,
            };
        }
    }

    /// <summary>
    /// Records an accepted upload and everything its processing will produce: one made by <see cref="Next"/>, or one
    /// saved before a restart (the indexes to come then follow it).
    /// </summary>
    public void Publish(StoredUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        lock (_gate)
        {
            _uploads[upload.Index] = upload;
            _records.Add(new UploadRecord(upload.Index, upload.Standard, upload.Cif, upload.SellerCif, upload.BuyerCif, upload.DocumentNumber,
                upload.AcceptedAt, upload.Verdict));
            _nextUploadIndex = Math.Max(_nextUploadIndex, upload.Index + 1);
            if (upload.DownloadId != 0) _nextDownloadId = Math.Max(_nextDownloadId, upload.DownloadId + 1);
            PublishMessages(upload);
        }
    }

    /// <summary>Records an invoice from another supplier, already processed, as the buyer will find it (FACTURA PRIMITA).</summary>
    public StoredUpload SeedIncoming(string buyerCif, string sellerCif, string? number, byte[] document, DateTimeOffset processedAt)
    {
        var facts = new UploadFacts(sellerCif, buyerCif, number, null);
        var upload = Next(UploadStandard.UBL, sellerCif, facts, document, false, processedAt, processedAt, InvoiceVerdict.Accepted);
        Publish(upload);
        return upload;
    }

    /// <summary>The upload with <paramref name="index"/>, or null.</summary>
    public StoredUpload? FindUpload(long index)
    {
        lock (_gate) return _uploads.GetValueOrDefault(index);
    }

    /// <summary>The download with <paramref name="id"/> once processing has produced it, or null.</summary>
    public Downloadable? FindDownload(long id, DateTimeOffset now)
    {
        lock (_gate) return _downloads.TryGetValue(id, out var d) && d.CreatedAt <= now ? d : null;
    }

    /// <summary>The entries visible to <paramref name="cif"/> at <paramref name="now"/>, created in [from, to].</summary>
    public IReadOnlyList<ListEntry> Entries(string cif, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, TimeSpan lag)
    {
        lock (_gate)
        {
            return _entries
                .Where(e => e.Cif == cif && e.CreatedAt + lag <= now && e.CreatedAt >= from && e.CreatedAt <= to)
                .ToList();
        }
    }

    /// <summary>Every accepted upload so far, in index order.</summary>
    public IReadOnlyList<UploadRecord> Records()
    {
        lock (_gate) return _records.OrderBy(r => r.Index).ToList();
    }

    private void PublishMessages(StoredUpload upload)
    {
        switch (upload.Verdict.Kind)
        {
            case InvoiceVerdictKind.NotTaken:
                return;
            case InvoiceVerdictKind.Rejected:
                PublishErrors(upload);
                return;
            default:
                if (upload.Standard == UploadStandard.RASP) PublishBuyerMessage(upload);
                else PublishInvoice(upload);
                return;
        }
    }

    private void PublishInvoice(StoredUpload upload)
    {
        var seller = upload.SellerCif ?? upload.Cif;
        var details = upload.SelfBilled
            ? $"Factura cu id_incarcare={upload.Index} transmisa de cif={upload.BuyerCif}  ca autofactura in numele cif={seller}"
            : $"Factura cu id_incarcare={upload.Index} emisa de cif_emitent={seller} pentru cif_beneficiar={upload.BuyerCif}";
        var readers = new HashSet<string> { seller, upload.Cif };
        AddEntry(upload, seller, details, MessageTypes.Sent);
        if (upload.BuyerCif is { Length: <= 10 } buyer)
        {
            readers.Add(buyer);
            AddEntry(upload, buyer, details, MessageTypes.Received);
        }
        AddDownload(upload, upload.Document, readers);
    }

    private void PublishErrors(StoredUpload upload)
    {
        var details = upload.SelfBilled
            ? $"Erori de validare identificate la factura de tip declarat=AUTOFACTURA, transmisa cu id_incarcare={upload.Index}"
            : $"Erori de validare identificate la factura primita cu id_incarcare={upload.Index}";
        var readers = new HashSet<string> { upload.IssuerCif, upload.Cif };
        foreach (var cif in readers) AddEntry(upload, cif, details, MessageTypes.Errors);
        AddDownload(upload, ErrorFile(upload), readers);
    }

    // The wording of buyer-message details is not documented (anaf-api.md §10); this one names both sides.
    private void PublishBuyerMessage(StoredUpload upload)
    {
        var answered = upload.AnsweredIndex is { } index ? _uploads.GetValueOrDefault(index) : null;
        var details = $"Mesaj cumparator cu id_incarcare={upload.Index} transmis de cif={upload.Cif} pentru factura cu id_incarcare={upload.AnsweredIndex}";
        var readers = new HashSet<string> { upload.Cif };
        AddEntry(upload, upload.Cif, details, MessageTypes.BuyerMessage);
        if (answered is not null && (answered.SellerCif ?? answered.Cif) is var seller && seller != upload.Cif)
        {
            readers.Add(seller);
            AddEntry(upload, seller, details, MessageTypes.BuyerMessage);
        }
        AddDownload(upload, upload.Document, readers);
    }

    private void AddEntry(StoredUpload upload, string cif, string details, string type) =>
        _entries.Add(new ListEntry(upload.ProcessedAt, cif, upload.Index, details, type, upload.DownloadId));

    private void AddDownload(StoredUpload upload, byte[] document, IReadOnlySet<string> readers) =>
        _downloads[upload.DownloadId] = new Downloadable(upload.DownloadId, upload.Index, document, upload.ProcessedAt, readers);

    private static byte[] ErrorFile(StoredUpload upload) =>
        Encoding.UTF8.GetBytes(AnafXml.Header(AnafNamespaces.ErrorFile,
            [("Index_incarcare", upload.Index.ToString(CultureInfo.InvariantCulture)), ("Cif_emitent", upload.IssuerCif)],
            "Error", upload.Verdict.Errors) + "\n"); // the recorded error file ends with a line break (anaf-recordings/nok)
}
