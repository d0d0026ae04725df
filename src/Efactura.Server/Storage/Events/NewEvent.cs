namespace Efactura.Server.Storage.Events;

/// <summary>An event to record (and, when subscribable, to deliver to the tenant's webhooks).</summary>
/// <param name="TenantId">Whose event it is.</param>
/// <param name="Type">The type, e.g. <see cref="EventTypes.InvoiceAccepted"/>.</param>
/// <param name="Data">The <c>data</c> object of the webhook body, as JSON.</param>
public sealed record NewEvent(Guid TenantId, string Type, string Data)
{
    /// <summary>What it is about (an invoice, incoming invoice or company id).</summary>
    public Guid? SubjectId { get; init; }

    /// <summary>The company concerned.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>For a state transition: the state before.</summary>
    public string? FromState { get; init; }

    /// <summary>For a state transition: the state after.</summary>
    public string? ToState { get; init; }
}
