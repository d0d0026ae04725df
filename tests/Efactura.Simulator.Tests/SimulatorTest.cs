using Efactura.Simulator.Rules;
using System.Net.Http.Headers;
using System.Text;
using Efactura.Testing;

namespace Efactura.Simulator.Tests;

/// <summary>
/// A fresh simulator on a free loopback port per test, with a manual clock and an HTTP client holding a
/// token for certificate <see cref="Serial"/> with rights for <see cref="Cif"/>.
/// </summary>
public abstract class SimulatorTest : IAsyncLifetime
{
    protected const string Serial = "1234AA456";
    protected const string Cif = "8000000000";

    /// <summary>2021-08-05 11:40 in Bucharest (UTC+3 in summer), the time of ANAF's upload example.</summary>
    protected static readonly DateTimeOffset Start = new(2021, 8, 5, 8, 40, 0, TimeSpan.Zero);

    protected ManualTimeProvider Clock { get; } = new(Start);
    protected AnafSimulator Simulator { get; private set; } = null!;
    protected HttpClient Http { get; private set; } = null!;

    /// <summary>Options for this test class; the clock is set by the base.</summary>
    protected virtual SimulatorOptions Configure(SimulatorOptions options) => options;

    public async ValueTask InitializeAsync()
    {
        Simulator = await AnafSimulator.StartAsync(Configure(new SimulatorOptions { Time = Clock, ProcessingDelay = TimeSpan.FromMinutes(1), Rules = new StructuralInvoiceRules() }));
        Simulator.GrantRights(Serial, Cif);
        Http = new HttpClient { BaseAddress = Simulator.BaseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Simulator.IssueTokens(Serial).AccessToken);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected async Task<(int Status, string ContentType, string Body)> GetAsync(string path, HttpClient? client = null)
    {
        using var response = await (client ?? Http).GetAsync(path, Cancel);
        return (
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType ?? "",
            await response.Content.ReadAsStringAsync(Cancel));
    }

    protected async Task<(int Status, string ContentType, string Body)> PostAsync(string path, byte[] body, string contentType = "application/xml", HttpClient? client = null)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await (client ?? Http).PostAsync(path, content, Cancel);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>Uploads an invoice to the test environment and returns its index.</summary>
    protected async Task<long> UploadAsync(byte[] document, string query = "standard=UBL&cif=" + Cif)
    {
        var (_, _, body) = await PostAsync("test/FCTEL/rest/upload?" + query, document);
        var marker = "index_incarcare=\"";
        var at = body.IndexOf(marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, body);
        return long.Parse(body[(at + marker.Length)..body.IndexOf('"', at + marker.Length)], System.Globalization.CultureInfo.InvariantCulture);
    }

    protected static string Xml(string header) => "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + header;

    protected static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
