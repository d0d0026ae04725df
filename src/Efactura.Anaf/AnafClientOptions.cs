using Efactura.Anaf.Archives;
using Efactura.Anaf.Results;

namespace Efactura.Anaf;

/// <summary>How <see cref="AnafClient"/> talks to ANAF. Every default is documented and asserted by a test.</summary>
public sealed record AnafClientOptions
{
    /// <summary>Where to call; production by default.</summary>
    public AnafEndpoints Endpoints { get; init; } = AnafEndpoints.Production;

    /// <summary>The OAuth client id of the application registered in ANAF's portal.</summary>
    public string ClientId { get; init; } = "";

    /// <summary>The OAuth client secret.</summary>
    public string ClientSecret { get; init; } = "";

    /// <summary>The callback registered with the application.</summary>
    public string RedirectUri { get; init; } = "";

    /// <summary>Send client credentials as form fields (client_secret_post, as Odoo does) instead of HTTP Basic (ANAF's documented way).</summary>
    public bool ClientCredentialsInBody { get; init; }

    /// <summary>Each attempt's time limit: 60 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt of an idempotent call that failed transiently: 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's delay before jitter: 1 second, doubling each time.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between retries: 30 seconds.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait after HTTP 429 when the answer names no Retry-After: 60 seconds (the limit is per minute).</summary>
    public TimeSpan TooManyRequestsWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How many 429 answers one call waits out before reporting it: 3.</summary>
    public int MaxTooManyRequestsWaits { get; init; } = 3;

    /// <summary>
    /// Kept off both ends of the paginated list's window so clock skew never makes ANAF refuse it
    /// ("nu poate in viitor", "mai vechi de 60 de zile"): 1 minute.
    /// </summary>
    public TimeSpan ListClockSkewMargin { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The size and entry limits applied to downloaded ZIPs.</summary>
    public ArchiveLimits ArchiveLimits { get; init; } = new();

    /// <summary>
    /// The certificates whose signatures on downloads count as ANAF's (<see cref="DownloadedArchive.Signature"/>):
    /// production's by default; <see cref="AnafSigners.Test"/> for the test environment.
    /// </summary>
    public AnafSigners Signers { get; init; } = AnafSigners.Production;

    /// <summary>The clock for backoff waits and the list window.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
