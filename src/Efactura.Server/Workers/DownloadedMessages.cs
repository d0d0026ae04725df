using System.Collections.Concurrent;

namespace Efactura.Server.Workers;

/// <summary>
/// The invoices of ANAF messages this process already downloaded while reconciling, by company and download id.
/// ANAF allows 10 downloads of a message a day; a search repeated every few minutes over the same unclaimed
/// messages (another program's uploads, or several unsettled uploads of one company) would spend that in an hour
/// and then block every reconciliation of the company until the next day. Kept in memory, bounded: a restarted
/// process downloads each message again once.
/// </summary>
public sealed class DownloadedMessages(int capacity = 4096)
{
    private readonly ConcurrentDictionary<(Guid Company, long DownloadId), byte[]> _documents = new();

    /// <summary>The invoice XML of message <paramref name="downloadId"/>, when it was downloaded before.</summary>
    public bool TryGet(Guid companyId, long downloadId, out byte[] document) =>
        _documents.TryGetValue((companyId, downloadId), out document!);

    /// <summary>Remembers the invoice XML of message <paramref name="downloadId"/>.</summary>
    public void Add(Guid companyId, long downloadId, byte[] document)
    {
        // Crude but bounded: when full, forget everything (each message then costs one more download).
        if (_documents.Count >= capacity) _documents.Clear();
        _documents[(companyId, downloadId)] = document;
    }
}
