using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Users;
using Efactura.Server.Tests.Api;
using Efactura.Server.Tests.Hosting;
using Efactura.Server.Workers.Incoming;
using Efactura.Testing;
using Efactura.Ubl;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// A running gateway (real Kestrel on loopback, SQLite, workers off, its own simulator) with what the incoming pages
/// show: company Alfa (CUI 9731314, the buyer of ANAF's recorded invoice 4186086961) connected to the simulator, which
/// received that invoice (stored as the incoming sync stores it: ZIP, XML, signature, partner) and has one more
/// listed but not downloaded, 55 days old; company Beta with one received invoice; an owner, an accountant assigned to
/// Beta only, and a viewer.
/// </summary>
public sealed partial class IncomingWorld : IAsyncLifetime
{
    public const string Password = "parola-de-test-lunga";
    public const string OwnerEmail = "owner@alfa.ro";
    public const string AccountantEmail = "contabil@beta.ro";
    public const string ViewerEmail = "viewer@alfa.ro";

    /// <summary>ANAF's download id of the recorded invoice (anaf-recordings/prod/4186086961.zip).</summary>
    public const string RecordedMessageId = "4186086961";

    /// <summary>The upload index the test lists the recorded invoice with (a reply names the invoice by it).</summary>
    public const string RecordedUploadIndex = "4186086900";

    /// <summary>The recorded invoice's number and supplier.</summary>
    public const string RecordedNumber = "GRS1913049";
    public const string RecordedSupplierCui = "36584466";

    private TestServer? server;

    public TestServer Server => server ?? throw new InvalidOperationException("not started");

    public Guid Alfa { get; private set; }

    public Guid Beta { get; private set; }

    /// <summary>Alfa's received invoice (the recording).</summary>
    public Guid Recorded { get; private set; }

    /// <summary>Beta's received invoice.</summary>
    public Guid BetaInvoice { get; private set; }

    /// <summary>The SPV message of Alfa's received invoice not downloaded yet.</summary>
    public Guid Pending { get; private set; }

    /// <summary>The SPV message of the recorded invoice.</summary>
    public Guid RecordedMessage { get; private set; }

