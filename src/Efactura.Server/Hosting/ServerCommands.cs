using System.Globalization;
using Efactura.Server.Application;
using Efactura.Server.Application.Archive;
using Efactura.Server.Application.Users;
using Efactura.Server.Storage.Migrations;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Storage.Users;
using Microsoft.Extensions.Options;

namespace Efactura.Server.Hosting;

/// <summary>
/// The server's own command line: with no command it serves; <c>tenants create NAME</c>, <c>tenants list</c>,
/// <c>keys create|list|rotate|revoke --tenant ID|NAME ...</c> manage tenants and API keys in the configured database
/// (the same configuration as the server: appsettings.json, environment variables, <c>--Efactura:...</c>), migrating it
/// first. A new key is printed once, as <c>EFACTURA_API_KEY=...</c>; only its hash is stored. <c>users create|list|reset</c>
/// manage the dashboard's users: create and reset print a one-time link to set the password (only its hash is stored).
/// Exit codes: 0 done, 1 refused (unknown tenant or key, a start without what it needs), 2 usage error.
/// </summary>
public static class ServerCommands
{
    private const string Usage = """
        usage: dotnet Efactura.Server.dll                      serve the gateway
               dotnet Efactura.Server.dll tenants create NAME
               dotnet Efactura.Server.dll tenants list
               dotnet Efactura.Server.dll keys create --tenant ID|NAME [--name NAME] [--scope read|write] [--expires DATE|INSTANT|Nd]
               dotnet Efactura.Server.dll keys list --tenant ID|NAME
               dotnet Efactura.Server.dll keys rotate --tenant ID|NAME --key KEY_ID
               dotnet Efactura.Server.dll keys revoke --tenant ID|NAME --key KEY_ID
               dotnet Efactura.Server.dll users create --tenant ID|NAME --email EMAIL --role owner|accountant|viewer [--companies ID,ID...]
               dotnet Efactura.Server.dll users list --tenant ID|NAME
               dotnet Efactura.Server.dll users reset --tenant ID|NAME --email EMAIL
               dotnet Efactura.Server.dll companies archive --tenant ID|NAME --company ID --from DATE --to DATE --output FILE.zip [--pdf false]
        Configuration as for the server (appsettings.json, environment variables, --Efactura:Database:ConnectionString=...).
        """;

