namespace Efactura.Server.Storage.Invoices;

/// <summary>The transitions an invoice may take; the repository refuses any other.</summary>
public static class InvoiceStateMachine
{
    private static readonly Dictionary<InvoiceState, InvoiceState[]> Next = new()
    {
        [InvoiceState.Draft] = [InvoiceState.Issued, InvoiceState.Voided],
        [InvoiceState.Issued] = [InvoiceState.Scheduled, InvoiceState.Queued],
        [InvoiceState.Scheduled] = [InvoiceState.Queued],
        [InvoiceState.Queued] = [InvoiceState.Uploading],
        // Back to queued only when the request provably never reached ANAF (refused connection, quota);
        // an unknown outcome goes to reconciling (DESIGN §5: never upload twice).
        [InvoiceState.Uploading] = [InvoiceState.Submitted, InvoiceState.Reconciling, InvoiceState.Queued, InvoiceState.Rejected, InvoiceState.Failed],
        [InvoiceState.Reconciling] = [InvoiceState.Submitted, InvoiceState.Queued, InvoiceState.Failed],
        [InvoiceState.Submitted] = [InvoiceState.Accepted, InvoiceState.Rejected, InvoiceState.Failed],
        [InvoiceState.Accepted] = [InvoiceState.Voided],
        [InvoiceState.Rejected] = [],
        [InvoiceState.Failed] = [InvoiceState.Queued],
        [InvoiceState.Voided] = [],
    };

    /// <summary>True when <paramref name="from"/> → <paramref name="to"/> is a transition an invoice may take.</summary>
    public static bool Allows(InvoiceState from, InvoiceState to) => Next.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>True for states nothing happens in any more without a user's action.</summary>
    public static bool IsFinal(InvoiceState state) =>
        state is InvoiceState.Accepted or InvoiceState.Rejected or InvoiceState.Failed or InvoiceState.Voided;
}
