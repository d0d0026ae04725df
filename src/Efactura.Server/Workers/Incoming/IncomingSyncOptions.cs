using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Workers.Incoming;

/// <summary>The incoming sync; section <c>Efactura:Workers:IncomingSync</c>.</summary>
public sealed class IncomingSyncOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers:IncomingSync";

    /// <summary>Time between two syncs of a company's message list; default 1 h.</summary>
    /// <value>1 h.</value>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = Section + ":Interval must be between 1 minute and 7 days.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Time before the next try when ANAF refused or failed the list; default 15 min.</summary>
    /// <value>15 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":RetryAfterFailure must be between 1 second and 1 day.")]
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The first wait after a failed download, doubling with each attempt; default 5 min.</summary>
    /// <value>5 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":DownloadRetryDelay must be between 1 second and 1 day.")]
    public TimeSpan DownloadRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The longest wait between download attempts; default 6 h, so ANAF's 10 downloads per message per day
    /// (anaf-api.md §7) are never the limit.
    /// </summary>
    /// <value>6 h.</value>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = Section + ":DownloadRetryMaxDelay must be between 1 second and 7 days.")]
    public TimeSpan DownloadRetryMaxDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Download attempts before a message is given up (logged as an error); default 40, about ten days at the
    /// longest wait, well inside ANAF's 60 days of retention.
    /// </summary>
    /// <value>40.</value>
    [Range(1, 1000, ErrorMessage = Section + ":MaxDownloadAttempts must be between 1 and 1000.")]
    public int MaxDownloadAttempts { get; set; } = 40;

    /// <summary>The wait before download attempt <paramref name="attemptsSoFar"/> + 1.</summary>
    public TimeSpan DownloadBackoff(int attemptsSoFar)
    {
        var delay = DownloadRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attemptsSoFar, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(delay, DownloadRetryMaxDelay.TotalMilliseconds));
    }
}
