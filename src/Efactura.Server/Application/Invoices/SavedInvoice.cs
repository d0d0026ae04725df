using Efactura.Core.Findings;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Application.Invoices;

/// <summary>An invoice as an application service left it, with the validator's warnings when it was validated.</summary>
/// <param name="Invoice">The invoice as stored now.</param>
/// <param name="Warnings">The validator's warnings (never fatal findings); empty when it was not validated or had none.</param>
public sealed record SavedInvoice(InvoiceRecord Invoice, IReadOnlyList<Finding> Warnings)
{
    /// <summary>An invoice that was not validated by this step (a state change).</summary>
    public static SavedInvoice Of(InvoiceRecord invoice) => new(invoice, []);
}
