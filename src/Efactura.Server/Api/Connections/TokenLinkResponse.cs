namespace Efactura.Server.Api.Connections;

/// <summary>A new token link: open <paramref name="Url"/> on the device with the qualified certificate.</summary>
/// <param name="LinkToken">The link's one-time value (shown once; only its hash is stored).</param>
/// <param name="Url">The address to open; it redirects to ANAF's login.</param>
/// <param name="ExpiresAt">When the link stops working (24 hours after it was made).</param>
public sealed record TokenLinkResponse(string LinkToken, Uri Url, DateTimeOffset ExpiresAt);
