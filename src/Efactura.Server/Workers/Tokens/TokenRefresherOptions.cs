namespace Efactura.Server.Workers.Tokens;

/// <summary>The token refresher; section <c>Efactura:Workers:TokenRefresher</c>.</summary>
public sealed class TokenRefresherOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers:TokenRefresher";

    /// <summary>How long before the access token expires it is refreshed; default 7 days (ANAF's last 7 of 90, DESIGN §5).</summary>
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long before the refresh token dies <c>connection.expiring</c> is sent; default 30 days.</summary>
    public TimeSpan WarnBeforeRefreshExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Time before a refresh that failed for a passing reason (network, 5xx) is tried again; default 15 min.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The access token's lifetime when ANAF's answer does not say: 90 days (anaf-api.md §1.3).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The refresh token's lifetime when ANAF's answer does not say: 365 days (anaf-api.md §1.3).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(365);
}
