namespace Efactura.Server.Observability;

/// <summary>Calls to ANAF (or the simulator) by operation and outcome, counted by <see cref="AnafCallCounter"/>.</summary>
public sealed class AnafCallMetrics
{
    /// <summary>Label values: <c>endpoint</c> (the ANAF operation) and <c>outcome</c> (<c>2xx</c> … <c>5xx</c>, <c>timeout</c>, <c>network</c>).</summary>
    public LabeledCounter Calls { get; } = new("endpoint", "outcome");

    /// <summary>
    /// Checks of ANAF's signature on downloaded ZIPs, by source (<c>invoice</c>: an invoice's verdict, <c>incoming</c>:
    /// a received invoice) and outcome (<c>verified</c>, <c>unknown-signer</c>, <c>invalid</c>).
    /// </summary>
    public LabeledCounter Signatures { get; } = new("source", "outcome");
}
