using Efactura.Anaf.OAuth;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Anaf;

/// <summary>A company's current access token, read (and decrypted) from its stored ANAF connection at each call.</summary>
public sealed class StoredAccessToken(AnafConnectionRepository connections, Guid tenantId, Guid companyId) : IAccessTokenSource
{
    /// <inheritdoc />
    /// <exception cref="AnafNotConnectedException">The company has no active connection.</exception>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var credentials = await connections.GetCredentialsAsync(tenantId, companyId, cancellationToken).ConfigureAwait(false);
        if (credentials is null || credentials.Connection.Status != ConnectionStatus.Active)
            throw new AnafNotConnectedException(companyId, credentials is null ? "never connected" : $"connection {credentials.Connection.Status.ToString().ToLowerInvariant()}");
        return credentials.Tokens.AccessToken;
    }
}
