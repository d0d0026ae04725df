using System.Net;
using Efactura.Server.Tests.Api;

namespace Efactura.Server.Tests.Hosting;

/// <summary>
/// The server as an operator starts it in Production (issue 15): with an empty configuration it refuses to start and
/// names what is missing; configured, it runs nothing simulated, creates no development tenant and prints no secret;
/// and it reads its appsettings.json although it was started from another folder.
/// </summary>
public class ProductionStartTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string> Anaf = new()
    {
        ["Efactura__Anaf__ClientId"] = "client-id-from-anaf",
        ["Efactura__Anaf__ClientSecret"] = "client-secret-from-anaf",
        ["Efactura__Anaf__RedirectUri"] = "https://efactura.example.ro/v1/anaf/callback",
    };

    [Fact]
    public async Task A_setting_out_of_range_stops_the_process_with_exit_code_1_naming_the_key()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string>(Anaf) { ["Efactura__Workers__Outgoing__UploadCallShare"] = "1.5" };

        var (exitCode, output) = await ServerProcess.RunAsync(folder.Path, "Production", settings, [], Token);

        exitCode.ShouldBe(1, string.Join('\n', output));
        output.ShouldContain(l => l.Contains("efactura did not start", StringComparison.Ordinal)
            && l.Contains("Efactura:Workers:Outgoing:UploadCallShare must be more than 0 and at most 1.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_production_start_without_anaf_settings_stops_and_names_each_missing_key()
    {
        using var folder = new TempFolder();

        var (exitCode, output) = await ServerProcess.RunAsync(folder.Path, "Production", new Dictionary<string, string>(), [], Token);

        exitCode.ShouldBe(1, string.Join('\n', output));
        output.ShouldContain(l => l.Contains("Efactura:Anaf:ClientId is missing", StringComparison.Ordinal));
        output.ShouldContain(l => l.Contains("Efactura:Anaf:ClientSecret is missing", StringComparison.Ordinal));
        output.ShouldContain(l => l.Contains("Efactura:Anaf:RedirectUri is missing", StringComparison.Ordinal));
        output.ShouldContain(l => l.Contains("docs/production.md", StringComparison.Ordinal));
        output.ShouldNotContain(l => l.Contains("Unhandled exception", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
        output.ShouldNotContain(l => l.Contains("EFACTURA_API_KEY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_production_redirect_uri_must_be_https()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string>(Anaf) { ["Efactura__Anaf__RedirectUri"] = "http://efactura.example.ro/v1/anaf/callback" };

        var (exitCode, output) = await ServerProcess.RunAsync(folder.Path, "Production", settings, [], Token);

        exitCode.ShouldBe(1);
        output.ShouldContain(l => l.Contains("Efactura:Anaf:RedirectUri must be https", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_configured_production_start_has_no_simulator_no_development_tenant_and_prints_no_secret()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, "Production", Anaf, Token);

        server.Output.ShouldNotContain(l => l.Contains("EFACTURA_API_KEY", StringComparison.Ordinal) || l.Contains("efk_", StringComparison.Ordinal));
        server.Output.ShouldNotContain(l => l.Contains("client-secret-from-anaf", StringComparison.Ordinal));
        server.Output.ShouldNotContain(l => l.Contains("EFACTURA_DASHBOARD", StringComparison.Ordinal));
        server.Output.ShouldContain(l => l.StartsWith("efactura listening on ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("/app", StringComparison.Ordinal));
        // No tenant was made: the only way in is a tenant created from the command line.
        var (code, created) = await ServerProcess.RunAsync(folder.Path, "Production", Anaf, ["tenants", "create", "Alfa"], Token);
        code.ShouldBe(0, string.Join('\n', created));
        var key = created.Single(l => l.StartsWith("EFACTURA_API_KEY=", StringComparison.Ordinal))["EFACTURA_API_KEY=".Length..];
        var (_, tenants) = await ServerProcess.RunAsync(folder.Path, "Production", Anaf, ["tenants", "list"], Token);
        tenants.Where(l => l.Contains("  ", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldEndWith("Alfa");

        using var http = new HttpClient { BaseAddress = server.Address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        // A company names no environment: ANAF TEST, never the simulator.
        var company = await http.PostAsync("v1/companies", ApiCalls.Json("""{"cui":"18547290","name":"Alfa"}"""), Token);
        company.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await company.BodyAsync()).GetProperty("settings").GetProperty("environment").GetString().ShouldBe("test");
        var simulated = await http.PostAsync("v1/companies", ApiCalls.Json("""{"cui":"14399840","name":"Beta","settings":{"environment":"simulator"}}"""), Token);
        simulated.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await simulated.BodyAsync()).GetProperty("findings")[0].GetProperty("field").GetString().ShouldBe("/settings/environment");
    }

    [Fact]
    public async Task Started_from_another_folder_the_server_reads_its_appsettings_and_keeps_request_urls_out_of_the_log()
    {
        // appsettings.json (beside Efactura.Server.dll) sets Microsoft.AspNetCore to Warning: without it every request's
        // URL, one-time codes and token links included, is logged at Information.
        using var folder = new TempFolder();
        File.Exists(Path.Combine(folder.Path, "appsettings.json")).ShouldBeFalse();
        await using var server = await ServerProcess.StartAsync(folder.Path, Token);
        using var http = new HttpClient { BaseAddress = server.Address };

        (await http.GetAsync("v1/anaf/token-links/link-secret-4711", Token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await server.StopAsync();

        server.Output.ShouldNotContain(l => l.Contains("link-secret-4711", StringComparison.Ordinal));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("efactura-production-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
