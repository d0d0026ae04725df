using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Workers.Deadlines;

/// <summary>The deadline watcher; section <c>Efactura:Workers:DeadlineWatcher</c>.</summary>
public sealed class DeadlineWatcherOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers:DeadlineWatcher";

    /// <summary>
    /// Warn when this many working days (or fewer) are left before the upload deadline, 0 to 5; default 1: the
    /// warning comes the working day before the last one. A deadline already passed is warned about too.
    /// </summary>
    /// <value>1.</value>
    [Range(0, 5, ErrorMessage = Section + ":WarnWithWorkingDaysLeft must be between 0 and 5.")]
    public int WarnWithWorkingDaysLeft { get; set; } = 1;
}
