namespace Efactura.Server.Storage.Dashboard;

/// <summary>What needs a person's attention across the companies a dashboard user sees, each list newest or most urgent first.</summary>
/// <param name="Rejected">Invoices ANAF rejected.</param>
/// <param name="Stuck">Invoices that do not move: with ANAF (in prelucrare) or uploading for too long, reconciling, failed.</param>
/// <param name="Unsubmitted">Invoices issued and not yet with ANAF whose 5-working-day deadline is near or passed, oldest issue first.</param>
/// <param name="Connections">ANAF connections whose refresh token expires soon, has expired, or was revoked.</param>
/// <param name="NearPurge">ANAF messages not downloaded yet that ANAF deletes soon (it keeps them 60 days).</param>
public sealed record Triage(
    IReadOnlyList<TriageInvoice> Rejected,
    IReadOnlyList<TriageInvoice> Stuck,
    IReadOnlyList<TriageInvoice> Unsubmitted,
    IReadOnlyList<TriageConnection> Connections,
    IReadOnlyList<TriageMessage> NearPurge);
