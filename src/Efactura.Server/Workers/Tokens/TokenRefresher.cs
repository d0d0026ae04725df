using System.Globalization;
using System.Text.Json;
using Efactura.Anaf.Results;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Notices;

namespace Efactura.Server.Workers.Tokens;

/// <summary>
/// Worker <c>token-refresher</c>: refreshes each company's ANAF tokens <see cref="TokenRefresherOptions.RefreshAhead"/>
/// before the access token expires. A connection is claimed by one refresher at a time across nodes, and the new
/// pair replaces the old one by compare-and-set (ANAF rotates both tokens, DESIGN §5). A refused refresh token
/// expires the connection (<c>connection.expired</c>); a refresh token close to its end is announced once per
/// token (<c>connection.expiring</c>). Tokens are never logged.
/// </summary>
public sealed partial class TokenRefresher(
    AnafConnectionRepository connections,
    CompanyRepository companies,
    NoticeRepository notices,
    AnafClients clients,
    NodeIdentity node,
    TokenRefresherOptions refresher,
    WorkerOptions options,
    TimeProvider time,
    ILogger<TokenRefresher> logger) : WorkerLoop(options, time, logger)
{
    /// <summary>The worker's name.</summary>
    public const string WorkerName = "token-refresher";

    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public override string Name => WorkerName;

    private string Claimer => node.Claimer(WorkerName);

    /// <inheritdoc />
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        // One connection per round: a claimed connection is refreshed at once, never left waiting behind others.
        var claimed = await connections.ClaimExpiringAsync(refresher.RefreshAhead, Claimer, Options.Lease, 1, cancellationToken).ConfigureAwait(false);
        foreach (var connection in claimed) await RefreshAsync(connection, cancellationToken).ConfigureAwait(false);
        var warned = await WarnExpiringAsync(cancellationToken).ConfigureAwait(false);
        return claimed.Count > 0 || warned;
    }

    private async Task RefreshAsync(AnafConnection connection, CancellationToken cancellationToken)
    {
        var credentials = await connections.GetCredentialsAsync(connection.TenantId, connection.CompanyId, cancellationToken).ConfigureAwait(false);
        var company = await companies.GetAsync(connection.TenantId, connection.CompanyId, cancellationToken).ConfigureAwait(false);
        if (credentials is null || company is null) return;
        var now = Time.GetUtcNow();
        if (credentials.Connection.RefreshExpiresAt <= now)
        {
            await ExpireAsync(connection, "the refresh token expired; connect the company again", cancellationToken).ConfigureAwait(false);
            return;
        }

        var client = await clients.ForEnvironmentAsync(company.Settings.Environment, company.TenantId).ConfigureAwait(false);
        var result = await client.RefreshAsync(credentials.Tokens.RefreshToken, cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            await StoreAsync(credentials.Connection, result.Value, now, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (result.Error.Kind == AnafErrorKind.InvalidGrant)
        {
            await ExpireAsync(connection, "ANAF refused the refresh token (invalid_grant); connect the company again", cancellationToken).ConfigureAwait(false);
            return;
        }
        LogRefreshFailed(Logger, connection.CompanyId, result.Error.Kind, result.Error.HttpStatus);
        await connections.PostponeRefreshAsync(connection.TenantId, connection.CompanyId, Claimer,
            $"refresh failed: {result.Error.Kind}", now + refresher.RetryAfterFailure, cancellationToken).ConfigureAwait(false);
    }

    private async Task StoreAsync(AnafConnection connection, OAuthTokens fresh, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tokens = new AnafTokens(fresh.AccessToken, fresh.RefreshToken,
            fresh.AccessExpiresAt ?? now + refresher.AccessTokenLifetime, fresh.RefreshExpiresAt ?? now + refresher.RefreshTokenLifetime);
        if (await connections.RotateAsync(connection.TenantId, connection.CompanyId, connection.TokenVersion, tokens, cancellationToken).ConfigureAwait(false))
            LogRefreshed(Logger, connection.CompanyId, connection.TokenVersion + 1, tokens.AccessExpiresAt, tokens.RefreshExpiresAt);
        else
            // The company connected again meanwhile: its newer pair stays, this one is dropped.
            LogRotationLost(Logger, connection.CompanyId, connection.TokenVersion);
    }

    private async Task ExpireAsync(AnafConnection connection, string reason, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.Serialize(new { companyId = connection.CompanyId, reason, refreshExpiresAt = connection.RefreshExpiresAt }, EventJson);
        var expired = new NewEvent(connection.TenantId, EventTypes.ConnectionExpired, data) { SubjectId = connection.CompanyId, CompanyId = connection.CompanyId };
        if (await connections.ExpireAsync(connection.TenantId, connection.CompanyId, Claimer, reason, expired, cancellationToken).ConfigureAwait(false))
            LogExpired(Logger, connection.CompanyId, reason);
    }

    private async Task<bool> WarnExpiringAsync(CancellationToken cancellationToken)
    {
        var before = Time.GetUtcNow() + refresher.WarnBeforeRefreshExpiry;
        var expiring = await connections.ListRefreshExpiringAsync(before, EventTypes.ConnectionExpiring, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        var warned = false;
        foreach (var connection in expiring)
        {
            var data = JsonSerializer.Serialize(new
            {
                companyId = connection.CompanyId,
                refreshExpiresAt = connection.RefreshExpiresAt,
                accessExpiresAt = connection.AccessExpiresAt,
            }, EventJson);
            var notice = new Notice(connection.CompanyId, EventTypes.ConnectionExpiring, connection.TokenVersion.ToString(CultureInfo.InvariantCulture));
            var expiringEvent = new NewEvent(connection.TenantId, EventTypes.ConnectionExpiring, data) { SubjectId = connection.CompanyId, CompanyId = connection.CompanyId };
            if (await notices.PublishOnceAsync(notice, expiringEvent, cancellationToken).ConfigureAwait(false) is null) continue;
            warned = true;
            LogExpiring(Logger, connection.CompanyId, connection.RefreshExpiresAt);
        }
        return warned;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId}: ANAF tokens refreshed (version {TokenVersion}); access until {AccessExpiresAt:O}, refresh until {RefreshExpiresAt:O}")]
    private static partial void LogRefreshed(ILogger logger, Guid companyId, int tokenVersion, DateTimeOffset accessExpiresAt, DateTimeOffset refreshExpiresAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company {CompanyId}: the refreshed tokens were not stored, version {TokenVersion} was replaced meanwhile")]
    private static partial void LogRotationLost(ILogger logger, Guid companyId, int tokenVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company {CompanyId}: token refresh failed ({ErrorKind}, HTTP {HttpStatus}); trying again later")]
    private static partial void LogRefreshFailed(ILogger logger, Guid companyId, AnafErrorKind errorKind, int? httpStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company {CompanyId}: ANAF connection expired: {Reason}")]
    private static partial void LogExpired(ILogger logger, Guid companyId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company {CompanyId}: the ANAF refresh token dies at {RefreshExpiresAt:O}; connection.expiring sent")]
    private static partial void LogExpiring(ILogger logger, Guid companyId, DateTimeOffset refreshExpiresAt);
}
