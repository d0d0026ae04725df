using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Storage.Deadlines;

/// <summary>An issued invoice ANAF has not taken yet, as the deadline watcher sees it.</summary>
/// <param name="Id">The invoice.</param>
/// <param name="TenantId">Whose it is.</param>
/// <param name="CompanyId">The supplier company.</param>
/// <param name="Number">BT-1.</param>
/// <param name="IssueDate">BT-2: the day the 5 working days count from.</param>
/// <param name="State">Where it is.</param>
public sealed record UnsubmittedInvoice(Guid Id, Guid TenantId, Guid CompanyId, string Number, DateOnly IssueDate, InvoiceState State);
