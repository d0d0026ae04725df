using System.Net;
using System.Security.Cryptography;
using Efactura.Server.Hosting;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Tests.Hosting;

/// <summary>
/// <c>dotnet Efactura.Server.dll tenants|keys ...</c> (issue 15, item 2), run through the server's own entry point on a
/// real SQLite file: a tenant and its key printed once, keys with a name, a scope and an expiry, rotated and revoked.
/// </summary>
public sealed class ServerCommandsTests : IDisposable
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("efactura-commands-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string[] Configuration =>
    [
        "--environment", "Production", "--Logging:LogLevel:Default=Warning",
        $"--Efactura:Database:ConnectionString=Data Source={Path.Combine(folder, "efactura.db")}",
        $"--Efactura:Secrets:KeyFile={Path.Combine(folder, "secret.key")}",
    ];

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ServerCommands.RunAsync([.. args, .. Configuration], output, error, Token);
        return (code, output.ToString(), error.ToString());
    }

    private static string KeyIn(string output) =>
        output.Split('\n').Single(l => l.StartsWith("EFACTURA_API_KEY=", StringComparison.Ordinal))["EFACTURA_API_KEY=".Length..].Trim();

    private async Task<ApiKeyAccess?> AuthenticateAsync(string key)
    {
        await using var database = new SqliteDatabase($"Data Source={Path.Combine(folder, "efactura.db")}");
        return await new TenantRepository(database, TimeProvider.System).AuthenticateKeyAsync(key, Token);
    }

    [Fact]
    public async Task Companies_archive_writes_the_period_s_archive_to_a_new_file_and_never_replaces_one()
    {
        var (_, created, _) = await RunAsync("tenants", "create", "Contabilitate Alfa");
        var tenantId = Guid.Parse(created.Split("created: ")[1][..36]);
        Guid companyId;
        await using (var database = new SqliteDatabase($"Data Source={Path.Combine(folder, "efactura.db")}"))
            companyId = (await new Efactura.Server.Storage.Companies.CompanyRepository(database, TimeProvider.System).CreateAsync(
                tenantId, "18547290", "Alfa SRL", new Efactura.Server.Storage.Companies.CompanySettings(Efactura.Server.Storage.Companies.AnafEnvironment.Test), Token))!.Id;
        var file = Path.Combine(folder, "noiembrie.zip");
        string[] archive = ["companies", "archive", "--tenant", "Contabilitate Alfa", "--company", companyId.ToString(), "--from", "2026-11-01", "--to", "2026-11-30"];

        var (code, output, _) = await RunAsync([.. archive, "--output", file]);
        var (again, _, refused) = await RunAsync([.. archive, "--output", file]);
        var (usage, _, missing) = await RunAsync("companies", "archive", "--tenant", "Contabilitate Alfa", "--company", companyId.ToString(), "--output", file);

        code.ShouldBe(0);
        output.ShouldContain("0 invoice(s) of Alfa SRL (18547290), 2026-11-01 to 2026-11-30");
        using (var zip = System.IO.Compression.ZipFile.OpenRead(file))
            zip.Entries.Select(e => e.FullName).Order().ShouldBe(["index.csv", "index.json"]);
        again.ShouldBe(1);
        refused.ShouldContain("never replaces a file");
        usage.ShouldBe(2);
        missing.ShouldContain("from and to are required");
    }

    [Fact]
    public async Task Tenants_create_prints_the_key_once_and_list_shows_the_tenant_without_it()
    {
        var (code, output, _) = await RunAsync("tenants", "create", "Contabilitate Alfa");

        code.ShouldBe(0);
        var key = KeyIn(output);
        (await AuthenticateAsync(key))!.Tenant.Name.ShouldBe("Contabilitate Alfa");
        var (listed, list, _) = await RunAsync("tenants", "list");
        listed.ShouldBe(0);
        list.ShouldContain("Contabilitate Alfa");
        list.ShouldNotContain(key);
    }

    [Fact]
    public async Task Keys_are_created_with_a_name_scope_and_expiry_listed_rotated_and_revoked()
    {
        await RunAsync("tenants", "create", "alfa");

        var (created, output, _) = await RunAsync("keys", "create", "--tenant", "alfa", "--name", "rapoarte", "--scope", "read", "--expires", "30d");
        created.ShouldBe(0);
        var readKey = KeyIn(output);
        (await AuthenticateAsync(readKey))!.Scope.ShouldBe(ApiKeyScope.Read);
        var (_, list, _) = await RunAsync("keys", "list", "--tenant", "alfa");
        var line = list.Split('\n').Single(l => l.Contains("rapoarte", StringComparison.Ordinal));
        line.ShouldContain("read");
        line.ShouldContain("expires");
        list.ShouldNotContain(readKey);
        var keyId = line.Split(' ')[0];

        var (rotated, rotation, _) = await RunAsync("keys", "rotate", "--tenant", "alfa", "--key", keyId);
        rotated.ShouldBe(0);
        var replacement = KeyIn(rotation);
        (await AuthenticateAsync(readKey)).ShouldBeNull();
        (await AuthenticateAsync(replacement))!.Scope.ShouldBe(ApiKeyScope.Read);

        var newId = (await RunAsync("keys", "list", "--tenant", "alfa")).Output.Split('\n')
            .Single(l => l.Contains("rapoarte", StringComparison.Ordinal) && !l.Contains("revoked", StringComparison.Ordinal))
            .Split(' ')[0];
        (await RunAsync("keys", "revoke", "--tenant", "alfa", "--key", newId)).Code.ShouldBe(0);
        (await AuthenticateAsync(replacement)).ShouldBeNull();
        (await RunAsync("keys", "revoke", "--tenant", "alfa", "--key", newId)).Code.ShouldBe(1);
    }

    [Fact]
    public async Task Mistakes_are_usage_errors_or_refusals_that_say_what_is_wrong()
    {
        var (usage, _, error) = await RunAsync("keys", "create");
        usage.ShouldBe(2);
        error.ShouldContain("keys create needs --tenant.");

        var (scope, _, scopeError) = await RunAsync("keys", "create", "--tenant", "x", "--scope", "admin");
        scope.ShouldBe(2);
        scopeError.ShouldContain("--scope 'admin' is neither read nor write.");

        var (unknown, _, unknownError) = await RunAsync("keys", "list", "--tenant", "nobody");
        unknown.ShouldBe(1);
        unknownError.ShouldContain("There is no tenant 'nobody'");

        ServerCommands.ParseExpiry("yesterday", DateTimeOffset.UnixEpoch, out var expiry).ShouldBeNull();
        expiry.ShouldNotBeNull();
    }

    [Fact]
    public async Task Users_create_prints_a_one_time_link_list_shows_them_and_reset_issues_a_new_link()
    {
        var (_, tenantOutput, _) = await RunAsync("tenants", "create", "Alfa");
        tenantOutput.ShouldContain("Tenant 'Alfa' created");

        var (code, output, error) = await RunAsync("users", "create", "--tenant", "Alfa", "--email", "Ana@Firma.ro", "--role", "owner",
            "--Efactura:Dashboard:PublicUrl=https://efactura.example.ro");
        code.ShouldBe(0, error);
        var link = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("https://efactura.example.ro/app/set-password?token=", StringComparison.Ordinal));
        var token = Uri.UnescapeDataString(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        await using (var database = new SqliteDatabase($"Data Source={Path.Combine(folder, "efactura.db")}"))
        {
            var users = new Efactura.Server.Storage.Users.UserRepository(database, TimeProvider.System, Efactura.Server.Storage.Users.LockoutPolicy.Default);
            (await users.SetPasswordAsync(token, "a long enough password", Token))!.Email.ShouldBe("ana@firma.ro");
        }

        var (_, list, _) = await RunAsync("users", "list", "--tenant", "Alfa");
        list.ShouldContain("ana@firma.ro");
        list.ShouldContain("owner");
        list.ShouldNotContain(token);

        var (resetCode, reset, _) = await RunAsync("users", "reset", "--tenant", "Alfa", "--email", "ana@firma.ro");
        resetCode.ShouldBe(0);
        reset.ShouldContain("/app/set-password?token=");
        reset.ShouldNotContain(token);

        var (missing, _, missingError) = await RunAsync("users", "reset", "--tenant", "Alfa", "--email", "ion@firma.ro");
        missing.ShouldBe(1);
        missingError.ShouldContain("The tenant has no user ion@firma.ro");
        var (taken, _, takenError) = await RunAsync("users", "create", "--tenant", "Alfa", "--email", "ana@firma.ro", "--role", "viewer");
        taken.ShouldBe(1);
        takenError.ShouldContain("is taken already");
        var (role, _, roleError) = await RunAsync("users", "create", "--tenant", "Alfa", "--email", "ion@firma.ro", "--role", "admin");
        role.ShouldBe(2);
        roleError.ShouldContain("--role 'admin' is none of owner, accountant, viewer.");
        var (email, _, emailError) = await RunAsync("users", "create", "--tenant", "Alfa", "--email", "ion", "--role", "viewer");
        email.ShouldBe(2);
        emailError.ShouldContain("--email 'ion' is not an email address.");
    }

    [Fact]
    public async Task The_command_runs_as_the_published_server_does()
    {
        var (code, output) = await ServerProcess.RunAsync(folder, "Production", new Dictionary<string, string>(), ["tenants", "create", "proces"], Token);

        code.ShouldBe(0, string.Join('\n', output));
        var key = output.Single(l => l.StartsWith("EFACTURA_API_KEY=", StringComparison.Ordinal))["EFACTURA_API_KEY=".Length..];
        (await AuthenticateAsync(key))!.Tenant.Name.ShouldBe("proces");
    }
}
