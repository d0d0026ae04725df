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
    public TimeSpan UploadLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The largest share of ANAF's calls per minute that uploads may take (0 &lt; share ≤ 1). Each upload needs at
    /// least a stareMesaj and a download later, so a backlog of uploads allowed every slot would starve the verdicts:
    /// at 0.4 uploads go at up to ~380 a minute and the other ~570 calls fetch verdicts. 1 lets uploads take every
    /// slot. Default 0.4.
    /// </summary>
    public decimal UploadCallShare { get; set; } = 0.4m;

    /// <summary>The first wait before uploading again after an upload that provably never reached ANAF; doubles per attempt. Default 1 min.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between such upload attempts. Default 30 min.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long after the request of an upload of unknown outcome was sent (<c>upload_sent_at</c>, not when the attempt
    /// began) its absence from ANAF's message list counts as proven, so
    /// it may be uploaded again. ANAF's list lags an upload by seconds to ~15 minutes (anaf-api.md §4.2). Default 30 min.
    /// </summary>
    public TimeSpan ReconcileWait { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the message list is searched while the reconciliation waits. Default 2 min.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The largest share of ANAF's calls per minute that the reconciliation's searches may take (0 &lt; share ≤ 1). A
    /// round searches each company's reconciling invoices with one list of its messages, one slot of this share; past
    /// it they wait for the next bucket of the window, so a burst of lost answers never starves the status checks and
    /// downloads. 1 lets searches take every slot. Default 0.1.
    /// </summary>
    public decimal ReconcileCallShare { get; set; } = 0.1m;

    /// <summary>How far before the upload's request was sent the search starts, for clock differences with ANAF. Default 5 min.</summary>
    public TimeSpan ReconcileSearchMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long the invoice the reconciler read from a downloaded ANAF message is kept (table
    /// <c>reconcile_downloads</c>), so no search, restart or other node downloads the message again (ANAF allows 10
    /// downloads of a message a day). An upload is usually settled within <see cref="ReconcileWait"/>; one that waits
    /// longer (its company not connected) costs at worst one more download of a message per this period. Older ones
    /// are removed by the reconciler, at most once an hour per process. Default 7 days.
    /// </summary>
    public TimeSpan ReconcileDownloadsKept { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The first stareMesaj after an upload. Default 1 min.</summary>
    public TimeSpan StatusFirstPoll { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest interval between stareMesaj calls in an upload's first day; intervals grow by half the message's
    /// age until then. With the defaults a message takes about 57 calls in its first 24 h, inside ANAF's 100 per
    /// message per day with the margin. Default 30 min.
    /// </summary>
    public TimeSpan StatusMaxInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An upload still without a verdict this long after it was submitted is flagged <c>EF-ANAF-SLOW</c>. Default 24 h.</summary>
    public TimeSpan StatusSlowAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The stareMesaj interval once an upload is flagged slow (12 calls a day). Default 2 h.</summary>
    public TimeSpan StatusSlowInterval { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The wait before downloading a verdict again after a failed download or signature check. Default 5 min.</summary>
    public TimeSpan DownloadRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
