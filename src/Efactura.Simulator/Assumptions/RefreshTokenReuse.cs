namespace Efactura.Simulator.Assumptions;

/// <summary>
/// What the simulator's OAuth server does with a refresh token that was already redeemed. ASSUMPTION: no public
/// recording shows what ANAF does (anaf-api.md §1.3 says only that a refresh returns a new access token and a new
/// refresh token), so both behaviours are offered; clients must work with either.
/// </summary>
public enum RefreshTokenReuse
{
    /// <summary>A redeemed refresh token is spent: using it again is <c>400 invalid_grant</c> (the default, the stricter reading of "rotates").</summary>
    Refused,

    /// <summary>A redeemed refresh token keeps working until it expires; each use still returns a new pair.</summary>
    Allowed,
}
