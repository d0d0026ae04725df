using System.Diagnostics;
using System.Net;
using Efactura.Server.Tests.Api;
using Efactura.Server.Workers;

namespace Efactura.Server.Tests.Hosting;

public class TestServerTests
{
    [Fact]
    public async Task The_test_server_starts_quickly_over_http_with_a_working_development_key_and_cleans_up()
    {
        var clock = Stopwatch.StartNew();
        string folder;
        await using (var server = await TestServer.StartAsync())
        {
            var started = clock.Elapsed;
            TestContext.Current.TestOutputHelper?.WriteLine($"started in {started.TotalMilliseconds:F0} ms");
            folder = server.Folder;

            server.BaseAddress.Host.ShouldBe("127.0.0.1");
            (await server.Client.FetchAsync("healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await server.Client.FetchAsync("v1/companies")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await server.CreateClient("efk_wrong").FetchAsync("v1/companies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            server.Service<WorkerOptions>().Enabled.ShouldBeFalse();
            // Generous against a loaded machine; typically well under a second.
            started.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        }
        Directory.Exists(folder).ShouldBeFalse();
    }

    [Fact]
    public async Task Settings_override_the_defaults()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Efactura:Workers:Enabled"] = "true",
            ["Efactura:DevelopmentTenant:Enabled"] = "false",
        });

        server.Service<WorkerOptions>().Enabled.ShouldBeTrue();
        server.ApiKey.ShouldBeEmpty();
        var tenant = await server.CreateTenantAsync();
        (await tenant.Client.FetchAsync("v1/companies")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
