using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Workers;

/// <summary>The background workers; section <c>Efactura:Workers</c>.</summary>
public sealed class WorkerOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers";

    /// <summary>Run the workers in this process; default true. An API-only node sets it to false.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Workers not to run here, by name (e.g. <c>incoming-sync</c>), when the others should.</summary>
    public IList<string> Disabled { get; set; } = [];

    /// <summary>How long a worker that found nothing to do waits before it looks again; default 1 s.</summary>
    /// <value>1 s.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = Section + ":IdleDelay must be between 1 millisecond and 1 hour (e.g. \"00:00:01\").")]
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed row stays a worker's before another may take it over; default 2 min.</summary>
    /// <value>2 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":Lease must be between 1 second and 1 day (e.g. \"00:02:00\").")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many rows a worker claims at once; default 20.</summary>
    /// <value>20.</value>
    [Range(1, 10000, ErrorMessage = Section + ":BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How many claimed rows a worker works on at once; default 8. Each waits mostly on ANAF or the database, so a batch
    /// handled one row at a time left both idle; the database serialises what must be serialised.
    /// </summary>
    /// <value>8.</value>
    [Range(1, 1000, ErrorMessage = Section + ":MaxParallelism must be between 1 and 1000.")]
    public int MaxParallelism { get; set; } = 8;

    /// <summary>True when the worker named <paramref name="name"/> should run in this process.</summary>
    public bool Runs(string name) => Enabled && !Disabled.Contains(name, StringComparer.OrdinalIgnoreCase);
}
