namespace Efactura.Server.Storage.Invoices;

/// <summary>
/// What a worker's step learned about an invoice it holds without moving it to another state: recorded by
/// <see cref="InvoiceRepository.RecordProgressAsync"/>, which also releases the claim.
/// </summary>
/// <param name="TenantId">Whose invoice it is.</param>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="State">The state the worker saw; nothing is recorded if the invoice left it.</param>
/// <param name="Claimer">The worker's claim name; nothing is recorded if another worker holds the invoice.</param>
/// <param name="NextAttemptAt">When a worker should next look at the invoice; null when nothing is due.</param>
public sealed record InvoiceProgress(Guid TenantId, Guid InvoiceId, InvoiceState State, string Claimer, DateTimeOffset? NextAttemptAt)
{
    /// <summary>ANAF's download id, recorded when not null (an earlier one is kept when null).</summary>
    public string? IdDescarcare { get; init; }

    /// <summary>The error or flag to record (e.g. a transient failure, or that ANAF is slow); null clears the previous one.</summary>
    public InvoiceError? Error { get; init; }

    /// <summary>True when this step searched ANAF's message list for an upload of unknown outcome.</summary>
    public bool CountsReconcileAttempt { get; init; }
}