    public byte[] RecordedZip { get; } = File.ReadAllBytes(Path.Combine(TestPaths.RequireShared(), "anaf-recordings", "prod", RecordedMessageId + ".zip"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Efactura:Anaf:Simulator:ProcessingDelay"] = "00:00:00" });
        Alfa = await CompanyAsync("""{"cui":"9731314","name":"Alfa Medical SRL"}""");
        Beta = await CompanyAsync("""{"cui":"14399840","name":"Beta Consult SRL"}""");
        var messages = Server.Service<SpvMessageRepository>();
        var now = Server.Service<TimeProvider>().GetUtcNow();

        // The recorded invoice, as the incoming sync stores it.
        var receivedAt = new DateTimeOffset(2024, 2, 27, 12, 43, 0, TimeSpan.Zero);
        RecordedMessage = (await messages.RecordAsync(Server.TenantId, Alfa, new NewSpvMessage(RecordedMessageId, NewSpvMessage.ReceivedInvoiceType, "9731314",
            RecordedUploadIndex, $"Factura cu id_incarcare={RecordedUploadIndex} emisa de cif_emitent={RecordedSupplierCui} pentru cif_beneficiar=9731314", receivedAt), Token))!.Id;
        Recorded = (await ReceiveAsync(Alfa, RecordedMessageId, RecordedZip, receivedAt)).Id;

        // A received invoice ANAF lists for Alfa that is not downloaded, 55 of its 60 days gone.
        Pending = (await messages.RecordAsync(Server.TenantId, Alfa, new NewSpvMessage("4186099999", NewSpvMessage.ReceivedInvoiceType, "9731314",
            "4186099998", "Factura cu id_incarcare=4186099998 emisa de cif_emitent=8000000000 pentru cif_beneficiar=9731314", now - TimeSpan.FromDays(55)), Token))!.Id;
        // An upload's answer for Alfa (not a received invoice: nothing to download).
        await messages.RecordAsync(Server.TenantId, Alfa, new NewSpvMessage("4186088888", "FACTURA TRIMISA", "9731314",
            "4186088887", "Factura cu id_incarcare=4186088887 emisa de cif_emitent=9731314 pentru cif_beneficiar=14399840", now - TimeSpan.FromDays(2)), Token);

        // Beta's received invoice (the same document, received by Beta under another message).
        await messages.RecordAsync(Server.TenantId, Beta, new NewSpvMessage("4186077777", NewSpvMessage.ReceivedInvoiceType, "14399840",
            "4186077776", $"Factura cu id_incarcare=4186077776 emisa de cif_emitent={RecordedSupplierCui} pentru cif_beneficiar=14399840", now - TimeSpan.FromDays(1)), Token);
        BetaInvoice = (await ReceiveAsync(Beta, "4186077777", RecordedZip, now - TimeSpan.FromDays(1), number: "BETA-0001")).Id;

        var users = Server.Service<UserRepository>();
        foreach (var (email, role, companies) in new[]
                 {
                     (OwnerEmail, DashboardRole.Owner, Array.Empty<Guid>()), (AccountantEmail, DashboardRole.Accountant, [Beta]),
                     (ViewerEmail, DashboardRole.Viewer, Array.Empty<Guid>()),
                 })
        {
            var created = (await users.CreateAsync(Server.TenantId, email, role, companies, Token))!;
            await users.SetPasswordAsync(created.Link.Token, Password, Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }

    private async Task<Guid> CompanyAsync(string json)
    {
        var response = await Server.Client.PostJsonAsync("v1/companies", json);
        response.EnsureSuccessStatusCode();
        return (await response.BodyAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Stores a received invoice read from ANAF's <paramref name="zip"/> as the incoming sync does (documents, partner, event).</summary>
    public async Task<IncomingInvoice> ReceiveAsync(Guid companyId, string messageId, byte[] zip, DateTimeOffset receivedAt, string? number = null)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var xml = Entry(archive, RecordedMessageId + ".xml");
        var signature = Entry(archive, "semnatura_" + RecordedMessageId + ".xml");
        var invoice = new InvoiceXmlReader().Read(new MemoryStream(xml));
        if (number is not null) invoice = invoice with { Number = number };
        var row = ReceivedInvoiceReader.ToNew(Server.TenantId, companyId, messageId, receivedAt, invoice) with { Signature = "verified" };
        var supplier = ReceivedInvoiceReader.Supplier(Server.TenantId, companyId, receivedAt, invoice);
        return (await Server.Service<IncomingInvoiceRepository>().ReceiveAsync(row, supplier,
            [new ReceivedDocument(DocumentKind.Zip, zip), new ReceivedDocument(DocumentKind.Xml, xml), new ReceivedDocument(DocumentKind.Signature, signature)],
            stored => new Efactura.Server.Storage.Events.NewEvent(Server.TenantId, "incoming.received", ReceivedInvoiceReader.EventData(stored)) { SubjectId = stored.Id, CompanyId = companyId },
            Token))!;
    }

    /// <summary>A client signed in to the dashboard as <paramref name="email"/> (cookies kept, redirects not followed).</summary>
    public async Task<SignedInClient> SignInAsync(string email)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };
        var form = await http.GetStringAsync("app/sign-in", Token);
        var signedIn = await http.PostAsync("app/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Password, ["__antiforgery"] = SignedInClient.Antiforgery(form),
        }), Token);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, email);
        return new SignedInClient(http);
    }

    private static byte[] Entry(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>An HTTP client with a dashboard session.</summary>
public sealed partial class SignedInClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    /// <summary>The page's HTML, after checking its status.</summary>
    public async Task<string> PageAsync(string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(status, path);
        return body;
    }

    /// <summary>Posts a form of the page at <paramref name="pagePath"/> to <paramref name="action"/> with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, Dictionary<string, string> fields)
    {
        var page = await PageAsync(pagePath);
        fields["__antiforgery"] = Antiforgery(page);
        return await http.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>The antiforgery token in a page's first form.</summary>
    public static string Antiforgery(string html) => AntiforgeryField().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new ShouldAssertException("the page has no antiforgery token");

    /// <summary>The values of <c>data-{attribute}</c> in the HTML, in order.</summary>
    public static IReadOnlyList<string> Attributes(string html, string attribute) =>
        [.. Regex.Matches(html, $"data-{attribute}=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__antiforgery\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
