using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Efactura.Anaf.Results;
using Efactura.Core.Calendar;

namespace Efactura.Anaf.Archives;

/// <summary>Reads a descarcare ZIP within limits: exactly <c>{N}.xml</c> and <c>semnatura_{N}.xml</c>, the same N.</summary>
public static partial class AnafArchive
{
    /// <summary>True when <paramref name="bytes"/> start like a ZIP (local file header "PK\x03\x04").</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    /// <summary>The two files, or an <see cref="AnafErrorKind.InvalidArchive"/> error saying what is wrong.</summary>
    public static AnafResult<ArchiveContents> Read(byte[] zip, ArchiveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        if (zip.Length > limits.MaxArchiveBytes) return Invalid($"the ZIP has {zip.Length} bytes, more than {limits.MaxArchiveBytes}");
        if (!LooksLikeZip(zip)) return Invalid("the body is not a ZIP");
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxEntries) return Invalid($"the ZIP has {archive.Entries.Count} entries, more than {limits.MaxEntries}");
            var document = archive.Entries.Where(e => DocumentName().IsMatch(e.FullName)).ToList();
            var signature = archive.Entries.Where(e => SignatureName().IsMatch(e.FullName)).ToList();
            if (archive.Entries.Count != 2 || document.Count != 1 || signature.Count != 1)
                return Invalid("the ZIP does not hold exactly {N}.xml and semnatura_{N}.xml");
            var index = document[0].FullName[..^4];
            if (signature[0].FullName != $"semnatura_{index}.xml") return Invalid("the document and the signature name different indexes");
            var documentBytes = Extract(document[0], limits.MaxEntryBytes);
            var signatureBytes = Extract(signature[0], limits.MaxEntryBytes);
            if (documentBytes is null || signatureBytes is null) return Invalid($"an entry decompresses to more than {limits.MaxEntryBytes} bytes");
            return AnafResult<ArchiveContents>.Success(new ArchiveContents(long.Parse(index, CultureInfo.InvariantCulture), documentBytes, signatureBytes)
            {
                SignedAt = RomanianWallClock(signature[0].LastWriteTime),
            });
        }
        catch (InvalidDataException e)
        {
            return Invalid("the ZIP is corrupt: " + e.Message);
        }
    }

    // A ZIP entry's time is a DOS wall-clock time without a zone (ZipArchiveEntry presents it in this machine's
    // zone); ANAF writes it in Romanian time, so the wall-clock fields are read as Europe/Bucharest.
    private static DateTimeOffset RomanianWallClock(DateTimeOffset entryTime)
    {
        var wallClock = DateTime.SpecifyKind(entryTime.DateTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(wallClock, RomanianTime.Zone.GetUtcOffset(wallClock)).ToUniversalTime();
    }

    // Reads at most limit + 1 bytes, whatever the header claims, so a bomb cannot expand in memory.
    private static byte[]? Extract(ZipArchiveEntry entry, long limit)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static AnafResult<ArchiveContents> Invalid(string detail) =>
        AnafResult<ArchiveContents>.Failure(new AnafError { Kind = AnafErrorKind.InvalidArchive, Detail = detail });

    // The patterns clients use for ANAF's entries (anaf-api.md §5.1).
    [GeneratedRegex(@"^[0-9]{1,20}\.xml$")]
    private static partial Regex DocumentName();

    [GeneratedRegex(@"^semnatura_[0-9]{1,20}\.xml$")]
    private static partial Regex SignatureName();
}
