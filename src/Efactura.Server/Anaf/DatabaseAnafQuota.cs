using Efactura.Anaf.Quotas;
using Efactura.Server.Storage.Quotas;

namespace Efactura.Server.Anaf;

/// <summary>
/// ANAF's quotas kept in the database, so every node of the gateway counts against the same limits and a restart
/// forgets nothing (DESIGN §5). The application-wide calls per minute are a sliding window of small buckets (callers
/// wait for a free slot); the daily per-message and per-CUI quotas are counted per Romanian day (callers are
/// refused). Each limit is reduced by <see cref="QuotaLimits.SafetyMargin"/>. Old windows are pruned as it goes.
/// </summary>
public sealed class DatabaseAnafQuota : IAnafQuota
{
    /// <summary>The scope of the application-wide call counter.</summary>
    public const string CallScope = "calls";

    /// <summary>The scope of the uploads' share of the application-wide calls (<see cref="TryTakeUploadSlotAsync"/>).</summary>
    public const string UploadScope = "uploads";

    /// <summary>The scope of the reconciliation's share of the application-wide calls (<see cref="TryTakeReconcileSlotAsync"/>).</summary>
    public const string ReconcileScope = "reconcile";

    // Six buckets per window: a slot is granted only while the current bucket and the six before it (70 s for a
    // one-minute window) stay within the limit, so no 60-second span ever holds more than the limit.
    private const int BucketsPerWindow = 6;
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan DailyWindowsKept = TimeSpan.FromDays(2);
    private static readonly TimeZoneInfo Bucharest = TimeZoneInfo.FindSystemTimeZoneById("Europe/Bucharest");

    private readonly QuotaRepository _counters;
    private readonly QuotaLimits _limits;
    private readonly TimeProvider _time;
    private readonly Lock _pruneGate = new();
    private readonly string _prefix = "";
    private DateTimeOffset _nextPruneAt;

    /// <summary>A quota over <paramref name="counters"/> with <paramref name="limits"/>.</summary>
    public DatabaseAnafQuota(QuotaRepository counters, QuotaLimits limits, TimeProvider time)
    {
        _counters = counters ?? throw new ArgumentNullException(nameof(counters));
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _nextPruneAt = time.GetUtcNow();
    }

    /// <summary>
    /// The counters of one ANAF environment: production's are this quota's own scopes (<c>calls</c>,
    /// <c>stareMesaj:…</c>); the test environment's and the simulator's are kept apart under <c>test/</c> and
    /// <c>simulator/</c>, so that traffic to one never spends another's budget.
    /// </summary>
    public DatabaseAnafQuota ForEnvironment(Storage.Companies.AnafEnvironment environment) => environment switch
    {
        Storage.Companies.AnafEnvironment.Prod => this,
        Storage.Companies.AnafEnvironment.Test => new DatabaseAnafQuota(this, "test/"),
        _ => new DatabaseAnafQuota(this, "simulator/"),
    };

    private DatabaseAnafQuota(DatabaseAnafQuota production, string prefix)
    {
        _counters = production._counters;
        _limits = production._limits;
        _time = production._time;
        _nextPruneAt = production._nextPruneAt;
        _prefix = prefix;
    }

    /// <summary>The length of one bucket of the calls-per-minute window.</summary>
    public TimeSpan Bucket => _limits.CallWindow / BucketsPerWindow;

