namespace Efactura.Simulator.OAuth;

/// <summary>An access and a refresh token as the token endpoint returns them.</summary>
/// <param name="AccessToken">The bearer JWT.</param>
/// <param name="RefreshToken">The refresh JWT; single use, rotated on refresh.</param>
/// <param name="ExpiresIn">The access token's lifetime in seconds.</param>
public sealed record TokenPair(string AccessToken, string RefreshToken, long ExpiresIn);
