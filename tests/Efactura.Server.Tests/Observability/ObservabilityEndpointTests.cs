using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Efactura.Server.Hosting;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Quotas;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Workers.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Efactura.Server.Tests.Observability;

/// <summary>/metrics and /healthz over real HTTP, the server built as Program builds it, in this process.</summary>
public class ObservabilityEndpointTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(WebApplication App, HttpClient Http, string Folder)> StartAsync(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("efactura-observability-").FullName;
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--environment=Development",
            $"--Efactura:Database:ConnectionString=Data Source={Path.Combine(folder, "efactura.db")}",
            $"--Efactura:Secrets:KeyFile={Path.Combine(folder, "secret.key")}",
            "--Efactura:Workers:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        var app = ServerApplication.Build(args);
        await app.Services.GetRequiredService<StartupTasks>().RunAsync(TextWriter.Null, Token);
        await app.StartAsync(Token);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") }, folder);
    }

    private static async Task StopAsync(WebApplication app, HttpClient http, string folder)
    {
        http.Dispose();
        await app.StopAsync(Token);
        await app.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Metrics_show_invoices_by_state_queues_quota_use_and_every_worker_in_prometheus_text()
    {
        var (app, http, folder) = await StartAsync();
        try
        {
            var services = app.Services;
            var tenant = (await services.GetRequiredService<TenantRepository>().CreateAsync("acme", Token)).Tenant;
            var company = (await services.GetRequiredService<CompanyRepository>().CreateAsync(tenant.Id, "12345678", "Acme SRL", new CompanySettings(AnafEnvironment.Simulator), Token))!;
            var invoices = services.GetRequiredService<InvoiceRepository>();
            foreach (var (number, state) in new[] { ("A", InvoiceState.Issued), ("B", InvoiceState.Issued), ("C", InvoiceState.Draft) })
                await invoices.CreateAsync(new NewInvoice(tenant.Id, company.Id, number, "380", new DateOnly(2026, 3, 2), "RON", 1m, "{}") { State = state }, Token);
            var quotas = services.GetRequiredService<QuotaRepository>();
            var today = Efactura.Server.Observability.MetricsEndpoint.RomanianDayStart(DateTimeOffset.UtcNow);
            await quotas.TryConsumeAsync("stareMesaj:4999", today.AddDays(-1), 100, 50, Token);
            await quotas.TryConsumeAsync("stareMesaj:5001", today, 100, 3, Token);
            await quotas.TryConsumeAsync("stareMesaj:5002", today, 100, 5, Token);

            var response = await http.GetAsync("metrics", Token);
            var text = await response.Content.ReadAsStringAsync(Token);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.ToString().ShouldBe("text/plain; version=0.0.4; charset=utf-8");
            text.ShouldContain("# TYPE efactura_invoices gauge\n");
            text.ShouldContain("efactura_invoices{state=\"issued\"} 2\n");
            text.ShouldContain("efactura_invoices{state=\"draft\"} 1\n");
            text.ShouldContain("efactura_invoices{state=\"accepted\"} 0\n");
            text.ShouldContain("efactura_queue_depth{queue=\"invoices_queued\"} 0\n");
            text.ShouldContain("efactura_anaf_quota_used{quota=\"stareMesaj\"} 8\n");
            text.ShouldContain("efactura_anaf_quota_max_used{quota=\"stareMesaj\"} 5\n");
            // This process's counters carry its node identity (new at each start), so they add up across nodes and restarts.
            var node = services.GetRequiredService<Efactura.Server.Workers.NodeIdentity>().Name;
            text.ShouldContain($"efactura_worker_rounds_total{{node=\"{node}\",worker=\"{WebhookDispatcher.WorkerName}\",result=\"busy\"}} 0\n");
            text.ShouldContain($"efactura_worker_rounds_total{{node=\"{node}\",worker=\"incoming-sync\",result=\"error\"}} 0\n");
            text.ShouldContain("# TYPE efactura_anaf_calls_total counter\n");
            text.ShouldNotContain("12345678");
            text.ShouldNotContain(tenant.Id.ToString());
        }
        finally
        {
            await StopAsync(app, http, folder);
        }
    }

    [Fact]
    public async Task Healthz_is_degraded_not_unhealthy_while_ANAF_cannot_be_reached()
    {
        var closed = ClosedPort();
        var (app, http, folder) = await StartAsync($"--Efactura:Anaf:Simulator:Url=http://127.0.0.1:{closed}/");
        try
        {
            var response = await http.GetAsync("healthz", Token);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            body.GetProperty("status").GetString().ShouldBe("degraded");
            body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("healthy");
            var anaf = body.GetProperty("checks").GetProperty("anaf");
            anaf.GetProperty("status").GetString().ShouldBe("degraded");
            anaf.GetProperty("description").GetString()!.ShouldContain($"127.0.0.1:{closed}");
        }
        finally
        {
            await StopAsync(app, http, folder);
        }
    }

    [Fact]
    public async Task Healthz_reports_ANAF_reachable_when_the_simulator_answers()
    {
        await using var simulator = await Simulator.AnafSimulator.StartAsync(cancellationToken: Token);
        var (app, http, folder) = await StartAsync($"--Efactura:Anaf:Simulator:Url={simulator.BaseAddress}");
        try
        {
            var body = JsonDocument.Parse(await http.GetStringAsync("healthz", Token)).RootElement;

            body.GetProperty("status").GetString().ShouldBe("healthy");
            body.GetProperty("checks").GetProperty("anaf").GetProperty("description").GetString()!.ShouldContain(simulator.BaseAddress.Authority);
        }
        finally
        {
            await StopAsync(app, http, folder);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
