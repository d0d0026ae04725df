namespace Efactura.Server.Application.Invoices;

/// <summary>How to write the credit note that cancels an accepted invoice; every member is optional.</summary>
/// <param name="Number">The credit note's number (BT-1); default: the invoice's number followed by <c>-STORNO</c>.</param>
/// <param name="IssueDate">Its issue date (BT-2); default: today in Romania.</param>
/// <param name="Reason">A note on it (BT-22); default: "Stornare integrală a facturii …".</param>
public sealed record CreditNoteChoices(string? Number, DateOnly? IssueDate, string? Reason)
{
    /// <summary>No preferences: every default.</summary>
    public static CreditNoteChoices Defaults { get; } = new(null, null, null);
}
