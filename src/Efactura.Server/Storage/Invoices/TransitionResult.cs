namespace Efactura.Server.Storage.Invoices;

/// <summary>The result of a transition and the invoice as it now is.</summary>
/// <param name="Outcome">Whether it was applied, and if not why.</param>
/// <param name="Invoice">The invoice after the attempt; null when not found.</param>
public sealed record TransitionResult(TransitionOutcome Outcome, InvoiceRecord? Invoice)
{
    /// <summary>True when the transition was applied.</summary>
    public bool Applied => Outcome == TransitionOutcome.Applied;
}
