namespace Efactura.Server.Storage.Users;

/// <summary>A one-time link token that lets a user set their password; only its SHA-256 is stored.</summary>
/// <param name="Token">The token (256 random bits, base64url), shown once.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record SignInLink(string Token, DateTimeOffset ExpiresAt);
