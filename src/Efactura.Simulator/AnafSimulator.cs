using System.Security.Cryptography.X509Certificates;
using Efactura.Simulator.Endpoints;
using Efactura.Simulator.Faults;
using Efactura.Simulator.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Efactura.Simulator;

/// <summary>
/// A running ANAF simulator on Kestrel. One host serves what ANAF spreads over several:
/// <c>/anaf-oauth2/v1/…</c> (logincert.anaf.ro), <c>/{test|prod}/FCTEL/rest/…</c> (api.anaf.ro and
/// webservicesp.anaf.ro) and <c>/api/validate/signature</c>. Start it in-process with
/// <see cref="StartAsync"/>; dispose it to stop.
/// </summary>
public sealed class AnafSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorRuntime _runtime;

    private AnafSimulator(WebApplication app, SimulatorRuntime runtime, Uri baseAddress)
    {
        _app = app;
        _runtime = runtime;
        BaseAddress = baseAddress;
    }

    /// <summary>The root address, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The certificate signing every downloaded ZIP (public part).</summary>
    public X509Certificate2 SigningCertificate => X509CertificateLoader.LoadCertificate(_runtime.Signer.Certificate.RawData);

    /// <summary>A new self-signed RSA-2048 signing certificate with its private key, valid a year from <paramref name="now"/>, for <see cref="SimulatorOptions.SigningCertificate"/>.</summary>
    public static X509Certificate2 CreateSigningCertificate(DateTimeOffset now) => Archives.SimulatorCertificate.Create(now);

    /// <summary>Faults to inject into coming requests.</summary>
    public FaultPlan Faults => _runtime.Faults;

    /// <summary>How long processed messages take to appear in the lists; can change while running.</summary>
    public TimeSpan ListLag
    {
        get => _runtime.ListLag;
        set => _runtime.ListLag = value;
    }

    /// <summary>
    /// How long access tokens issued from now on live (e.g. short, so a gateway's refresher has work, then long
    /// again); starts as <see cref="SimulatorOptions.AccessTokenLifetime"/>.
    /// </summary>
    public TimeSpan AccessTokenLifetime
    {
        get => _runtime.Tokens.AccessTokenLifetime;
        set => _runtime.Tokens.AccessTokenLifetime = value;
    }

    /// <summary>Starts a simulator listening on <see cref="SimulatorOptions.Url"/>.</summary>
    public static async Task<AnafSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        var runtime = new SimulatorRuntime(options);
        await runtime.RestoreAsync(cancellationToken).ConfigureAwait(false);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(runtime);
        builder.Services.AddSingleton(runtime.Faults);
        var app = builder.Build();
        app.UseMiddleware<FaultMiddleware>();
        Map(app, runtime);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AnafSimulator(app, runtime, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>
    /// Gives the holder of certificate <paramref name="serial"/> SPV rights for <paramref name="cuis"/> (replacing earlier
    /// ones), in memory: the <see cref="SimulatorOptions.Store"/> does not keep them (<see cref="GrantRightsAsync"/> does).
    /// </summary>
    public SpvUser GrantRights(string serial, params IEnumerable<string> cuis) => _runtime.Directory.Register(serial, cuis);

    /// <summary>Gives the holder of certificate <paramref name="serial"/> SPV rights for <paramref name="cuis"/> (replacing earlier ones) and saves them in the <see cref="SimulatorOptions.Store"/>.</summary>
    public async Task<SpvUser> GrantRightsAsync(string serial, IEnumerable<string> cuis, CancellationToken cancellationToken = default)
    {
        var holder = _runtime.Directory.Register(serial, cuis);
        await _runtime.Store.SaveHolderAsync(holder, cancellationToken).ConfigureAwait(false);
        return holder;
    }

    /// <summary>A token pair for <paramref name="serial"/>, as if it had logged in through <paramref name="clientId"/>.</summary>
    public TokenPair IssueTokens(string serial, string? clientId = null) =>
        _runtime.Tokens.Issue(clientId ?? _runtime.Options.Clients[0].ClientId, serial);

    /// <summary>
    /// Places an invoice from another supplier in <paramref name="buyerCif"/>'s messages as FACTURA PRIMITA,
    /// already processed at <paramref name="processedAt"/> (now when null). Returns the download id. In memory only:
    /// the <see cref="SimulatorOptions.Store"/> keeps uploads, not seeded invoices.
    /// </summary>
    public long SeedIncomingInvoice(AnafEnvironment environment, string buyerCif, string sellerCif, byte[] document,
        string? invoiceNumber = null, DateTimeOffset? processedAt = null)
    {
        var upload = _runtime.Stores[environment].SeedIncoming(buyerCif, sellerCif, invoiceNumber, document, processedAt ?? _runtime.Now);
        return upload.DownloadId;
    }

    /// <summary>Every upload accepted so far in <paramref name="environment"/>, in order.</summary>
    public IReadOnlyList<UploadRecord> Uploads(AnafEnvironment environment) => _runtime.Stores[environment].Records();

    /// <summary>How many times invoice <paramref name="documentNumber"/> of <paramref name="sellerCif"/> was accepted: the "never twice" proof.</summary>
    public int UploadCount(AnafEnvironment environment, string sellerCif, string documentNumber) =>
        Uploads(environment).Count(u => u.SellerCif == sellerCif && u.DocumentNumber == documentNumber);

    /// <summary>How many times message <paramref name="downloadId"/> was asked for (descarcare) today, Romanian day, refused calls included.</summary>
    public int DownloadCount(AnafEnvironment environment, long downloadId) => _runtime.Daily.Count("descarcare", $"{environment}:{downloadId}", _runtime.Now);

    /// <summary>Waits until the host stops (Ctrl+C in a console, or <paramref name="cancellationToken"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _runtime.Signer.Certificate.Dispose();
    }

    private static void Map(WebApplication app, SimulatorRuntime runtime)
    {
        const string rest = "/{env}/FCTEL/rest";
        app.MapGet("/", () => Results.Text("efactura ANAF simulator: /anaf-oauth2/v1/{authorize,token}, /{test|prod}/FCTEL/rest/..., /api/validate/signature\n"));
        app.MapGet("/anaf-oauth2/v1/authorize", (Func<HttpContext, IResult>)(c => OAuthEndpoints.AuthorizeForm(c, runtime)));
        app.MapPost("/anaf-oauth2/v1/authorize", (Func<HttpContext, Task<IResult>>)(c => OAuthEndpoints.AuthorizeAsync(c, runtime)));
        app.MapPost("/anaf-oauth2/v1/token", (Func<HttpContext, Task<IResult>>)(c => OAuthEndpoints.TokenAsync(c, runtime)));
        app.MapPost(rest + "/upload", (HttpContext c, string env) => UploadEndpoint.HandleAsync(c, runtime, env));
        app.MapPost(rest + "/uploadb2c", (HttpContext c, string env) => UploadEndpoint.HandleAsync(c, runtime, env));
        app.MapGet(rest + "/stareMesaj", (HttpContext c, string env) => StatusEndpoint.Handle(c, runtime, env));
        app.MapGet(rest + "/listaMesajeFactura", (HttpContext c, string env) => ListEndpoints.Simple(c, runtime, env));
        app.MapGet(rest + "/listaMesajePaginatieFactura", (HttpContext c, string env) => ListEndpoints.Paged(c, runtime, env));
        app.MapGet(rest + "/descarcare", (HttpContext c, string env) => DownloadEndpoint.Handle(c, runtime, env));
        // validare and transformare twice: on the API host with a token, and without one on the public host
        // (webservicesp.anaf.ro), which the simulator serves below /webservicesp (anaf-api.md §1.1).
        foreach (var (prefix, publicHost) in new[] { ("", false), (ValidationEndpoints.PublicHostPrefix, true) })
        {
            app.MapPost(prefix + rest + "/validare/{standard?}", (HttpContext c, string env, string? standard) =>
                ValidationEndpoints.ValidateAsync(c, runtime, env, standard, publicHost));
            app.MapPost(prefix + rest + "/transformare/{standard?}/{novld?}", (HttpContext c, string env, string? standard, string? novld) =>
                ValidationEndpoints.TransformAsync(c, runtime, env, standard, novld, publicHost));
        }
        app.MapPost("/api/validate/signature", (Func<HttpContext, Task<IResult>>)(c => SignatureEndpoint.HandleAsync(c, runtime)));
    }
}
