using Efactura.Anaf.OAuth;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Application.Connections;

/// <summary>
/// Connects a company of the <c>simulator</c> environment to the in-process simulator at once, as if its holder had
/// logged in: the simulator grants a certificate of its own SPV rights for the CUI and issues a token pair, which is
/// stored like one from an OAuth consent. So a newcomer can post invoices right after creating the company. A
/// simulator running elsewhere (<c>Efactura:Anaf:Simulator:Url</c>) is connected the usual way, through OAuth.
/// </summary>
public sealed partial class SimulatorConnector(SimulatorHost simulator, AnafOptions options, AnafConnectionRepository connections, TimeProvider time,
    ILogger<SimulatorConnector> logger)
{
    // The simulator's refresh tokens live 365 days (anaf-api.md §1.3); used only when a token carries no exp claim.
    private static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(365);

    /// <summary>
    /// Connects <paramref name="company"/> when its environment is the in-process simulator and it has no active
    /// connection; true when it is connected afterwards by this call.
    /// </summary>
    public async Task<bool> ConnectIfSimulatedAsync(Company company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Settings.Environment != AnafEnvironment.Simulator || !simulator.IsInProcess) return false;
        var existing = await connections.GetAsync(company.TenantId, company.Id, cancellationToken).ConfigureAwait(false);
        if (existing?.Status == ConnectionStatus.Active) return false;
        // The tenant's own simulator: another tenant's simulator (and its invoices) is out of reach.
        var inProcess = await simulator.InProcessAsync(company.TenantId).ConfigureAwait(false);
        if (inProcess is null) return false;

        // One certificate per company: granting rights replaces the holder's earlier ones.
        var serial = SimulatorHost.CertificateSerialOf(company.Id);
        inProcess.GrantRights(serial, company.Cui);
        var pair = inProcess.IssueTokens(serial, options.Simulator.ClientId);
        var now = time.GetUtcNow();
        var tokens = new AnafTokens(pair.AccessToken, pair.RefreshToken,
            JwtExpiry.Read(pair.AccessToken) ?? now.AddSeconds(pair.ExpiresIn),
            JwtExpiry.Read(pair.RefreshToken) ?? now + RefreshLifetime);
        var connected = await connections.ConnectAsync(company.TenantId, company.Id, tokens, cancellationToken).ConfigureAwait(false);
        if (connected is not null) LogConnected(logger, company.Id);
        return connected is not null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} connected to the in-process simulator")]
    private static partial void LogConnected(ILogger logger, Guid companyId);
}
