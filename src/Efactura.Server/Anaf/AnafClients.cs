using Efactura.Anaf;
using Efactura.Anaf.Archives;
using Efactura.Anaf.Quotas;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Anaf;

/// <summary>Makes the <see cref="AnafClient"/> for a company's environment, signed in with its stored tokens.</summary>
/// <remarks>With <c>lastCall</c>, a company's calls record when ANAF last answered them with success.</remarks>
public sealed class AnafClients(
    HttpClient http, AnafOptions options, SimulatorHost simulator, AnafConnectionRepository connections, IAnafQuota quota, TimeProvider time,
    LastAnafCall? lastCall = null)
{
    /// <summary>The client for <paramref name="company"/> in <paramref name="environment"/> (its own when null).</summary>
    public async Task<AnafClient> ForCompanyAsync(Company company, AnafEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(company);
        var clientOptions = await OptionsAsync(environment ?? company.Settings.Environment, company.TenantId).ConfigureAwait(false);
        return new AnafClient(HttpFor(company), clientOptions, new StoredAccessToken(connections, company.TenantId, company.Id), QuotaFor(environment ?? company.Settings.Environment));
    }

    /// <summary>
    /// The client for <paramref name="company"/> in <paramref name="environment"/> whose calls take their slots of ANAF's
    /// calls window through <paramref name="gate"/>, made from the environment's quota (the submitter's upload gate).
    /// </summary>
    public async Task<AnafClient> ForCompanyAsync(Company company, AnafEnvironment? environment, Func<IAnafQuota, IAnafQuota> gate)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(gate);
        var chosen = environment ?? company.Settings.Environment;
        var clientOptions = await OptionsAsync(chosen, company.TenantId).ConfigureAwait(false);
        return new AnafClient(HttpFor(company), clientOptions, new StoredAccessToken(connections, company.TenantId, company.Id), gate(QuotaFor(chosen)));
    }

    private HttpClient HttpFor(Company company) => lastCall?.ClientFor(company.TenantId, company.Id) ?? http;

    /// <summary>A client for the calls that need no company token (OAuth, validare, transformare), for <paramref name="tenantId"/>'s simulator in that environment.</summary>
    public async Task<AnafClient> ForEnvironmentAsync(AnafEnvironment environment, Guid tenantId) =>
        new(http, await OptionsAsync(environment, tenantId).ConfigureAwait(false), null, QuotaFor(environment));

    /// <summary>
    /// A token-less client for the OAuth consent with <paramref name="redirectUri"/> as its callback (the one the
    /// authorize request named; the token exchange must repeat it).
    /// </summary>
    public async Task<AnafClient> ForConsentAsync(AnafEnvironment environment, Guid tenantId, string redirectUri) =>
        new(http, await OptionsAsync(environment, tenantId).ConfigureAwait(false) with { RedirectUri = redirectUri }, null, QuotaFor(environment));

    /// <summary>Why <paramref name="environment"/> cannot be reached from this process, or null when it can.</summary>
    public string? UnavailableReason(AnafEnvironment environment) =>
        environment == AnafEnvironment.Simulator && !simulator.IsEnabled
            ? $"The simulator environment is off on this server (it runs only in Development or with {Hosting.ServerMode.SimulatorEnabledKey}=true); choose test or prod."
            : null;

    // Each environment counts against its own budget: the simulator's or ANAF TEST's traffic never spends production's.
    private IAnafQuota QuotaFor(AnafEnvironment environment) => quota is DatabaseAnafQuota shared ? shared.ForEnvironment(environment) : quota;

    /// <summary>The endpoints, credentials and limits of <paramref name="environment"/> (the simulator's: <paramref name="tenantId"/>'s own).</summary>
    public async Task<AnafClientOptions> OptionsAsync(AnafEnvironment environment, Guid tenantId)
    {
        var simulated = environment == AnafEnvironment.Simulator;
        var endpoints = environment switch
        {
            AnafEnvironment.Prod => AnafEndpoints.Production,
            AnafEnvironment.Test => AnafEndpoints.Test,
            _ => AnafEndpoints.Simulator(await simulator.BaseAddressAsync(tenantId).ConfigureAwait(false), options.Simulator.Production),
        };
        return new AnafClientOptions
        {
            Endpoints = endpoints,
            ClientId = simulated ? options.Simulator.ClientId : options.ClientId,
            ClientSecret = simulated ? options.Simulator.ClientSecret : options.ClientSecret,
            RedirectUri = options.RedirectUri,
            Timeout = options.Timeout,
            Time = time,
            Signers = environment switch
            {
                AnafEnvironment.Prod => _production.Value,
                AnafEnvironment.Test => AnafSigners.Test,
                _ => await SimulatorSignersAsync(tenantId).ConfigureAwait(false),
            },
        };
    }

    // ANAF's pinned production certificates and the operator's (AnafOptions.ProductionSigners, checked at start).
    private readonly Lazy<AnafSigners> _production = new(() => AnafSigners.Production.With(
        options.ProductionSigners.Select((pem, i) => ConfiguredSigner(pem, i) ?? throw new InvalidOperationException($"{AnafOptions.Section}:ProductionSigners:{i} is not a PEM certificate."))));

    /// <summary>The signer configured as <see cref="AnafOptions.ProductionSigners"/>[<paramref name="position"/>], or null when it is no certificate.</summary>
    internal static PinnedSigner? ConfiguredSigner(string pem, int position)
    {
        if (string.IsNullOrWhiteSpace(pem) || !pem.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) return null;
        try
        {
            return PinnedSigner.From($"ANAF production (configured, {position})", System.Text.Encoding.ASCII.GetBytes(pem));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    // The simulator stands in for ANAF in its own environment only: its certificate counts there and nowhere else.
    private async Task<AnafSigners> SimulatorSignersAsync(Guid tenantId)
    {
        if (await simulator.InProcessAsync(tenantId).ConfigureAwait(false) is { } inProcess)
            return AnafSigners.None.With(new PinnedSigner("efactura simulator", inProcess.SigningCertificate.RawData));
        return string.IsNullOrWhiteSpace(options.Simulator.SigningCertificatePem)
            ? AnafSigners.None
            : AnafSigners.None.With(PinnedSigner.From("efactura simulator", System.Text.Encoding.ASCII.GetBytes(options.Simulator.SigningCertificatePem)));
    }
}
