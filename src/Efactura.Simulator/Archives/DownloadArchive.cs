using System.Globalization;
using System.IO.Compression;

namespace Efactura.Simulator.Archives;

/// <summary>
/// The descarcare ZIP as ANAF's are (anaf-recordings/README.md): exactly two entries, <c>semnatura_{N}.xml</c> first,
/// then <c>{N}.xml</c>, N being the upload index (anaf-api.md §5.1), both dated with ANAF's Romanian wall-clock time
/// of the download (the only signing time a client can read).
/// </summary>
internal static class DownloadArchive
{
    /// <summary>The ZIP bytes for a document and its signature.</summary>
    public static byte[] Create(long fileIndex, byte[] document, byte[] signature, DateTimeOffset now)
    {
        var name = fileIndex.ToString(CultureInfo.InvariantCulture) + ".xml";
        var wallClock = Protocol.RomanianTime.Local(now);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "semnatura_" + name, signature, wallClock);
            Add(zip, name, document, wallClock);
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content, DateTime wallClock)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        // ZipArchive stores the wall-clock fields of the offset it is given; the offset itself is not written.
        entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), TimeZoneInfo.Local.GetUtcOffset(wallClock));
        using var stream = entry.Open();
        stream.Write(content);
    }
}
