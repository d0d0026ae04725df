using System.Net;
using System.Net.Http.Json;
using Efactura.Server.Tests.Api.Connections;
using Efactura.Server.Workers.Webhooks;

namespace Efactura.Server.Tests.Api.Webhooks;

/// <summary>
/// A webhook cannot be pointed at the gateway's own network: loopback, private, link-local (cloud metadata),
/// unique-local, multicast and the like are refused in every notation of the address and by name, and so is a URL
/// with a user name or password; the operator's allow-list opens a host.
/// </summary>
public sealed class WebhookTargetsApiTests : IAsyncLifetime
{
    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => server = await ConnectionTestServer.StartAsync(("Efactura:Webhooks:AllowedHosts:0", "receiver.internal.test"));

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("http://127.0.0.1/hook")]
    [InlineData("http://127.1/hook")]
    [InlineData("http://2130706433/hook")]
    [InlineData("http://0x7f000001/hook")]
    [InlineData("http://017700000001/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://[::ffff:7f00:1]/hook")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("http://localhost:8080/hook")]
    [InlineData("http://LOCALHOST./hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/hook")]
    [InlineData("http://172.16.5.4/hook")]
    [InlineData("http://192.168.1.1/hook")]
    [InlineData("http://100.64.0.1/hook")]
    [InlineData("http://[fe80::1]/hook")]
    [InlineData("http://[fd00:ec2::254]/hook")]
    [InlineData("http://224.0.0.1/hook")]
    [InlineData("http://[ff02::1]/hook")]
    [InlineData("http://[64:ff9b::a00:1]/hook")]
    [InlineData("http://[2002:7f00:1::]/hook")]
    public async Task An_internal_target_is_refused_in_any_notation(string url)
    {
        var (tenant, key) = await server.TenantAsync();

        var response = await server.Client(key).PostAsJsonAsync("v1/webhooks", new { url, events = new[] { "invoice.issued" } }, Token);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("internal address");
        (await server.Service<Efactura.Server.Storage.Webhooks.WebhookRepository>().ListSubscriptionsAsync(tenant.Id, Token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_url_with_a_user_name_or_password_is_refused()
    {
        var (_, key) = await server.TenantAsync();

        var response = await server.Client(key).PostAsJsonAsync("v1/webhooks", new { url = "https://user:secret@hooks.example.ro/x", events = new[] { "invoice.issued" } }, Token);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("user name or password");
        (await response.Content.ReadAsStringAsync(Token)).ShouldNotContain("secret@");
    }

    [Theory]
    [InlineData("https://hooks.example.ro/efactura")]
    [InlineData("http://93.184.215.14/hook")]
    [InlineData("http://receiver.internal.test:8080/hook")]
    public async Task A_public_or_allowed_target_is_accepted(string url)
    {
        var (_, key) = await server.TenantAsync();

        var response = await server.Client(key).PostAsJsonAsync("v1/webhooks", new { url, events = new[] { "invoice.issued" } }, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Token));
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("2a00:1450:4001:80b::200e", false)]
    [InlineData("198.18.0.1", true)]
    [InlineData("240.0.0.1", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("::", true)]
    [InlineData("::ffff:10.1.2.3", true)]
    [InlineData("::ffff:8.8.8.8", false)]
    public void Addresses_are_internal_or_public_by_their_range(string address, bool isInternal) =>
        WebhookTargets.IsInternal(IPAddress.Parse(address)).ShouldBe(isInternal);

    [Fact]
    public async Task Every_address_of_the_gateways_own_machine_is_refused()
    {
        var (_, key) = await server.TenantAsync();
        var own = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(u => u.Address).Where(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork || a.ScopeId == 0).ToList();
        own.ShouldNotBeEmpty();

        foreach (var address in own)
        {
            var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
            var response = await server.Client(key).PostAsJsonAsync("v1/webhooks", new { url = $"http://{host}:8080/hook", events = new[] { "invoice.issued" } }, Token);
            await response.ProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [InlineData("http://93.184.215.14/hook")]
    [InlineData("http://[::ffff:93.184.215.14]/hook")]
    [InlineData("http://1572394766/hook")]
    public async Task The_gateways_own_public_address_is_refused_in_any_notation(string url)
    {
        var targets = new WebhookTargets(new WebhookTargetOptions(), () => [IPAddress.Parse("93.184.215.14")]);

        (await targets.RefusalAsync(new Uri(url), Token)).ShouldNotBeNull().ShouldContain("the gateway's own");
        (await new WebhookTargets(new WebhookTargetOptions(), () => []).RefusalAsync(new Uri(url), Token)).ShouldBeNull();
    }

    [Theory]
    [InlineData("https://user@hooks.example.ro/x")]
    [InlineData("https://:secret@hooks.example.ro/x")]
    [InlineData("https://user%40corp:p%3Ass@hooks.example.ro/x")]
    public async Task Any_user_information_in_the_url_is_refused(string url) =>
        (await new WebhookTargets(new WebhookTargetOptions()).RefusalAsync(new Uri(url), Token)).ShouldNotBeNull().ShouldContain("user name or password");
}
