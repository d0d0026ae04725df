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
