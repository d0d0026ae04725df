namespace Efactura.Simulator;

/// <summary>
/// ANAF's published limits (limiteApeluriAPI.txt, anaf-api.md §7; DESIGN §5) and payload sizes (anaf-api.md §2.2, §6.1).
/// Every one is configurable because "Limitele pot fi modificate" and tests want small numbers.
/// </summary>
public sealed record SimulatorLimits
{
    /// <summary>All methods together, per application: 1000 calls per <see cref="CallWindow"/>; above it HTTP 429.</summary>
    public int CallsPerWindow { get; init; } = 1000;

    /// <summary>The window of <see cref="CallsPerWindow"/>: one minute.</summary>
    public TimeSpan CallWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>stareMesaj: 100 queries per message per day (an older copy said 10).</summary>
    public int StatusQueriesPerMessagePerDay { get; init; } = 100;

    /// <summary>descarcare: 10 downloads per message per day.</summary>
    public int DownloadsPerMessagePerDay { get; init; } = 10;

    /// <summary>listaMesajeFactura: 1500 queries per CUI per day.</summary>
    public int SimpleListQueriesPerCuiPerDay { get; init; } = 1500;

    /// <summary>listaMesajePaginatieFactura: 100,000 queries per CUI per day.</summary>
    public int PagedListQueriesPerCuiPerDay { get; init; } = 100_000;

    /// <summary>upload with standard=RASP: 1000 buyer messages per CUI per day.</summary>
    public int BuyerMessagesPerCuiPerDay { get; init; } = 1000;

    /// <summary>upload: 10 MB.</summary>
    public long MaxUploadBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>validare and transformare: 5 MB.</summary>
    public long MaxValidationBytes { get; init; } = 5L * 1024 * 1024;

    /// <summary>Messages stay listed and downloadable for 60 days; the paginated window may not start earlier.</summary>
    public int RetentionDays { get; init; } = 60;

    /// <summary>Entries per page of the paginated list, and the most the simple list returns (anaf-api.md §4.2).</summary>
    public int PageSize { get; init; } = 500;
}
