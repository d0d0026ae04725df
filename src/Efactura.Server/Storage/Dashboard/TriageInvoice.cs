using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Storage.Dashboard;

/// <summary>An invoice on the triage page.</summary>
/// <param name="Id">The invoice.</param>
/// <param name="CompanyId">Its company.</param>
/// <param name="CompanyName">The company's name.</param>
/// <param name="Number">BT-1.</param>
/// <param name="IssueDate">BT-2.</param>
/// <param name="State">Its state.</param>
/// <param name="ErrorDetails">The findings (JSON) of a rejection or failure, or null.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Since">When it entered the state it is stuck in (submitted or upload start), when known.</param>
public sealed record TriageInvoice(
    Guid Id, Guid CompanyId, string CompanyName, string Number, DateOnly IssueDate, InvoiceState State, string? ErrorDetails,
    DateTimeOffset UpdatedAt, DateTimeOffset? Since);
