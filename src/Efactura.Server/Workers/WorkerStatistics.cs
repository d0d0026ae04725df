namespace Efactura.Server.Workers;

/// <summary>How many rounds a worker ran in this process, and how they ended (for <c>/metrics</c>). Thread-safe.</summary>
public sealed class WorkerStatistics
{
    private long _busy;
    private long _idle;
    private long _failed;

    /// <summary>Rounds that found work.</summary>
    public long Busy => Interlocked.Read(ref _busy);

    /// <summary>Rounds that found nothing to do.</summary>
    public long Idle => Interlocked.Read(ref _idle);

    /// <summary>Rounds that threw.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    internal void Record(bool busy) => Interlocked.Increment(ref busy ? ref _busy : ref _idle);

    internal void RecordFailure() => Interlocked.Increment(ref _failed);
}
