using Efactura.Server.Application.Invoices;

namespace Efactura.Server.Api.Invoices;

/// <summary>The optional body of <c>POST /v1/invoices/{id}/void</c> for an accepted invoice: how to write the credit note.</summary>
/// <param name="Number">The credit note's number (BT-1); default: the invoice's number followed by <c>-STORNO</c>.</param>
/// <param name="IssueDate">Its issue date (BT-2); default: today in Romania.</param>
/// <param name="Reason">A note on it (BT-22); default: "Stornare integrală a facturii …".</param>
public sealed record VoidRequest(string? Number, DateOnly? IssueDate, string? Reason)
{
    /// <summary>No preferences: every default.</summary>
    public static VoidRequest Defaults { get; } = new(null, null, null);

    /// <summary>The choices this request makes for the credit note.</summary>
    public CreditNoteChoices ToChoices() => new(Number, IssueDate, Reason);
}
