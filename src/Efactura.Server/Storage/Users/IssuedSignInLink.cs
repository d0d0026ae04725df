namespace Efactura.Server.Storage.Users;

/// <summary>A user with a new one-time link to set their password (after create or reset).</summary>
/// <param name="User">The user.</param>
/// <param name="Link">The link's token, shown once.</param>
public sealed record IssuedSignInLink(DashboardUser User, SignInLink Link);
