using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Storage.Invoices;

/// <summary>
/// A state change of one invoice, applied only if the invoice is still in <see cref="From"/> (and, for a
/// worker, still claimed by it), together with what the step learned.
/// </summary>
/// <param name="TenantId">Whose invoice it is.</param>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="From">The state the caller saw.</param>
/// <param name="To">The new state; <see cref="InvoiceStateMachine.Allows"/> must allow it.</param>
public sealed record InvoiceTransition(Guid TenantId, Guid InvoiceId, InvoiceState From, InvoiceState To)
{
    /// <summary>A worker's claim name: the transition then requires the claim and releases it.</summary>
    public string? Claimer { get; init; }

    /// <summary>ANAF's upload index, recorded when not null.</summary>
    public string? IndexIncarcare { get; init; }

    /// <summary>ANAF's download id, recorded when not null.</summary>
    public string? IdDescarcare { get; init; }

    /// <summary>The outcome of the signature check of ANAF's ZIP, recorded when not null.</summary>
    public string? Signature { get; init; }

    /// <summary>True when this step made an upload attempt (counted in <see cref="InvoiceRecord.UploadAttempts"/>).</summary>
    public bool CountsUploadAttempt { get; init; }

    /// <summary>When a worker should next look at the invoice; null when nothing is due in the new state.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>An environment that overrides the company's from now on (submit with <c>?environment=</c>); null keeps the current one.</summary>
    public AnafEnvironment? Environment { get; init; }

    /// <summary>The error to record; null clears the previous one.</summary>
    public InvoiceError? Error { get; init; }
}
