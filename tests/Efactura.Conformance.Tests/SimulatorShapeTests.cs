using System.Globalization;
using System.Text;
using Efactura.Anaf;
using Efactura.Anaf.Archives;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Rules;
using Efactura.Simulator.Tests;
using Efactura.Testing;

namespace Efactura.Conformance.Tests;

/// <summary>
/// What the simulator sends, compared in shape with what ANAF sent (the recordings): ZIP entry order, the signature
/// file of each environment, the error file. Values differ (other invoices, another certificate); shapes must not.
/// </summary>
public sealed class SimulatorShapeTests : IAsyncLifetime
{
    private const string Serial = "conformance";
    private const string Cif = "18547290";
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private AnafSimulator _simulator = null!;
    private readonly HttpClient _http = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _simulator = await AnafSimulator.StartAsync(new SimulatorOptions { Time = _clock, ProcessingDelay = TimeSpan.FromMinutes(1), Rules = new StructuralInvoiceRules() }, Cancel);
        _simulator.GrantRights(Serial, Cif);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    // Uploads, lets the simulator judge, downloads: the ZIP the client gets from the simulator's environment.
    private async Task<byte[]> DownloadAsync(bool production, byte[] invoice)
    {
        var client = new AnafClient(_http, new AnafClientOptions
        {
            Endpoints = AnafEndpoints.Simulator(_simulator.BaseAddress, production),
            Time = _clock,
            Signers = AnafSigners.None.With(new PinnedSigner("simulator", _simulator.SigningCertificate.RawData)),
        }, new StaticAccessToken(_simulator.IssueTokens(Serial).AccessToken));
        var upload = (UploadAccepted)await client.UploadAsync(new UploadRequest(invoice, "RO" + Cif), Cancel);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var status = await client.GetStatusAsync(upload.UploadIndex, Cancel);
        var download = await client.DownloadAsync(status.Value!.DownloadId!.Value, Cancel);
        download.IsSuccess.ShouldBeTrue(download.Error?.ToString());
        download.Value.Signature.Outcome.ShouldBe(SignatureOutcome.Verified, download.Value.Signature.Failure);
        return download.Value.Zip;
    }

    private static byte[] Entry(byte[] zip, string prefix) => Recordings.Entries(zip).Single(e => e.Name.StartsWith(prefix, StringComparison.Ordinal)).Bytes;

    [Theory]
    [InlineData("test")]
    [InlineData("prod")]
    public async Task The_simulator_orders_zip_entries_as_ANAF_does(string environment)
    {
        var recorded = Recordings.Entries(Recordings.First(environment)).Select(e => e.Name.StartsWith("semnatura_", StringComparison.Ordinal)).ToList();

        var simulated = Recordings.Entries(await DownloadAsync(environment == "prod", SampleDocuments.Invoice())).Select(e => e.Name.StartsWith("semnatura_", StringComparison.Ordinal)).ToList();

        simulated.ShouldBe(recorded);
    }

    [Fact]
    public async Task The_test_signature_has_the_shape_of_ANAF_s_formatted_enveloped_signature()
    {
        var recorded = Entry(Recordings.First("test"), "semnatura_");

        var simulated = Entry(await DownloadAsync(production: false, SampleDocuments.Invoice()), "semnatura_");

        XmlShape.Of(simulated, from: "Signature").ShouldBe(XmlShape.Of(recorded, from: "Signature"));
        XmlShape.Of(simulated)[0].ShouldBe(XmlShape.Of(recorded)[0]); // no XML declaration
        Algorithms(simulated).ShouldBe(Algorithms(recorded));
        LineLengths(simulated, "SignatureValue").SkipLast(1).ShouldAllBe(length => length == 76);
        LineLengths(recorded, "SignatureValue").SkipLast(1).ShouldAllBe(length => length == 76);
        Encoding.UTF8.GetString(simulated).Contains("&#13;\n", StringComparison.Ordinal).ShouldBe(Encoding.UTF8.GetString(recorded).Contains("&#13;\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_production_signature_has_the_shape_and_algorithms_of_ANAF_s_detached_signature()
    {
        var recorded = Entry(Recordings.First("prod"), "semnatura_");

        var simulated = Entry(await DownloadAsync(production: true, SampleDocuments.Invoice()), "semnatura_");

        XmlShape.Of(simulated).ShouldBe(XmlShape.Of(recorded));
        Algorithms(simulated).ShouldBe(Algorithms(recorded));
        Encoding.UTF8.GetString(simulated).ShouldContain("<Reference URI=\"\">");
        LineLengths(simulated, "X509Certificate").SkipLast(1).ShouldAllBe(length => length == 76);
        LineLengths(recorded, "X509Certificate").SkipLast(1).ShouldAllBe(length => length == 76);
    }

    [Fact]
    public async Task The_error_file_of_a_rejected_upload_has_the_shape_of_ANAF_s()
    {
        var recorded = Entries(Recordings.First("nok")).Single(e => !e.Name.StartsWith("semnatura_", StringComparison.Ordinal)).Bytes;

        var zip = await DownloadAsync(production: false, SampleDocuments.Invoice(customizationId: null));
        var simulated = Entries(zip).Single(e => !e.Name.StartsWith("semnatura_", StringComparison.Ordinal)).Bytes;

        XmlShape.Of(simulated).Distinct().ShouldBe(XmlShape.Of(recorded).Distinct());
        Encoding.UTF8.GetString(simulated).ShouldEndWith("</header>\n");
        Encoding.UTF8.GetString(recorded).ShouldEndWith("</header>\n");
        AnafErrorFile.TryParse(simulated).ShouldNotBeNull().Messages.ShouldNotBeEmpty();
    }

    private static IReadOnlyList<(string Name, byte[] Bytes)> Entries(byte[] zip) => Recordings.Entries(zip);

    // Every Algorithm attribute in document order: C14N, signature method, transforms, digest method.
    private static IReadOnlyList<string> Algorithms(byte[] xml)
    {
        var text = Encoding.UTF8.GetString(xml);
        var found = new List<string>();
        for (var at = text.IndexOf("Algorithm=\"", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Algorithm=\"", at + 1, StringComparison.Ordinal))
        {
            var start = at + "Algorithm=\"".Length;
            found.Add(text[start..text.IndexOf('"', start)]);
        }
        return found;
    }

    private static List<int> LineLengths(byte[] xml, string element)
    {
        var text = Encoding.UTF8.GetString(xml);
        var start = text.IndexOf($"<{element}>", StringComparison.Ordinal) + element.Length + 2;
        var content = text[start..text.IndexOf($"</{element}>", start, StringComparison.Ordinal)];
        return content.Replace("&#13;", "", StringComparison.Ordinal).Split('\n').Select(line => line.Length).ToList();
    }
}
