using Efactura.Server.Storage.Users;

namespace Efactura.Server.Application.Users;

/// <summary>A user with their new one-time set-password link (after create or reset), shown once.</summary>
/// <param name="User">The user.</param>
/// <param name="Url">The link to the dashboard's set-password page.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record IssuedUserLink(DashboardUser User, string Url, DateTimeOffset ExpiresAt);