    /// <inheritdoc />
    public async ValueTask WaitForCallSlotAsync(CancellationToken cancellationToken)
    {
        var allowed = _limits.Allowed(_limits.CallsPerWindow);
        while (true)
        {
            var now = _time.GetUtcNow();
            var bucket = Floor(now, Bucket);
            if (await _counters.TryConsumeInSpanAsync(_prefix + CallScope, bucket, bucket - _limits.CallWindow, allowed, 1, cancellationToken).ConfigureAwait(false))
            {
                await PruneIfDueAsync(now, cancellationToken).ConfigureAwait(false);
                return;
            }
            // The oldest bucket leaves the span when the next one starts.
            await Task.Delay(bucket + Bucket - now, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryConsumeAsync(DailyQuota quota, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return await _counters.TryConsumeAsync(_prefix + DailyScope(quota, key), RomanianDayStart(_time.GetUtcNow()), _limits.Allowed(_limits.Limit(quota)), 1, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Takes one upload slot if uploads keep within <paramref name="share"/> of the calls-per-minute window (the same
    /// sliding span as <see cref="WaitForCallSlotAsync"/>); false when they used their share. Uploads are the only calls
    /// that make more work (a stareMesaj and a download each at least): capping them leaves the rest of the window to
    /// the calls that bring verdicts home, instead of a backlog of uploads taking every slot. 1 takes no slot at all.
    /// </summary>
    public ValueTask<bool> TryTakeUploadSlotAsync(decimal share, CancellationToken cancellationToken) => TryTakeShareAsync(UploadScope, share, cancellationToken);

    /// <summary>
    /// Takes one slot of the reconciliation's <paramref name="share"/> of the calls-per-minute window (one search of a
    /// company's message list), like <see cref="TryTakeUploadSlotAsync"/>: searching for uploads of unknown outcome
    /// never takes the slots that status checks and downloads need. 1 takes no slot at all.
    /// </summary>
    public ValueTask<bool> TryTakeReconcileSlotAsync(decimal share, CancellationToken cancellationToken) => TryTakeShareAsync(ReconcileScope, share, cancellationToken);

    private async ValueTask<bool> TryTakeShareAsync(string scope, decimal share, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1m);
        if (share == 1m) return true;
        var allowed = Math.Max(1, (int)Math.Floor(_limits.Allowed(_limits.CallsPerWindow) * share));
        var bucket = Floor(_time.GetUtcNow(), Bucket);
        return await _counters.TryConsumeInSpanAsync(_prefix + scope, bucket, bucket - _limits.CallWindow, allowed, 1, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes one slot of the calls-per-minute window now if one is free (the same sliding span as
    /// <see cref="WaitForCallSlotAsync"/>); false, without waiting, when the window is full. For a caller that must not
    /// wait while it holds something (the submitter takes an upload's slot before the invoice becomes uploading).
    /// </summary>
    public async ValueTask<bool> TryTakeCallSlotAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var bucket = Floor(now, Bucket);
        if (!await _counters.TryConsumeInSpanAsync(_prefix + CallScope, bucket, bucket - _limits.CallWindow, _limits.Allowed(_limits.CallsPerWindow), 1, cancellationToken)
            .ConfigureAwait(false)) return false;
        await PruneIfDueAsync(now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>When the next bucket starts, so the oldest one leaves the sliding span and frees its slots.</summary>
    public DateTimeOffset NextBucketStart() => Floor(_time.GetUtcNow(), Bucket) + Bucket;

    /// <summary>How much of a daily quota <paramref name="key"/> used today.</summary>
    public Task<int> UsedTodayAsync(DailyQuota quota, string key, CancellationToken cancellationToken) =>
        _counters.GetUsedAsync(_prefix + DailyScope(quota, key), RomanianDayStart(_time.GetUtcNow()), cancellationToken);

    /// <summary>How many calls the application made in the current sliding window (what the next slot is checked against).</summary>
    public Task<int> CallsInWindowAsync(CancellationToken cancellationToken)
    {
        var bucket = Floor(_time.GetUtcNow(), Bucket);
        return _counters.GetUsedInSpanAsync(_prefix + CallScope, bucket - _limits.CallWindow, bucket, cancellationToken);
    }

    /// <summary>The counter scope of a daily quota, e.g. <c>stareMesaj:5001000000</c>.</summary>
    public static string DailyScope(DailyQuota quota, string key) => quota switch
    {
        DailyQuota.StatusPerMessage => "stareMesaj:",
        DailyQuota.DownloadPerMessage => "descarcare:",
        DailyQuota.SimpleListPerCui => "listaMesaje:",
        DailyQuota.PagedListPerCui => "listaMesajePaginatie:",
        _ => "rasp:",
    } + key;

    /// <summary>The UTC instant of the Romanian midnight that started the day of <paramref name="instant"/>: ANAF's days are Romanian.</summary>
    public static DateTimeOffset RomanianDayStart(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Bucharest);
        // Midnight always exists in Bucharest (the clocks change at 03:00 and 04:00).
        var midnight = DateTime.SpecifyKind(local.Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, Bucharest), TimeSpan.Zero);
    }

    /// <summary>The UTC instant of the Romanian midnight after <paramref name="instant"/>, when the daily quotas start again.</summary>
    public static DateTimeOffset NextRomanianDayStart(DateTimeOffset instant) =>
        // A Romanian day lasts 23 to 25 hours, so 25 hours after its start always falls in the next one.
        RomanianDayStart(RomanianDayStart(instant) + TimeSpan.FromHours(25));

    private async Task PruneIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_pruneGate)
        {
            if (now < _nextPruneAt) return;
            _nextPruneAt = now + PruneEvery;
        }
        await _counters.DeleteBeforeAsync(_prefix + CallScope, Floor(now, Bucket) - 2 * _limits.CallWindow, cancellationToken).ConfigureAwait(false);
        await _counters.DeleteBeforeAsync(_prefix + UploadScope, Floor(now, Bucket) - 2 * _limits.CallWindow, cancellationToken).ConfigureAwait(false);
        await _counters.DeleteBeforeAsync(_prefix + ReconcileScope, Floor(now, Bucket) - 2 * _limits.CallWindow, cancellationToken).ConfigureAwait(false);
        await _counters.DeleteBeforeAsync(now - DailyWindowsKept, cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset Floor(DateTimeOffset instant, TimeSpan unit) =>
        new(instant.UtcTicks - instant.UtcTicks % unit.Ticks, TimeSpan.Zero);
}
