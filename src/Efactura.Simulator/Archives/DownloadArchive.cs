using System.IO.Compression;
using System.Globalization;

namespace Efactura.Simulator.Archives;

/// <summary>
/// The descarcare ZIP: exactly two entries, <c>{N}.xml</c> and <c>semnatura_{N}.xml</c>, N being the
/// upload index (anaf-api.md §5.1).
/// </summary>
internal static class DownloadArchive
{
    /// <summary>The ZIP bytes for a document and its signature.</summary>
    public static byte[] Create(long fileIndex, byte[] document, Func<byte[], string, byte[]> sign)
    {
        var name = fileIndex.ToString(CultureInfo.InvariantCulture) + ".xml";
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, name, document);
            Add(zip, "semnatura_" + name, sign(document, name));
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }
}
