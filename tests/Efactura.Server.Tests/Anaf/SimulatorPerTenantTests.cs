using System.Net;
using System.Security.Cryptography;
using Efactura.Anaf;
using Efactura.Anaf.Results;
using Efactura.Server.Anaf;
using Efactura.Server.Hosting;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Tests.Api;
using Efactura.Server.Tests.Hosting;
using Efactura.Server.Workers;
using Efactura.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Efactura.Server.Tests.Anaf;

/// <summary>
/// The in-process simulator is one ANAF per tenant (issue 15, High): a tenant who registers another tenant's customer as
/// a company of its own sees nothing of that tenant's invoices; and a tenant's simulator keeps its key, so the tokens
/// it issued still work after a restart (issue 15, Medium).
/// </summary>
public class SimulatorPerTenantTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private const string SupplierCui = "18547290"; // examples/01-b2b-ron-21.json
    private const string CustomerCui = "14399840";

    [Fact]
    public async Task A_tenant_registering_another_tenants_customer_does_not_receive_that_tenants_invoices()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Efactura:Anaf:Simulator:ProcessingDelay"] = "00:00:00" });
        var alice = await server.CreateTenantAsync("alice");
        var mallory = await server.CreateTenantAsync("mallory");
        var supplier = await CompanyAsync(server, alice, SupplierCui);
        var xml = File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"));

        var upload = await (await server.Service<AnafClients>().ForCompanyAsync(supplier)).UploadAsync(new UploadRequest(xml, SupplierCui), Token);
        upload.ShouldBeOfType<UploadAccepted>();

        // Alice's own customer company (the control): the invoice is there for it.
        var alicesCustomer = await CompanyAsync(server, alice, CustomerCui);
        (await ReceivedAsync(server, alicesCustomer)).ShouldBe(1);
        // Mallory registers the same customer CUI, is connected at once, and finds nothing: her simulator is her own.
        var malloryCustomer = await CompanyAsync(server, mallory, CustomerCui);
        (await ReceivedAsync(server, malloryCustomer)).ShouldBe(0);
        (await server.SimulatorAsync(mallory.Id)).Uploads(Efactura.Simulator.AnafEnvironment.Test).ShouldBeEmpty();
    }

    [Fact]
    public async Task After_a_restart_a_simulator_companys_token_still_works()
    {
        var folder = Directory.CreateTempSubdirectory("efactura-restart-").FullName;
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        try
        {
            Guid tenantId, companyId;
            await using (var first = await StartAsync(folder, secret))
            {
                var created = await first.App.Services.GetRequiredService<Efactura.Server.Storage.Tenants.TenantRepository>().CreateAsync("alice", Token);
                tenantId = created.Tenant.Id;
                using var http = first.Client(created.ApiKey.Key);
                var response = await http.PostAsync("v1/companies", ApiCalls.Json($$"""{"cui":"{{SupplierCui}}","name":"Alfa"}"""), Token);
                response.StatusCode.ShouldBe(HttpStatusCode.Created);
                companyId = (await response.BodyAsync()).GetProperty("id").GetGuid();
                (await ListAsync(first.App, tenantId, companyId)).IsSuccess.ShouldBeTrue();
            }

            await using var second = await StartAsync(folder, secret);
            var after = await ListAsync(second.App, tenantId, companyId);
            after.IsSuccess.ShouldBeTrue(after.Error?.ToString());
            (await second.App.Services.GetRequiredService<AnafConnectionRepository>().GetAsync(tenantId, companyId, Token))!.Status.ShouldBe(ConnectionStatus.Active);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_invoice_uploaded_to_the_simulator_before_a_restart_is_accepted_and_downloaded_after_it_and_stays_its_tenants()
    {
        var folder = Directory.CreateTempSubdirectory("efactura-restart-").FullName;
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        try
        {
            Guid aliceId, malloryId, companyId;
            string aliceKey, invoiceId;
            await using (var first = await StartAsync(folder, secret))
            {
                var tenants = first.App.Services.GetRequiredService<Efactura.Server.Storage.Tenants.TenantRepository>();
                var alice = await tenants.CreateAsync("alice", Token);
                var mallory = await tenants.CreateAsync("mallory", Token);
                (aliceId, malloryId, aliceKey) = (alice.Tenant.Id, mallory.Tenant.Id, alice.ApiKey.Key);
                var http = first.Client(aliceKey);
                companyId = await http.CreateCompanyAsync(SupplierCui);
                await first.Client(mallory.ApiKey.Key).CreateCompanyAsync(SupplierCui);
                invoiceId = (await http.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"))).GetProperty("id").GetString()!;

                // Uploaded, and not yet asked about: the verdict and the ZIP are left for the restarted server.
                (await first.App.Services.GetRequiredService<Submitter>().RunRoundAsync(Token)).ShouldBeTrue();
                (await (await http.GetAsync($"v1/invoices/{invoiceId}", Token)).BodyAsync()).GetProperty("state").GetString().ShouldBe("submitted");
            }
            // Its first status poll is due StatusFirstPoll (at least 1 s) after the upload: rather than wait for the clock,
            // the test makes it due at once, moving it back to the invoice's creation.
            await using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(folder, "efactura.db")};Pooling=false"))
            {
                await db.OpenAsync(Token);
                await using var due = db.CreateCommand();
                due.CommandText = "UPDATE invoices SET next_attempt_at = created_at WHERE id = $id AND state = 'submitted'";
                due.Parameters.AddWithValue("$id", invoiceId);
                (await due.ExecuteNonQueryAsync(Token)).ShouldBe(1);
            }

            await using var second = await StartAsync(folder, secret);
            var client = second.Client(aliceKey);
            (await second.App.Services.GetRequiredService<StatusPoller>().RunRoundAsync(Token)).ShouldBeTrue();

            var invoice = await (await client.GetAsync($"v1/invoices/{invoiceId}", Token)).BodyAsync();
            invoice.GetProperty("state").GetString().ShouldBe("accepted", invoice.ToString());
            using var zip = await client.GetAsync($"v1/invoices/{invoiceId}/documents/zip", Token);
            zip.StatusCode.ShouldBe(HttpStatusCode.OK);
            zip.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
            (await ListAsync(second.App, aliceId, companyId)).IsSuccess.ShouldBeTrue("the token issued before the restart still works");
            (await second.App.Services.GetRequiredService<AnafConnectionRepository>().GetAsync(aliceId, companyId, Token))!.Status.ShouldBe(ConnectionStatus.Active);
            var host = second.App.Services.GetRequiredService<SimulatorHost>();
            (await host.InProcessAsync(aliceId))!.Uploads(Efactura.Simulator.AnafEnvironment.Test).Count.ShouldBe(1);
            (await host.InProcessAsync(malloryId))!.Uploads(Efactura.Simulator.AnafEnvironment.Test).ShouldBeEmpty("mallory's simulator loads none of alice's uploads");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Company> CompanyAsync(TestServer server, TestTenant tenant, string cui)
    {
        var id = await tenant.Client.CreateCompanyAsync(cui);
        return (await server.Service<CompanyRepository>().GetAsync(tenant.Id, id, Token))!;
    }

    private static async Task<int> ReceivedAsync(TestServer server, Company company)
    {
        var list = await (await server.Service<AnafClients>().ForCompanyAsync(company)).ListMessagesAsync(company.Cui, 10, cancellationToken: Token);
        list.IsSuccess.ShouldBeTrue(list.Error?.ToString());
        return list.Value!.Messages.Count(m => m.Type == SpvMessageType.Received);
    }

    private static async Task<Efactura.Anaf.Results.AnafResult<MessageList>> ListAsync(WebApplication app, Guid tenantId, Guid companyId)
    {
        var company = (await app.Services.GetRequiredService<CompanyRepository>().GetAsync(tenantId, companyId, Token))!;
        return await (await app.Services.GetRequiredService<AnafClients>().ForCompanyAsync(company)).ListMessagesAsync(company.Cui, 10, cancellationToken: Token);
    }

    private static async Task<RunningServer> StartAsync(string folder, string secret)
    {
        var app = ServerApplication.Build(
        [
            $"--contentRoot={folder}", "--environment=Development", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            "--Efactura:Workers:Enabled=false", "--Efactura:DevelopmentTenant:Enabled=false",
            "--Efactura:Anaf:Simulator:ProcessingDelay=00:00:00",
            $"--Efactura:Database:ConnectionString=Data Source={Path.Combine(folder, "efactura.db")}", $"--Efactura:Secrets:Key={secret}",
        ]);
        await ServerApplication.StartAsync(app, TextWriter.Null, Token);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    private sealed record RunningServer(WebApplication App, Uri Address) : IAsyncDisposable
    {
        private readonly List<HttpClient> clients = [];

        public HttpClient Client(string key)
        {
            var client = new HttpClient { BaseAddress = Address };
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
            clients.Add(client);
            return client;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in clients) client.Dispose();
            await App.StopAsync(CancellationToken.None);
            await App.DisposeAsync();
        }
    }
}