    /// <summary>Runs <paramref name="args"/>: a command, or the server; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        try
        {
            if (args.Length == 0 || args[0] is not ("tenants" or "keys" or "users" or "companies" or "help" or "--help"))
            {
                return await ServerApplication.RunAsync(ServerApplication.Build(args), cancellationToken).ConfigureAwait(false);
            }
            if (args[0] is "help" or "--help")
            {
                await output.WriteLineAsync(Usage).ConfigureAwait(false);
                return 0;
            }
            var command = Parse(args);
            if (command.Error is not null)
            {
                await error.WriteLineAsync(command.Error + Environment.NewLine + Usage).ConfigureAwait(false);
                return 2;
            }
            await using var app = ServerApplication.Build(command.ConfigurationArgs);
            await app.Services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            var tenants = app.Services.GetRequiredService<TenantRepository>();
            var time = app.Services.GetRequiredService<TimeProvider>();
            if (command.Verb.StartsWith("users ", StringComparison.Ordinal))
            {
                return await ExecuteUsersAsync(command, tenants, app.Services.GetRequiredService<UserAdministration>(), output, error, cancellationToken)
                    .ConfigureAwait(false);
            }
            if (command.Verb == "companies archive")
                return await ArchiveAsync(command, tenants, app.Services.GetRequiredService<CompanyArchive>(), output, error, cancellationToken).ConfigureAwait(false);
            return await ExecuteAsync(command, tenants, time, output, error, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException invalid)
        {
            // A Production start without what it needs: say what is missing, no stack trace.
            await error.WriteLineAsync("efactura cannot start, the configuration is incomplete:").ConfigureAwait(false);
            foreach (var failure in invalid.Failures) await error.WriteLineAsync("  - " + failure).ConfigureAwait(false);
            await error.WriteLineAsync("See docs/production.md.").ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> ExecuteUsersAsync(
        Command command, TenantRepository tenants, UserAdministration users, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var tenantId = await FindTenantAsync(command, tenants, error, cancellationToken).ConfigureAwait(false);
        if (tenantId is null) return 1;
        switch (command.Verb)
        {
            case "users create":
            {
                var role = Enum.Parse<DashboardRole>(command.Options["role"], ignoreCase: true);
                var companies = new List<Guid>();
                foreach (var text in command.Options.GetValueOrDefault("companies")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
                {
                    if (!Guid.TryParse(text, out var company))
                    {
                        await error.WriteLineAsync($"--companies: '{text}' is not a company id.").ConfigureAwait(false);
                        return 2;
                    }
                    companies.Add(company);
                }
                var outcome = await users.CreateAsync(tenantId.Value, command.Options["email"], role, companies, cancellationToken).ConfigureAwait(false);
                if (outcome.Value is not { } created)
                {
                    var why = outcome.Refusal is Refusal.Invalid invalid ? string.Join(" ", invalid.Findings.Select(f => f.Message)) : outcome.Refusal!.Detail;
                    await error.WriteLineAsync($"No user created: {why}").ConfigureAwait(false);
                    return 1;
                }
                await output.WriteLineAsync($"User {created.User.Email} ({StoredRole(created.User.Role)}) created: {created.User.Id}.").ConfigureAwait(false);
                await PrintLinkAsync(output, created).ConfigureAwait(false);
                return 0;
            }
            case "users list":
                foreach (var user in await users.ListAsync(tenantId.Value, cancellationToken).ConfigureAwait(false))
                {
                    var state = !user.Enabled ? "disabled" : !user.HasPassword ? "no password yet"
                        : user.LockedUntil is { } locked ? $"locked until {locked:yyyy-MM-dd HH:mm}Z" : "active";
                    var companies = user.Role == DashboardRole.Accountant ? $"  companies: {string.Join(',', user.CompanyIds)}" : "";
                    await output.WriteLineAsync($"{user.Id}  {StoredRole(user.Role),-10}  {state,-28}  {user.Email}{companies}").ConfigureAwait(false);
                }
                return 0;
            default: // users reset
            {
                var reset = (await users.ResetAsync(tenantId.Value, command.Options["email"], cancellationToken).ConfigureAwait(false)).Value;
                if (reset is null)
                {
                    await error.WriteLineAsync($"The tenant has no user {command.Options["email"]} ('users list --tenant ...' shows them).").ConfigureAwait(false);
                    return 1;
                }
                await output.WriteLineAsync($"User {reset.User.Email}: password cleared, lockout lifted.").ConfigureAwait(false);
                await PrintLinkAsync(output, reset).ConfigureAwait(false);
                return 0;
            }
        }
    }

    private static async Task PrintLinkAsync(TextWriter output, IssuedUserLink issued)
    {
        await output.WriteLineAsync($"One-time link to set the password (shown once, works until {issued.ExpiresAt:yyyy-MM-dd HH:mm}Z):").ConfigureAwait(false);
        await output.WriteLineAsync(issued.Url).ConfigureAwait(false);
    }

    private static string StoredRole(DashboardRole role) => role.ToString().ToLowerInvariant();

    private static async Task<Guid?> FindTenantAsync(Command command, TenantRepository tenants, TextWriter error, CancellationToken cancellationToken)
    {
        var found = await tenants.FindAsync(command.Options["tenant"], cancellationToken).ConfigureAwait(false);
        if (found.Count == 1) return found[0].Id;
        await error.WriteLineAsync(found.Count == 0
            ? $"There is no tenant '{command.Options["tenant"]}' ('tenants list' shows them)."
            : $"{found.Count} tenants are named '{command.Options["tenant"]}': name one by its id ('tenants list').").ConfigureAwait(false);
        return null;
    }

    private static async Task<int> ExecuteAsync(
        Command command, TenantRepository tenants, TimeProvider time, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (command.Verb == "tenants create")
        {
            var created = await tenants.CreateAsync(command.Positional!, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Tenant '{created.Tenant.Name}' created: {created.Tenant.Id}. Its API key (shown once, keep it):").ConfigureAwait(false);
            await output.WriteLineAsync($"EFACTURA_API_KEY={created.ApiKey.Key}").ConfigureAwait(false);
            return 0;
        }
        if (command.Verb == "tenants list")
        {
            foreach (var tenant in await tenants.ListAsync(cancellationToken).ConfigureAwait(false))
                await output.WriteLineAsync($"{tenant.Id}  {tenant.CreatedAt:yyyy-MM-dd HH:mm}Z  {tenant.Name}").ConfigureAwait(false);
            return 0;
        }

        var found = await FindTenantAsync(command, tenants, error, cancellationToken).ConfigureAwait(false);
        if (found is not { } tenantId) return 1;
        switch (command.Verb)
        {
            case "keys create":
            {
                var expires = ParseExpiry(command.Options.GetValueOrDefault("expires"), time.GetUtcNow(), out var expiryError);
                if (expiryError is not null)
                {
                    await error.WriteLineAsync(expiryError).ConfigureAwait(false);
                    return 2;
                }
                var scope = command.Options.GetValueOrDefault("scope") == "read" ? ApiKeyScope.Read : ApiKeyScope.Write;
                var key = await tenants.IssueApiKeyAsync(tenantId, new ApiKeySpec(command.Options.GetValueOrDefault("name") ?? "", scope, expires), cancellationToken)
                    .ConfigureAwait(false);
                await PrintKeyAsync(output, key).ConfigureAwait(false);
                return 0;
            }
            case "keys list":
                foreach (var key in await tenants.ListApiKeysAsync(tenantId, cancellationToken).ConfigureAwait(false))
                {
                    var state = key.RevokedAt is { } revoked ? $"revoked {revoked:yyyy-MM-dd}"
                        : key.ExpiresAt is { } expiry && expiry <= time.GetUtcNow() ? $"expired {expiry:yyyy-MM-dd}"
                        : key.ExpiresAt is { } until ? $"expires {until:yyyy-MM-dd HH:mm}Z" : "active";
                    await output.WriteLineAsync($"{key.Id}  {key.Prefix}…  {StoredScope(key.Scope),-5}  {state,-22}  {key.Name}").ConfigureAwait(false);
                }
                return 0;
            case "keys rotate":
            {
                var rotated = Guid.TryParse(command.Options["key"], out var keyId)
                    ? await tenants.RotateApiKeyAsync(tenantId, keyId, cancellationToken).ConfigureAwait(false) : null;
                if (rotated is null) return await NoKeyAsync(error, command).ConfigureAwait(false);
                await output.WriteLineAsync($"Key {command.Options["key"]} revoked; its replacement:").ConfigureAwait(false);
                await PrintKeyAsync(output, rotated).ConfigureAwait(false);
                return 0;
            }
            default: // keys revoke
            {
                var revoked = Guid.TryParse(command.Options["key"], out var keyId) && await tenants.RevokeApiKeyAsync(tenantId, keyId, cancellationToken).ConfigureAwait(false);
                if (!revoked) return await NoKeyAsync(error, command).ConfigureAwait(false);
                await output.WriteLineAsync($"Key {keyId} revoked.").ConfigureAwait(false);
                return 0;
            }
        }
    }

    // The archive export of the API (GET /v1/companies/{id}/archive) written to a file: for an operator, or a period
    // too long to download.
    private static async Task<int> ArchiveAsync(
        Command command, TenantRepository tenants, CompanyArchive archives, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var found = await tenants.FindAsync(command.Options["tenant"], cancellationToken).ConfigureAwait(false);
        if (found.Count != 1)
        {
            await error.WriteLineAsync($"There is no single tenant '{command.Options["tenant"]}' ('tenants list' shows them).").ConfigureAwait(false);
            return 1;
        }
        var (period, problem) = ArchivePeriod.Parse(command.Options.GetValueOrDefault("from"), command.Options.GetValueOrDefault("to"));
        if (period is null)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            return 2;
        }
        var company = Guid.TryParse(command.Options["company"], out var companyId)
            ? await archives.FindCompanyAsync(found[0].Id, companyId, cancellationToken).ConfigureAwait(false)
            : null;
        if (company is null)
        {
            await error.WriteLineAsync($"The tenant has no company {command.Options["company"]}.").ConfigureAwait(false);
            return 1;
        }
        var path = Path.GetFullPath(command.Options["output"]);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        }
        catch (IOException e)
        {
            await error.WriteLineAsync($"Cannot create {path} (an archive never replaces a file): {e.Message}").ConfigureAwait(false);
            return 1;
        }
        int count;
        try
        {
            await using (file.ConfigureAwait(false))
                count = await archives.WriteAsync(company, period, command.Options.GetValueOrDefault("pdf") != "false", file, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(path); // a half-written archive is no archive
            throw;
        }
        await output.WriteLineAsync($"{path}: {count} invoice(s) of {company.Name} ({company.Cui}), {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> NoKeyAsync(TextWriter error, Command command)
    {
        await error.WriteLineAsync($"The tenant has no working key {command.Options["key"]} ('keys list --tenant ...' shows them).").ConfigureAwait(false);
        return 1;
    }

    private static async Task PrintKeyAsync(TextWriter output, IssuedApiKey key)
    {
        var spec = key.Spec ?? new ApiKeySpec();
        var expiry = spec.ExpiresAt is { } at ? $", expires {at:yyyy-MM-dd HH:mm}Z" : "";
        await output.WriteLineAsync($"Key {key.Id} ({StoredScope(spec.Scope)}{expiry}), shown once, keep it:").ConfigureAwait(false);
        await output.WriteLineAsync($"EFACTURA_API_KEY={key.Key}").ConfigureAwait(false);
    }

    private static string StoredScope(ApiKeyScope scope) => scope == ApiKeyScope.Read ? "read" : "write";

    /// <summary><c>2027-01-31</c> (midnight UTC), an ISO 8601 instant, or <c>90d</c> (days from now); null for none.</summary>
    internal static DateTimeOffset? ParseExpiry(string? text, DateTimeOffset now, out string? error)
    {
        error = null;
        if (text is null) return null;
        DateTimeOffset? expires = null;
        if (text.EndsWith('d') && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0) expires = now.AddDays(days);
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            expires = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) expires = instant;
        if (expires is null) error = $"--expires '{text}' is not a date (2027-01-31), an instant (2027-01-31T12:00:00Z) or a number of days (90d).";
        else if (expires <= now) error = $"--expires '{text}' is not in the future.";
        return error is null ? expires : null;
    }

    private sealed record Command(string Verb, string? Positional, Dictionary<string, string> Options, string[] ConfigurationArgs, string? Error = null);

    private static readonly HashSet<string> CommandOptions = ["tenant", "name", "scope", "expires", "key", "email", "role", "companies", "company", "from", "to", "output", "pdf"];

    private static Command Parse(string[] args)
    {
        var verb = args.Length > 1 ? $"{args[0]} {args[1]}" : args[0];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var configuration = new List<string>();
        string? positional = null;
        for (var i = 2; i < args.Length; i++)
        {
            var arg = args[i];
            var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..].Split('=', 2)[0] : null;
            if (name is not null && CommandOptions.Contains(name))
            {
                var value = arg.Contains('=', StringComparison.Ordinal) ? arg.Split('=', 2)[1] : i + 1 < args.Length ? args[++i] : null;
                if (value is null) return Fail($"--{name} needs a value.");
                options[name] = value;
            }
            else if (name is not null)
            {
                // Configuration (--Efactura:Database:ConnectionString=..., --environment Production) for the host.
                configuration.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length) configuration.Add(args[++i]);
            }
            else if (positional is null) positional = arg;
            else return Fail($"unexpected '{arg}'.");
        }
        var error = verb switch
        {
            "tenants create" => string.IsNullOrWhiteSpace(positional) ? "tenants create needs the tenant's NAME." : null,
            "tenants list" => null,
            "keys create" or "keys list" => !options.ContainsKey("tenant") ? $"{verb} needs --tenant." : null,
            "keys rotate" or "keys revoke" => !options.ContainsKey("tenant") || !options.ContainsKey("key") ? $"{verb} needs --tenant and --key." : null,
            "users list" => !options.ContainsKey("tenant") ? $"{verb} needs --tenant." : null,
            "users reset" => !options.ContainsKey("tenant") || !options.ContainsKey("email") ? $"{verb} needs --tenant and --email." : null,
            "users create" => !options.ContainsKey("tenant") || !options.ContainsKey("email") || !options.ContainsKey("role")
                ? $"{verb} needs --tenant, --email and --role." : null,
            "companies archive" => new[] { "tenant", "company", "output" }.Any(o => !options.ContainsKey(o))
                ? "companies archive needs --tenant, --company, --from, --to and --output."
                : options.GetValueOrDefault("pdf") is not (null or "true" or "false") ? $"--pdf '{options["pdf"]}' is neither true nor false." : null,
            _ => $"unknown command '{verb}'.",
        };
        if (error is null && options.TryGetValue("role", out var role) && role is not ("owner" or "accountant" or "viewer"))
            error = $"--role '{role}' is none of owner, accountant, viewer.";
        if (error is null && options.TryGetValue("email", out var email) && UserRepository.NormalizeEmail(email) is null)
            error = $"--email '{email}' is not an email address.";
        if (error is null && options.TryGetValue("scope", out var scope) && scope is not ("read" or "write")) error = $"--scope '{scope}' is neither read nor write.";
        if (error is null && verb != "tenants create" && positional is not null) error = $"unexpected '{positional}'.";
        return new Command(verb, positional?.Trim(), options, [.. configuration], error);

        Command Fail(string message) => new(verb, null, options, [], message);
    }
}
