using System.Net;
using System.Text.Json;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Migrations;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Storage.Users;

namespace Efactura.Server.Tests.Hosting;

public class ServerStartupTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fresh_start_migrates_prints_a_working_api_key_and_reports_healthy_over_http()
    {
        var folder = Directory.CreateTempSubdirectory("efactura-server-").FullName;
        try
        {
            string key, user, password;
            await using (var server = await ServerProcess.StartAsync(folder, Token))
            {
                using var http = new HttpClient { BaseAddress = server.Address };
                var response = await http.GetAsync("healthz", Token);
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;

                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                body.GetProperty("status").GetString().ShouldBe("healthy");
                body.GetProperty("checks").GetProperty("database").GetProperty("description").GetString()
                    .ShouldBe($"Sqlite, schema version {MigrationScripts.For(SqliteDialect.Instance).Max(s => s.Version)}, quick_check ok");
                key = server.Output.Single(l => l.TrimStart().StartsWith("EFACTURA_API_KEY=", StringComparison.Ordinal)).Trim()["EFACTURA_API_KEY=".Length..];
                server.Output.ShouldContain(l => l.Contains("/healthz", StringComparison.Ordinal));
                server.Output.ShouldContain(l => l.StartsWith("efactura listening on ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("/app", StringComparison.Ordinal));
                user = Printed(server.Output, "EFACTURA_DASHBOARD_USER=");
                password = Printed(server.Output, "EFACTURA_DASHBOARD_PASSWORD=");
                server.Output.Where(l => !l.Contains("EFACTURA_API_KEY=", StringComparison.Ordinal)).ShouldAllBe(l => !l.Contains(key, StringComparison.Ordinal));
            }

            await using (var database = new SqliteDatabase($"Data Source={Path.Combine(folder, "efactura.db")}"))
            {
                (await new TenantRepository(database, TimeProvider.System).AuthenticateAsync(key, Token))!.Name.ShouldBe("development");
                var signIn = await new UserRepository(database, TimeProvider.System, LockoutPolicy.Default).SignInAsync(user, password, Token);
                signIn.Outcome.ShouldBe(SignInOutcome.SignedIn);
                signIn.User!.Role.ShouldBe(DashboardRole.Owner);
            }
            File.Exists(Path.Combine(folder, "secret.key")).ShouldBeTrue();

            await using (var restarted = await ServerProcess.StartAsync(folder, Token))
            {
                using var http = new HttpClient { BaseAddress = restarted.Address };
                (await http.GetAsync("healthz", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
                restarted.Output.ShouldNotContain(l => l.Contains("EFACTURA_API_KEY=", StringComparison.Ordinal));
                restarted.Output.ShouldNotContain(l => l.Contains("EFACTURA_DASHBOARD_PASSWORD=", StringComparison.Ordinal));
                restarted.Output.ShouldNotContain(l => l.Contains("Applied database migration", StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Printed(IEnumerable<string> output, string prefix) =>
        output.Single(l => l.TrimStart().StartsWith(prefix, StringComparison.Ordinal)).Trim()[prefix.Length..];
}
