namespace Efactura.Anaf.Quotas;

/// <summary>ANAF's published limits (anaf-api.md §7) and the share of them this client allows itself.</summary>
public sealed record QuotaLimits
{
    /// <summary>Calls per <see cref="CallWindow"/> for the whole application: 1000.</summary>
    public int CallsPerWindow { get; init; } = 1000;

    /// <summary>One minute.</summary>
    public TimeSpan CallWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>stareMesaj per message per day: 100.</summary>
    public int StatusPerMessagePerDay { get; init; } = 100;

    /// <summary>descarcare per message per day: 10.</summary>
    public int DownloadsPerMessagePerDay { get; init; } = 10;

    /// <summary>Simple list per CUI per day: 1500.</summary>
    public int SimpleListPerCuiPerDay { get; init; } = 1500;

    /// <summary>Paginated list per CUI per day: 100,000.</summary>
    public int PagedListPerCuiPerDay { get; init; } = 100_000;

    /// <summary>RASP uploads per CUI per day: 1000.</summary>
    public int BuyerMessagesPerCuiPerDay { get; init; } = 1000;

    /// <summary>The fraction of every limit left unused, for clock skew and other clients of the same account: 0.05.</summary>
    public decimal SafetyMargin { get; init; } = 0.05m;

    /// <summary>A limit after the safety margin, at least 1.</summary>
    public int Allowed(int limit) => Math.Max(1, (int)Math.Floor(limit * (1 - SafetyMargin)));

    /// <summary>The published limit of a daily quota.</summary>
    public int Limit(DailyQuota quota) => quota switch
    {
        DailyQuota.StatusPerMessage => StatusPerMessagePerDay,
        DailyQuota.DownloadPerMessage => DownloadsPerMessagePerDay,
        DailyQuota.SimpleListPerCui => SimpleListPerCuiPerDay,
        DailyQuota.PagedListPerCui => PagedListPerCuiPerDay,
        _ => BuyerMessagesPerCuiPerDay,
    };
}
