namespace Efactura.Server.Storage.Events;

/// <summary>A recorded event.</summary>
/// <param name="Id">Its position in the event log (grows with time).</param>
/// <param name="TenantId">Whose event it is.</param>
/// <param name="Type">Its type.</param>
/// <param name="SubjectId">What it is about.</param>
/// <param name="CompanyId">The company concerned.</param>
/// <param name="FromState">For a transition, the state before.</param>
/// <param name="ToState">For a transition, the state after.</param>
/// <param name="Data">The webhook <c>data</c> object, as JSON.</param>
/// <param name="CreatedAt">When it happened.</param>
public sealed record StoredEvent(
    long Id,
    Guid TenantId,
    string Type,
    Guid? SubjectId,
    Guid? CompanyId,
    string? FromState,
    string? ToState,
    string Data,
    DateTimeOffset CreatedAt);
