using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Storage.Invoices;

/// <summary>An invoice to store, as the API accepted it.</summary>
/// <param name="TenantId">Whose invoice it is.</param>
/// <param name="CompanyId">The supplier company (one of the tenant's).</param>
/// <param name="Number">The invoice number (BT-1).</param>
/// <param name="TypeCode">The UNCL 1001 type code (BT-3), e.g. 380 or 381.</param>
/// <param name="IssueDate">The issue date (BT-2).</param>
/// <param name="Currency">The invoice currency (BT-5).</param>
/// <param name="TotalAmount">The amount due for payment (BT-115), for lists; exact.</param>
/// <param name="InputJson">The JSON the client sent, kept as received.</param>
public sealed record NewInvoice(
    Guid TenantId,
    Guid CompanyId,
    string Number,
    string TypeCode,
    DateOnly IssueDate,
    string Currency,
    decimal TotalAmount,
    string InputJson)
{
    /// <summary>The buyer's identifier (CUI, CNP or VAT number), for lists and filters.</summary>
    public string? CustomerId { get; init; }

    /// <summary>The buyer's name (BT-44), for lists.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The first state: <see cref="InvoiceState.Draft"/> (default) or <see cref="InvoiceState.Issued"/>.</summary>
    public InvoiceState State { get; init; } = InvoiceState.Draft;

    /// <summary>An environment that overrides the company's for this invoice, or null.</summary>
    public AnafEnvironment? Environment { get; init; }

    /// <summary>For a credit note made by voiding: the invoice it cancels.</summary>
    public Guid? CreditNoteFor { get; init; }

    /// <summary>The company's partner the customer was filled from (<c>customer.partnerId</c>), or null.</summary>
    public Guid? CustomerPartnerId { get; init; }
}
