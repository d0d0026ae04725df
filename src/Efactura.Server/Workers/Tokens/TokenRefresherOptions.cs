using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Workers.Tokens;

/// <summary>The token refresher; section <c>Efactura:Workers:TokenRefresher</c>.</summary>
public sealed class TokenRefresherOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers:TokenRefresher";

    /// <summary>How long before the access token expires it is refreshed; default 7 days (ANAF's last 7 of 90, DESIGN §5).</summary>
    /// <value>7 days.</value>
    [Range(typeof(TimeSpan), "00:00:00", "89.00:00:00", ErrorMessage = Section + ":RefreshAhead must be between 0 and 89 days.")]
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long before the refresh token dies <c>connection.expiring</c> is sent; default 30 days.</summary>
    /// <value>30 days.</value>
    [Range(typeof(TimeSpan), "00:00:00", "364.00:00:00", ErrorMessage = Section + ":WarnBeforeRefreshExpiry must be between 0 and 364 days.")]
    public TimeSpan WarnBeforeRefreshExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Time before a refresh that failed for a passing reason (network, 5xx) is tried again; default 15 min.</summary>
    /// <value>15 min.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":RetryAfterFailure must be between 1 second and 1 day.")]
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The access token's lifetime when ANAF's answer does not say: 90 days (anaf-api.md §1.3).</summary>
    /// <value>90 days.</value>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ErrorMessage = Section + ":AccessTokenLifetime must be between 1 minute and 3650 days.")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The refresh token's lifetime when ANAF's answer does not say: 365 days (anaf-api.md §1.3).</summary>
    /// <value>365 days.</value>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ErrorMessage = Section + ":RefreshTokenLifetime must be between 1 minute and 3650 days.")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(365);
}
