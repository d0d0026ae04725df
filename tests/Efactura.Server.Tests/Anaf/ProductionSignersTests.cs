using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Efactura.Anaf.Quotas;
using Efactura.Server.Anaf;
using Efactura.Server.Hosting;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Tests.Storage;
using Efactura.Testing;

namespace Efactura.Server.Tests.Anaf;

/// <summary>
/// ANAF renews its production certificate before efactura can pin the new one: an operator adds it by configuration
/// (<c>Efactura:Anaf:ProductionSigners</c>), and a ZIP it signed then checks as ANAF's instead of an unknown signer.
/// </summary>
public class ProductionSignersTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private static readonly ServerMode Production = new(IsDevelopment: false, SimulatorEnabled: false, DevelopmentTenantEnabled: false);

    [Fact]
    public async Task A_configured_certificate_counts_as_ANAFs_production_signer_besides_the_pinned_ones()
    {
        using var renewed = Certificate("CN=Ministerul Finantelor Publice (renewed)");
        var configured = await ProductionSignersAsync(new AnafOptions { ProductionSigners = [renewed.ExportCertificatePem()] });
        var unconfigured = await ProductionSignersAsync(new AnafOptions());

        var sha256 = Convert.ToHexString(SHA256.HashData(renewed.RawData));
        configured.Find(sha256).ShouldNotBeNull().Name.ShouldBe("ANAF production (configured, 0)");
        unconfigured.Find(sha256).ShouldBeNull();
        foreach (var pinned in Efactura.Anaf.Archives.AnafSigners.Production.Pinned)
            configured.Find(pinned.Sha256).ShouldNotBeNull("the pinned certificates still count");
    }

    [Fact]
    public void A_configured_signer_that_is_no_certificate_stops_the_start_naming_its_position()
    {
        using var renewed = Certificate("CN=renewed");
        var options = new AnafOptions
        {
            ClientId = "id", ClientSecret = "secret", RedirectUri = "https://efactura.example/v1/anaf/callback",
            DefaultEnvironment = AnafEnvironment.Test,
            ProductionSigners = [renewed.ExportCertificatePem(), "MIIB...not a certificate"],
        };

        var result = new AnafOptionsValidator(Production).Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures.ShouldHaveSingleItem().ShouldBe("Efactura:Anaf:ProductionSigners:1 is not a PEM certificate (-----BEGIN CERTIFICATE----- ...).");
    }

    private async Task<Efactura.Anaf.Archives.AnafSigners> ProductionSignersAsync(AnafOptions options)
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var clock = new ManualTimeProvider(Now);
        using var http = new HttpClient();
        await using var simulator = new SimulatorHost(options, clock, Production);
        var clients = new AnafClients(http, options, simulator, new AnafConnectionRepository(db.Database, db.Protector, clock), new InMemoryAnafQuota(new QuotaLimits(), clock), clock);
        return (await clients.OptionsAsync(AnafEnvironment.Prod, Guid.NewGuid())).Signers;
    }

    private static X509Certificate2 Certificate(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(Now.AddYears(-1), Now.AddYears(2));
    }
}
