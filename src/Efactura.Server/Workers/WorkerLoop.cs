namespace Efactura.Server.Workers;

/// <summary>
/// A background worker driven by state in the database: it runs <see cref="RunOnceAsync"/> again at once while
/// that finds work, otherwise waits <see cref="WorkerOptions.IdleDelay"/> or until <see cref="Wake"/>. Nothing is
/// kept in memory between rounds, so a restarted process (or another node) carries on where this one stopped.
/// </summary>
public abstract partial class WorkerLoop : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>A worker with <paramref name="options"/>.</summary>
    protected WorkerLoop(WorkerOptions options, TimeProvider time, ILogger logger)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Time = time ?? throw new ArgumentNullException(nameof(time));
        Logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The worker's name, in logs, metrics and <see cref="WorkerOptions.Disabled"/>.</summary>
    public abstract string Name { get; }

    /// <summary>The workers' options.</summary>
    protected WorkerOptions Options { get; }

    /// <summary>The clock.</summary>
    protected TimeProvider Time { get; }

    /// <summary>The worker's logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>Ends the idle wait now: something became due (e.g. the API queued an invoice).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); }
            catch (SemaphoreFullException) { /* another caller woke it first */ }
        }
    }

    /// <summary>This worker's rounds so far in this process.</summary>
    public WorkerStatistics Statistics { get; } = new();

    /// <summary>
    /// Runs one round now and counts it in <see cref="Statistics"/>: what the loop does each time, and what tests
    /// call to drive the worker step by step. True when it found work.
    /// </summary>
    public async Task<bool> RunRoundAsync(CancellationToken cancellationToken)
    {
        try
        {
            var busy = await RunOnceAsync(cancellationToken).ConfigureAwait(false);
            Statistics.Record(busy);
            return busy;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Statistics.RecordFailure();
            throw;
        }
    }

    /// <summary>
    /// Works on the claimed <paramref name="rows"/>, up to <see cref="WorkerOptions.MaxParallelism"/> at once. Each row
    /// is claimed by this worker alone, so rows never race each other; a failure ends the round like a failure in a
    /// loop would (the rows not done keep their claim until its lease ends).
    /// </summary>
    protected async Task ForEachAsync<T>(IReadOnlyList<T> rows, Func<T, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(work);
        if (rows.Count == 1 || Options.MaxParallelism <= 1)
        {
            foreach (var row in rows) await work(row, cancellationToken).ConfigureAwait(false);
            return;
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(rows, parallel, async (row, ct) => await work(row, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>One round: claim what is due, work on it, record the outcome. True when it found work.</summary>
    protected abstract Task<bool> RunOnceAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Runs(Name))
        {
            LogDisabled(Logger, Name);
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await RunRoundAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A worker outlives any one failure: log it, wait, and look again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogRoundFailed(Logger, e, Name);
            }
            if (!busy) await IdleAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task IdleAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timeout = new CancellationTokenSource(Options.IdleDelay, Time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
            await _wake.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Idle time over (or shutting down: the loop checks).
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Worker} is disabled in this process")]
    private static partial void LogDisabled(ILogger logger, string worker);

    [LoggerMessage(Level = LogLevel.Error, Message = "Worker {Worker}: a round failed; it tries again after the idle delay")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string worker);
}
