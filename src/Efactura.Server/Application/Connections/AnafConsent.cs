using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Application.Connections;

/// <summary>
/// The OAuth consent that connects a company to ANAF (anaf-api.md §1.3): a redirect to ANAF's authorize page with a
/// one-time state, then at the callback the state is spent, the code exchanged and the token pair stored encrypted.
/// </summary>
public sealed partial class AnafConsent(
    AnafAuthorizationRepository authorizations,
    AnafConnectionRepository connections,
    CompanyRepository companies,
    AnafClients clients,
    TimeProvider time,
    ILogger<AnafConsent> logger)
{
    /// <summary>How long the holder has to log in at ANAF after the redirect: 15 minutes.</summary>
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(15);

    /// <summary>How long a token link works: 24 hours.</summary>
    public static readonly TimeSpan TokenLinkLifetime = TimeSpan.FromHours(24);

    /// <summary>Access token lifetime when ANAF's answer names none: 129600 minutes = 90 days (ANAF OAuth procedure, p. 33).</summary>
    public static readonly TimeSpan DefaultAccessLifetime = TimeSpan.FromMinutes(129_600);

    /// <summary>Refresh token lifetime when ANAF's answer names none: 525600 minutes = 365 days (ANAF OAuth procedure, p. 33).</summary>
    public static readonly TimeSpan DefaultRefreshLifetime = TimeSpan.FromMinutes(525_600);

    /// <summary>
    /// Why a consent in <paramref name="environment"/> cannot start, or null when it can: test and prod need the
    /// OAuth application registered at ANAF (<c>Efactura:Anaf:ClientId</c> and <c>ClientSecret</c>).
    /// </summary>
    public async Task<string?> NotConfiguredReasonAsync(AnafEnvironment environment, Guid tenantId)
    {
        if (clients.UnavailableReason(environment) is { } unavailable) return unavailable;
        var options = await clients.OptionsAsync(environment, tenantId).ConfigureAwait(false);
        return options.ClientId.Length > 0 && options.ClientSecret.Length > 0
            ? null
            : $"No ANAF OAuth application is configured for the {environment.ToString().ToLowerInvariant()} environment: set Efactura:Anaf:ClientId and Efactura:Anaf:ClientSecret (from ANAF's application registration).";
    }

    /// <summary>
    /// ANAF's authorize address for <paramref name="company"/>, with a new state; the callback at
    /// <paramref name="redirectUri"/> finishes it.
    /// </summary>
    public async Task<Uri> StartAsync(Company company, string redirectUri, Guid? tokenLinkId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var state = await authorizations.CreateStateAsync(company.TenantId, company.Id, redirectUri, tokenLinkId, StateLifetime, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"company {company.Id} vanished while its consent started");
        var client = await clients.ForConsentAsync(company.Settings.Environment, company.TenantId, redirectUri).ConfigureAwait(false);
        return client.BuildAuthorizeUri(state.Value);
    }

    /// <summary>
    /// Starts the consent of the company <paramref name="companyId"/>: ANAF's authorize address with a new state,
    /// the callback at <paramref name="redirectUri"/> finishing it. Refused when the tenant has no such company or no
    /// OAuth application is configured for its environment.
    /// </summary>
    public async Task<Outcome<Uri>> StartAsync(Guid tenantId, Guid companyId, string redirectUri, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(tenantId, companyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return CompanyMissing(companyId);
        if (await NotConfiguredReasonAsync(company.Settings.Environment, company.TenantId).ConfigureAwait(false) is { } reason) return NotConfigured(reason);
        return await StartAsync(company, redirectUri, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A token link for the company <paramref name="companyId"/>: it works once, for <see cref="TokenLinkLifetime"/>,
    /// without an API key, for whoever holds the company's qualified certificate. Refused like <see cref="StartAsync(Guid, Guid, string, CancellationToken)"/>.
    /// </summary>
    public async Task<Outcome<OneTimeSecret>> CreateTokenLinkAsync(Guid tenantId, Guid companyId, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(tenantId, companyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return CompanyMissing(companyId);
        if (await NotConfiguredReasonAsync(company.Settings.Environment, company.TenantId).ConfigureAwait(false) is { } reason) return NotConfigured(reason);
        var link = await authorizations.CreateTokenLinkAsync(company.TenantId, company.Id, TokenLinkLifetime, cancellationToken).ConfigureAwait(false);
        return link is null ? CompanyMissing(companyId) : link;
    }

    private static Refusal.Missing CompanyMissing(Guid companyId) => new($"There is no company {companyId}.");

    private static Refusal.Unavailable NotConfigured(string reason) => new("anaf-not-configured", "ANAF is not configured", reason);

    /// <summary>Finishes the consent the callback reports: spends the state, exchanges the code, stores the pair.</summary>
    public async Task<ConsentOutcome> CompleteAsync(string state, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(code);
        var redemption = await authorizations.RedeemStateAsync(state, cancellationToken).ConfigureAwait(false);
        if (redemption.Authorization is not { } pending) return Refused(redemption.Check);

        var company = await companies.GetAsync(pending.TenantId, pending.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return ConsentOutcome.Failed(ConsentFailure.CompanyGone, "The company this consent was for no longer exists.");

        var client = await clients.ForConsentAsync(company.Settings.Environment, company.TenantId, pending.RedirectUri).ConfigureAwait(false);
        var exchange = await client.ExchangeCodeAsync(code, cancellationToken).ConfigureAwait(false);
        if (!exchange.IsSuccess)
        {
            LogExchangeFailed(logger, company.Id, exchange.Error!.Kind.ToString());
            return ConsentOutcome.Failed(ConsentFailure.AnafRefused,
                $"ANAF did not exchange the authorization code for tokens ({exchange.Error.Detail}). Start the connection again.");
        }

        var now = time.GetUtcNow();
        var tokens = exchange.Value!;
        var stored = new AnafTokens(tokens.AccessToken, tokens.RefreshToken,
            tokens.AccessExpiresAt ?? now + DefaultAccessLifetime, tokens.RefreshExpiresAt ?? now + DefaultRefreshLifetime);
        var connection = await connections.ConnectAsync(company.TenantId, company.Id, stored, cancellationToken).ConfigureAwait(false);
        if (connection is null) return ConsentOutcome.Failed(ConsentFailure.CompanyGone, "The company this consent was for no longer exists.");
        LogConnected(logger, company.Id, connection.AccessExpiresAt, connection.RefreshExpiresAt);
        return ConsentOutcome.Connected(connection);
    }

    private static ConsentOutcome Refused(OneTimeCheck check) => check switch
    {
        OneTimeCheck.Expired => ConsentOutcome.Failed(ConsentFailure.StateRefused,
            $"This login took longer than {StateLifetime.TotalMinutes:0} minutes. Start the connection again."),
        OneTimeCheck.Used => ConsentOutcome.Failed(ConsentFailure.StateRefused,
            "This login was already completed (the page was reloaded or opened twice). Check the connection state in the API."),
        OneTimeCheck.LinkUsed => ConsentOutcome.Failed(ConsentFailure.LinkUsed,
            "The link this login started from has already connected the company. Ask for a new link if it must be connected again."),
        _ => ConsentOutcome.Failed(ConsentFailure.StateRefused,
            "This callback does not belong to a connection started by this server. Start the connection again."),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} connected to ANAF; access token until {AccessExpiresAt:O}, refresh token until {RefreshExpiresAt:O}")]
    private static partial void LogConnected(ILogger logger, Guid companyId, DateTimeOffset accessExpiresAt, DateTimeOffset refreshExpiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company {CompanyId}: ANAF refused the authorization code exchange ({ErrorKind})")]
    private static partial void LogExchangeFailed(ILogger logger, Guid companyId, string errorKind);
}
