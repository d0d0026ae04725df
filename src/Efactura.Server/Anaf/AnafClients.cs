using Efactura.Anaf;
using Efactura.Anaf.Archives;
using Efactura.Anaf.Quotas;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Anaf;

/// <summary>Makes the <see cref="AnafClient"/> for a company's environment, signed in with its stored tokens.</summary>
public sealed class AnafClients(HttpClient http, AnafOptions options, SimulatorHost simulator, AnafConnectionRepository connections, IAnafQuota quota, TimeProvider time)
{
    /// <summary>The client for <paramref name="company"/> in <paramref name="environment"/> (its own when null).</summary>
    public async Task<AnafClient> ForCompanyAsync(Company company, AnafEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(company);
        var clientOptions = await OptionsAsync(environment ?? company.Settings.Environment).ConfigureAwait(false);
        return new AnafClient(http, clientOptions, new StoredAccessToken(connections, company.TenantId, company.Id), QuotaFor(environment ?? company.Settings.Environment));
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
        var clientOptions = await OptionsAsync(chosen).ConfigureAwait(false);
        return new AnafClient(http, clientOptions, new StoredAccessToken(connections, company.TenantId, company.Id), gate(QuotaFor(chosen)));
    }

    /// <summary>A client for the calls that need no company token (OAuth, validare, transformare).</summary>
    public async Task<AnafClient> ForEnvironmentAsync(AnafEnvironment environment) =>
        new(http, await OptionsAsync(environment).ConfigureAwait(false), null, QuotaFor(environment));

    /// <summary>
    /// A token-less client for the OAuth consent with <paramref name="redirectUri"/> as its callback (the one the
    /// authorize request named; the token exchange must repeat it).
    /// </summary>
    public async Task<AnafClient> ForConsentAsync(AnafEnvironment environment, string redirectUri) =>
        new(http, await OptionsAsync(environment).ConfigureAwait(false) with { RedirectUri = redirectUri }, null, QuotaFor(environment));

    // Each environment counts against its own budget: the simulator's or ANAF TEST's traffic never spends production's.
    private IAnafQuota QuotaFor(AnafEnvironment environment) => quota is DatabaseAnafQuota shared ? shared.ForEnvironment(environment) : quota;

    /// <summary>The endpoints, credentials and limits of <paramref name="environment"/>.</summary>
    public async Task<AnafClientOptions> OptionsAsync(AnafEnvironment environment)
    {
        var simulated = environment == AnafEnvironment.Simulator;
        var endpoints = environment switch
        {
            AnafEnvironment.Prod => AnafEndpoints.Production,
            AnafEnvironment.Test => AnafEndpoints.Test,
            _ => AnafEndpoints.Simulator(await simulator.BaseAddressAsync().ConfigureAwait(false)),
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
                AnafEnvironment.Prod => AnafSigners.Production,
                AnafEnvironment.Test => AnafSigners.Test,
                _ => await SimulatorSignersAsync().ConfigureAwait(false),
            },
        };
    }

    // The simulator stands in for ANAF in its own environment only: its certificate counts there and nowhere else.
    private async Task<AnafSigners> SimulatorSignersAsync()
    {
        if (await simulator.InProcessAsync().ConfigureAwait(false) is { } inProcess)
            return AnafSigners.None.With(new PinnedSigner("efactura simulator", inProcess.SigningCertificate.RawData));
        return string.IsNullOrWhiteSpace(options.Simulator.SigningCertificatePem)
            ? AnafSigners.None
            : AnafSigners.None.With(PinnedSigner.From("efactura simulator", System.Text.Encoding.ASCII.GetBytes(options.Simulator.SigningCertificatePem)));
    }
}
