using Efactura.Anaf.Archives;

namespace Efactura.Anaf.Results;

/// <summary>A downloaded ZIP, kept byte for byte (it is the legal original), and its two files.</summary>
/// <param name="Zip">The ZIP as ANAF sent it.</param>
/// <param name="Contents">The document and its signature.</param>
public sealed record DownloadedArchive(byte[] Zip, ArchiveContents Contents)
{
    /// <summary>The error file, when the message is a <c>nok</c>; null for an invoice or a buyer message.</summary>
    public AnafErrorFile? ErrorFile => AnafErrorFile.TryParse(Contents.Document);
}
