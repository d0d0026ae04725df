using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Workers;

/// <summary>
/// How the outgoing workers (submitter, reconciler, status poller) pace their work; section
/// <c>Efactura:Workers:Outgoing</c>. Every default is documented here and asserted by a test.
/// </summary>
public sealed class OutgoingInvoiceOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers:Outgoing";

    /// <summary>
    /// How long an upload may run before its invoice, still <c>uploading</c>, counts as interrupted (the process
    /// died mid-upload) and is reconciled; renewed when the request leaves, so it should be longer than one upload call
    /// with its 429 waits. An upload never waits for a slot of ANAF's calls window under this lease: it takes its slot
    /// while the invoice is still queued. Default 5 min.
    /// </summary>
    /// <value>5 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":UploadLease must be between 1 second and 1 day.")]
    public TimeSpan UploadLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The largest share of ANAF's calls per minute that uploads may take (0 &lt; share ≤ 1). Each upload needs at
    /// least a stareMesaj and a download later, so a backlog of uploads allowed every slot would starve the verdicts:
    /// at 0.4 uploads go at up to ~380 a minute and the other ~570 calls fetch verdicts. 1 lets uploads take every
    /// slot. Default 0.4.
    /// </summary>
    /// <value>0.4.</value>
    [Range(typeof(decimal), "0.000001", "1", ErrorMessage = Section + ":UploadCallShare must be more than 0 and at most 1.")]
    public decimal UploadCallShare { get; set; } = 0.4m;

    /// <summary>The first wait before uploading again after an upload that provably never reached ANAF; doubles per attempt. Default 1 min.</summary>
    /// <value>1 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":RetryBaseDelay must be between 1 second and 1 day.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between such upload attempts. Default 30 min.</summary>
    /// <value>30 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = Section + ":RetryMaxDelay must be between 1 second and 7 days.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long after the request of an upload of unknown outcome was sent (<c>upload_sent_at</c>, not when the attempt
    /// began) its absence from ANAF's message list counts as proven, so
    /// it may be uploaded again. ANAF's list lags an upload by seconds to ~15 minutes (anaf-api.md §4.2). Default 30 min.
    /// </summary>
    /// <value>30 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = Section + ":ReconcileWait must be between 1 second and 7 days.")]
    public TimeSpan ReconcileWait { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the message list is searched while the reconciliation waits. Default 2 min.</summary>
    /// <value>2 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":ReconcileInterval must be between 1 second and 1 day.")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The largest share of ANAF's calls per minute that the reconciliation's searches may take (0 &lt; share ≤ 1). A
    /// round searches each company's reconciling invoices with one list of its messages, one slot of this share; past
    /// it they wait for the next bucket of the window, so a burst of lost answers never starves the status checks and
    /// downloads. 1 lets searches take every slot. Default 0.1.
    /// </summary>
    /// <value>0.1.</value>
    [Range(typeof(decimal), "0.000001", "1", ErrorMessage = Section + ":ReconcileCallShare must be more than 0 and at most 1.")]
    public decimal ReconcileCallShare { get; set; } = 0.1m;

    /// <summary>How far before the upload's request was sent the search starts, for clock differences with ANAF. Default 5 min.</summary>
    /// <value>5 min.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = Section + ":ReconcileSearchMargin must be between 0 and 1 day.")]
    public TimeSpan ReconcileSearchMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long the invoice the reconciler read from a downloaded ANAF message is kept (table
    /// <c>reconcile_downloads</c>), so no search, restart or other node downloads the message again (ANAF allows 10
    /// downloads of a message a day). An upload is usually settled within <see cref="ReconcileWait"/>; one that waits
    /// longer (its company not connected) costs at worst one more download of a message per this period. Older ones
    /// are removed by the reconciler, at most once an hour per process. Default 7 days.
    /// </summary>
    /// <value>7 days.</value>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00", ErrorMessage = Section + ":ReconcileDownloadsKept must be between 1 hour and 365 days.")]
    public TimeSpan ReconcileDownloadsKept { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The first stareMesaj after an upload. Default 1 min.</summary>
    /// <value>1 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":StatusFirstPoll must be between 1 second and 1 day.")]
    public TimeSpan StatusFirstPoll { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest interval between stareMesaj calls in an upload's first day; intervals grow by half the message's
    /// age until then. With the defaults a message takes about 57 calls in its first 24 h, inside ANAF's 100 per
    /// message per day with the margin. Default 30 min.
    /// </summary>
    /// <value>30 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":StatusMaxInterval must be between 1 second and 1 day.")]
    public TimeSpan StatusMaxInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An upload still without a verdict this long after it was submitted is flagged <c>EF-ANAF-SLOW</c>. Default 24 h.</summary>
    /// <value>24 h.</value>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = Section + ":StatusSlowAfter must be between 1 minute and 30 days.")]
    public TimeSpan StatusSlowAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The stareMesaj interval once an upload is flagged slow (12 calls a day). Default 2 h.</summary>
    /// <value>2 h.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":StatusSlowInterval must be between 1 second and 1 day.")]
    public TimeSpan StatusSlowInterval { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The wait before downloading a verdict again after a failed download or signature check. Default 5 min.</summary>
    /// <value>5 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":DownloadRetryDelay must be between 1 second and 1 day.")]
    public TimeSpan DownloadRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
