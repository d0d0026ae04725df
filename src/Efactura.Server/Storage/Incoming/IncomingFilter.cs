namespace Efactura.Server.Storage.Incoming;

/// <summary>Which received invoices a list shows; every filter is optional and they combine with AND.</summary>
public sealed record IncomingFilter
{
    /// <summary>Only this company's.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>Only these companies' (a dashboard accountant's); an empty list matches nothing.</summary>
    public IReadOnlyCollection<Guid>? CompanyIds { get; init; }

    /// <summary>
    /// Only invoices from this supplier: its identifier exactly (a CUI matches with or without "RO"), or a part of its
    /// name, case-insensitively. A received invoice not downloaded yet matches by the supplier's CIF in ANAF's detail.
    /// </summary>
    public string? Supplier { get; init; }

    /// <summary>Only this invoice number (exact); known only once downloaded.</summary>
    public string? Number { get; init; }

    /// <summary>Only issue dates on or after this day; known only once downloaded.</summary>
    public DateOnly? IssuedFrom { get; init; }

    /// <summary>Only issue dates on or before this day; known only once downloaded.</summary>
    public DateOnly? IssuedTo { get; init; }

    /// <summary>True: only the downloaded (stored) invoices; false: only those ANAF lists that are not stored yet; null: both.</summary>
    public bool? Downloaded { get; init; }
}
