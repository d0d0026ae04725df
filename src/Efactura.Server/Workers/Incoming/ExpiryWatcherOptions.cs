using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Workers.Incoming;

/// <summary>The expiry watcher; section <c>Efactura:Workers:ExpiryWatcher</c>.</summary>
public sealed class ExpiryWatcherOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers:ExpiryWatcher";

    /// <summary>
    /// Warn when a received invoice is still not downloaded this many days before ANAF stops offering it, 1 to 59;
    /// default 10 (that is, 50 days after ANAF created the message).
    /// </summary>
    [Range(1, ExpiryWatcher.RetentionDays - 1)]
    public int WarnDaysBefore { get; set; } = 10;
}
