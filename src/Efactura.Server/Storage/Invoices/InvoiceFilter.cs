namespace Efactura.Server.Storage.Invoices;

/// <summary>Which invoices a list shows; every filter is optional and they combine with AND.</summary>
public sealed record InvoiceFilter
{
    /// <summary>No filter: all the tenant's invoices.</summary>
    public static InvoiceFilter None { get; } = new();

    /// <summary>Only this company's.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>Only these companies' (a dashboard accountant's); an empty list matches nothing.</summary>
    public IReadOnlyCollection<Guid>? CompanyIds { get; init; }

    /// <summary>Only invoices in one of these states.</summary>
    public IReadOnlyCollection<InvoiceState>? States { get; init; }

    /// <summary>Only this invoice number (exact).</summary>
    public string? Number { get; init; }

    /// <summary>
    /// Only invoices to this customer: its identifier exactly (a CUI matches with or without "RO"), or a part of its
    /// name, case-insensitively.
    /// </summary>
    public string? Customer { get; init; }

    /// <summary>Only issue dates on or after this day.</summary>
    public DateOnly? IssuedFrom { get; init; }

    /// <summary>Only issue dates on or before this day.</summary>
    public DateOnly? IssuedTo { get; init; }
}
