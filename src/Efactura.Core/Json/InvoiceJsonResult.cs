using System.Collections.Immutable;
using Efactura.Core.Findings;
using Efactura.Core.Model;

namespace Efactura.Core.Json;

/// <summary>What parsing the invoice JSON gave: the invoice, and every finding (errors and warnings).</summary>
/// <param name="Invoice">The invoice with its totals computed; null when any finding is fatal.</param>
/// <param name="Findings">All findings, in the order of the request; warnings may accompany a valid invoice.</param>
public sealed record InvoiceJsonResult(Invoice? Invoice, ImmutableArray<Finding> Findings)
{
    /// <summary>
    /// The invoice as far as the JSON could be read, also when a finding is fatal: what was missing or unreadable is empty,
    /// defaulted or left out (a line or allowance that could not be read is missing, so positions in its array may differ
    /// from the JSON's). For checking the rest of the invoice in the same pass; never issue it. Null when the JSON is not
    /// an object at all.
    /// </summary>
    public Invoice? Draft { get; init; }

    /// <summary>True when an invoice was produced and no finding is fatal.</summary>
    public bool IsSuccess => Invoice is not null && !Findings.Any(f => f.Severity == Severity.Fatal);
}
