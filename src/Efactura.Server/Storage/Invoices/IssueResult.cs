namespace Efactura.Server.Storage.Invoices;

/// <summary>The result of an issue.</summary>
/// <param name="Outcome">Whether it was issued, and if not why.</param>
/// <param name="Invoice">The issued invoice; for a state conflict, the draft or original as it is.</param>
/// <param name="Conflicting">The invoice in the way: the one with the same number, or the pending credit note.</param>
public sealed record IssueResult(IssueOutcome Outcome, InvoiceRecord? Invoice, InvoiceRecord? Conflicting = null)
{
    /// <summary>True when the invoice was issued.</summary>
    public bool IsIssued => Outcome == IssueOutcome.Issued;
}
