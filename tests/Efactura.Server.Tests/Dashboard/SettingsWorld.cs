using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Users;
using Efactura.Server.Tests.Api;
using Efactura.Server.Tests.Hosting;
using Efactura.Server.Tests.Workers;
using Efactura.Server.Workers.Webhooks;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// A running gateway (real Kestrel on loopback, SQLite, workers off, webhooks to 127.0.0.1 allowed by the operator's
/// list) beside a real webhook receiver on loopback, for the webhooks and API keys pages: an owner, a viewer and an
/// accountant (assigned to the one company) of the development tenant. The webhook dispatcher is driven round by
/// round (<see cref="DispatchAsync"/>), so what is sent is known by construction.
/// </summary>
public sealed class SettingsWorld : IAsyncLifetime
{
    public const string Password = "parola-de-test-lunga";
    public const string OwnerEmail = "owner@gamma.ro";
    public const string ViewerEmail = "viewer@gamma.ro";
    public const string AccountantEmail = "contabil@gamma.ro";

    private TestServer? server;
    private WebhookReceiver? receiver;

    public TestServer Server => server ?? throw new InvalidOperationException("not started");

    public WebhookReceiver Receiver => receiver ?? throw new InvalidOperationException("not started");

    public Guid Company { get; private set; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Efactura:Webhooks:AllowedHosts:0"] = "127.0.0.1" });
        receiver = await WebhookReceiver.StartAsync();
        var response = await Server.Client.PostJsonAsync("v1/companies", """{"cui":"18547290","name":"Gamma Servicii SRL"}""");
        response.EnsureSuccessStatusCode();
        Company = (await response.BodyAsync()).GetProperty("id").GetGuid();
        var users = Server.Service<UserRepository>();
        foreach (var (email, role, companies) in new[]
                 {
                     (OwnerEmail, DashboardRole.Owner, Array.Empty<Guid>()), (ViewerEmail, DashboardRole.Viewer, []), (AccountantEmail, DashboardRole.Accountant, [Company]),
                 })
        {
            var created = (await users.CreateAsync(Server.TenantId, email, role, companies, Token))!;
            await users.SetPasswordAsync(created.Link.Token, Password, Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (receiver is not null) await receiver.DisposeAsync();
        if (server is not null) await server.DisposeAsync();
    }

    /// <summary>The receiver's address for <paramref name="mode"/> (any mode but fail/slow/hang answers 204).</summary>
    public Uri Hook(string mode) => Receiver.Url(mode);

    /// <summary>An event of the development tenant (queued for every subscription of its type).</summary>
    public async Task<StoredEvent> PublishAsync(string type = EventTypes.InvoiceIssued) =>
        await Server.Service<EventRepository>().PublishAsync(new NewEvent(Server.TenantId, type, """{"number":"G-1"}"""), Token);

    /// <summary>One round of the webhook dispatcher, then every delivery it started has finished.</summary>
    public async Task DispatchAsync()
    {
        var dispatcher = Server.Service<WebhookDispatcher>();
        await dispatcher.RunRoundAsync(Token);
        await dispatcher.WhenSentAsync();
    }

    /// <summary>The requests the receiver got at <paramref name="mode"/>.</summary>
    public IReadOnlyList<WebhookReceiver.Received> Received(string mode) => [.. Receiver.Requests.Where(r => r.Mode == mode)];

    /// <summary>True when the request's <c>Efactura-Signature</c> is the HMAC-SHA256 of "t.body" under <paramref name="secret"/> (DESIGN §4.4, written here from the description).</summary>
    public static bool SignedWith(WebhookReceiver.Received request, string secret)
    {
        var parts = request.Headers["Efactura-Signature"].Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        _ = long.Parse(parts["t"], CultureInfo.InvariantCulture);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes(parts["t"] + "."), .. request.Body]);
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(parts["v1"]));
    }
}
