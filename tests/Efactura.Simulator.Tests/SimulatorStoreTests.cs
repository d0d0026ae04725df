using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Efactura.Simulator.Rules;
using Efactura.Testing;

namespace Efactura.Simulator.Tests;

/// <summary>
/// A simulator started again with the same <see cref="ISimulatorStore"/> and key answers as before the restart
/// (issue 15: a tenant's simulator state kept across restarts): its uploads, their verdicts and downloads, the buyer's
/// received invoice, the holders who logged in through its form, and which refresh tokens were already redeemed.
/// </summary>
public sealed class SimulatorStoreTests
{
    private const string Seller = "8000000000";
    private const string Buyer = "14399840";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<X509Certificate2> Certificate = new(() => AnafSimulator.CreateSigningCertificate(Start.AddDays(-1)));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly ManualTimeProvider clock = new(Start);

    private Task<AnafSimulator> StartAsync(ISimulatorStore? store) => AnafSimulator.StartAsync(new SimulatorOptions
    {
        Time = clock,
        ProcessingDelay = TimeSpan.FromMinutes(1),
        Rules = new StructuralInvoiceRules(),
        SigningCertificate = Certificate.Value,
        Store = store,
    }, Cancel);

    [Fact]
    public async Task Uploads_made_before_a_restart_are_processed_listed_and_downloaded_after_it_and_new_indexes_follow_them()
    {
        var store = new MemorySimulatorStore();
        long index;
        string token;
        await using (var first = await StartAsync(store))
        {
            await first.GrantRightsAsync("S1", [Seller], Cancel);
            token = first.IssueTokens("S1").AccessToken;
            index = await UploadAsync(first, token, SampleDocuments.Invoice(Seller, Buyer, "F-7"));
            (await GetAsync(first, token, $"test/FCTEL/rest/stareMesaj?id_incarcare={index}")).ShouldContain("in prelucrare");
        }
        clock.Advance(TimeSpan.FromMinutes(2));

        await using var second = await StartAsync(store);

        var status = await GetAsync(second, token, $"test/FCTEL/rest/stareMesaj?id_incarcare={index}");
        status.ShouldContain("stare=\"ok\"");
        var downloadId = status.Split("id_descarcare=\"")[1].Split('"')[0];
        using (var http = Client(second, token))
        using (var download = await http.GetAsync($"test/FCTEL/rest/descarcare?id={downloadId}", Cancel))
        {
            download.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        }
        (await GetAsync(second, token, $"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Seller}")).ShouldContain($"id_incarcare={index}");
        second.Uploads(AnafEnvironment.Test).Single().DocumentNumber.ShouldBe("F-7");
        (await UploadAsync(second, token, SampleDocuments.Invoice(Seller, Buyer, "F-8"))).ShouldBe(index + 1);
    }

    [Fact]
    public async Task Without_the_store_a_restarted_simulator_knows_nothing_of_earlier_uploads()
    {
        long index;
        string token;
        await using (var first = await StartAsync(new MemorySimulatorStore()))
        {
            first.GrantRights("S1", Seller);
            token = first.IssueTokens("S1").AccessToken;
            index = await UploadAsync(first, token, SampleDocuments.Invoice(Seller, Buyer));
        }

        await using var second = await StartAsync(new MemorySimulatorStore());
        second.GrantRights("S1", Seller);

        (await GetAsync(second, token, $"test/FCTEL/rest/stareMesaj?id_incarcare={index}")).ShouldNotContain("stare=\"ok\"");
        second.Uploads(AnafEnvironment.Test).ShouldBeEmpty();
    }

    [Fact]
    public async Task Rights_given_through_the_login_form_and_redeemed_refresh_tokens_are_kept()
    {
        var store = new MemorySimulatorStore();
        string spent, live;
        await using (var first = await StartAsync(store))
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = first.BaseAddress };
            using var login = await http.PostAsync("anaf-oauth2/v1/authorize", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = "efactura-simulator", ["redirect_uri"] = "http://localhost/callback", ["serial"] = "FORM1", ["cuis"] = Seller,
            }), Cancel);
            ((int)login.StatusCode).ShouldBe(302, await login.Content.ReadAsStringAsync(Cancel));
            spent = first.IssueTokens("FORM1").RefreshToken;
            live = first.IssueTokens("FORM1").RefreshToken;
            (await RefreshAsync(first, spent)).ShouldBe(200);
        }

        await using var second = await StartAsync(store);

        (await RefreshAsync(second, spent)).ShouldBe(400, "a refresh token redeemed before the restart stays redeemed");
        (await RefreshAsync(second, live)).ShouldBe(200, "one never redeemed still works");
        var token = second.IssueTokens("FORM1").AccessToken;
        (await UploadAsync(second, token, SampleDocuments.Invoice(Seller, Buyer))).ShouldBeGreaterThan(0, "the form's holder keeps its rights");
    }

    private static HttpClient Client(AnafSimulator simulator, string token)
    {
        var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<string> GetAsync(AnafSimulator simulator, string token, string path)
    {
        using var http = Client(simulator, token);
        using var response = await http.GetAsync(path, Cancel);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private static async Task<long> UploadAsync(AnafSimulator simulator, string token, byte[] document)
    {
        using var http = Client(simulator, token);
        using var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        using var response = await http.PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Seller}", content, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var marker = "index_incarcare=\"";
        var at = body.IndexOf(marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, body);
        return long.Parse(body[(at + marker.Length)..body.IndexOf('"', at + marker.Length)], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> RefreshAsync(AnafSimulator simulator, string refreshToken)
    {
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "anaf-oauth2/v1/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("efactura-simulator:simulator-secret")));
        using var response = await http.SendAsync(request, Cancel);
        return (int)response.StatusCode;
    }
}
