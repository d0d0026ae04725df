namespace Efactura.Server.Storage.Dashboard;

/// <summary>Where the triage page draws its lines.</summary>
/// <param name="StuckBefore">An invoice with ANAF (or uploading) since before this is stuck.</param>
/// <param name="IssuedOnOrBefore">Unsubmitted invoices issued on or before this day are near their deadline.</param>
/// <param name="ConnectionsExpiringBefore">Connections whose refresh token expires before this are listed.</param>
/// <param name="MessagesCreatedBefore">Messages not downloaded that ANAF made before this are near the purge.</param>
/// <param name="Limit">Rows per list at most.</param>
public sealed record TriageBounds(
    DateTimeOffset StuckBefore, DateOnly IssuedOnOrBefore, DateTimeOffset ConnectionsExpiringBefore, DateTimeOffset MessagesCreatedBefore, int Limit = 50);
