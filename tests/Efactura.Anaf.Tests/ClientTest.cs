using Efactura.Simulator.Rules;
using Efactura.Anaf.OAuth;
using Efactura.Simulator;
using Efactura.Simulator.Tests;
using Efactura.Testing;

namespace Efactura.Anaf.Tests;

/// <summary>
/// A client against a fresh simulator over real HTTP on loopback. Both read one manual clock; retry
/// and 429 delays are zero so nothing waits in real time.
/// </summary>
public abstract class ClientTest : IAsyncLifetime
{
    protected const string Serial = "1234AA456";
    protected const string Cif = "8000000000";

    protected ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
    protected AnafSimulator Simulator { get; private set; } = null!;
    protected HttpClient Http { get; } = new() { Timeout = Timeout.InfiniteTimeSpan };
    protected AnafClient Client { get; private set; } = null!;

    protected virtual SimulatorOptions ConfigureSimulator(SimulatorOptions options) => options;

    protected virtual AnafClientOptions ConfigureClient(AnafClientOptions options) => options;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Simulator = await AnafSimulator.StartAsync(ConfigureSimulator(new SimulatorOptions { Time = Clock, ProcessingDelay = TimeSpan.FromMinutes(1), Rules = new StructuralInvoiceRules() }), Cancel);
        Simulator.GrantRights(Serial, Cif);
        Client = NewClient(new StaticAccessToken(Simulator.IssueTokens(Serial).AccessToken));
    }

    protected AnafClient NewClient(IAccessTokenSource? tokens, Func<AnafClientOptions, AnafClientOptions>? adjust = null)
    {
        var options = ConfigureClient(new AnafClientOptions
        {
            Endpoints = AnafEndpoints.Simulator(Simulator.BaseAddress),
            ClientId = "efactura-simulator",
            ClientSecret = "simulator-secret",
            RedirectUri = "http://127.0.0.1:9999/callback",
            RetryBaseDelay = TimeSpan.Zero,
            TooManyRequestsWait = TimeSpan.Zero,
            Time = Clock,
        });
        return new AnafClient(Http, adjust is null ? options : adjust(options), tokens);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Uploads a sample invoice and returns its index.</summary>
    protected async Task<long> UploadAsync(byte[]? document = null)
    {
        var result = await Client.UploadAsync(new UploadRequest(document ?? SampleDocuments.Invoice(), "RO" + Cif), Cancel);
        return result.ShouldBeOfType<Results.UploadAccepted>().UploadIndex;
    }
}
