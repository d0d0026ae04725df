namespace Efactura.Server.Storage.Users;

/// <summary>The result of changing, disabling or deleting a user.</summary>
/// <param name="Outcome">Changed, missing or refused.</param>
/// <param name="User">The user after the change (the deleted one, for a delete), or null when missing.</param>
public sealed record UserChange(UserChangeOutcome Outcome, DashboardUser? User);
