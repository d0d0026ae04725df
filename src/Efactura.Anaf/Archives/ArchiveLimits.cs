namespace Efactura.Anaf.Archives;

/// <summary>Limits for reading a downloaded ZIP, against zip bombs and junk (DESIGN §5, hardened XML).</summary>
public sealed record ArchiveLimits
{
    /// <summary>The ZIP itself: 32 MB (the invoice is at most 10 MB, its signature far less).</summary>
    public long MaxArchiveBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Each entry once decompressed: 16 MB.</summary>
    public long MaxEntryBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Entries: ANAF's ZIPs hold exactly two.</summary>
    public int MaxEntries { get; init; } = 2;
}
