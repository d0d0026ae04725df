using Efactura.Server.Workers;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// Tells the submitter (worker <c>submitter</c>) that an invoice was queued, so it uploads now instead of after its
/// idle delay. Nothing is lost without it: the queue is the database, and the submitter looks again every idle delay.
/// </summary>
public sealed class SubmissionQueue(IServiceProvider services)
{
    /// <summary>The submitter's worker name.</summary>
    public const string SubmitterName = "submitter";

    private readonly Lazy<WorkerLoop?> submitter = new(() =>
        services.GetServices<IHostedService>().OfType<WorkerLoop>().FirstOrDefault(w => w.Name == SubmitterName));

    /// <summary>Wakes the submitter when it runs in this process.</summary>
    public void Wake() => submitter.Value?.Wake();
}
