namespace Efactura.Server.Storage.Connections;

/// <summary>The outcome of redeeming an OAuth state at the callback.</summary>
/// <param name="Check">Whether the state was accepted, and why not.</param>
/// <param name="Authorization">The consent the state stands for; set only when <paramref name="Check"/> is <see cref="OneTimeCheck.Valid"/>.</param>
public sealed record StateRedemption(OneTimeCheck Check, PendingAuthorization? Authorization);
