using Efactura.Server.Anaf;
using Efactura.Server.Api.Admin;
using Efactura.Server.Hosting;
using Efactura.Server.Observability;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Secrets;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Deadlines;
using Efactura.Server.Workers.Incoming;
using Efactura.Server.Workers.Tokens;
using Efactura.Server.Workers.Webhooks;
using Microsoft.Extensions.Options;

namespace Efactura.Server.Tests.Hosting;

/// <summary>Options are checked when the server starts: a bad value stops it with a message naming the setting.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("PerTenantParallelism", "0", "Efactura:Workers:WebhookDispatcher:PerTenantParallelism must be between 1 and 1000.")]
    [InlineData("Parallelism", "-3", "Efactura:Workers:WebhookDispatcher:Parallelism must be between 1 and 1000.")]
    [InlineData("Timeout", "00:00:00", "Efactura:Workers:WebhookDispatcher:Timeout must be between 1 second and 5 minutes")]
    [InlineData("ConnectTimeout", "01:00:00", "Efactura:Workers:WebhookDispatcher:ConnectTimeout must be between 1 second and 1 minute")]
    [InlineData("Jitter", "1.5", "Efactura:Workers:WebhookDispatcher:Jitter must be between 0 and 1.")]
    public async Task A_bad_webhook_dispatcher_setting_stops_the_start_naming_it(string setting, string value, string message)
    {
        var refused = await Should.ThrowAsync<OptionsValidationException>(async () =>
        {
            await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { [$"{WebhookDispatcherOptions.Section}:{setting}"] = value });
        });

        refused.Failures.ShouldHaveSingleItem().ShouldStartWith(message);
        refused.Message.ShouldNotContain(nameof(WebhookDispatcherOptions));
    }

    [Fact]
    public void The_webhook_dispatcher_defaults_are_the_documented_ones()
    {
        var options = new WebhookDispatcherOptions();

        (options.Timeout, options.ConnectTimeout, options.Parallelism, options.PerTenantParallelism).ShouldBe((TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), 16, 4));
        (options.RetryBaseDelay, options.RetryMaxDelay, options.RetryFor, options.Jitter).ShouldBe((TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), TimeSpan.FromHours(24), 0.2));
    }

    /// <summary>One bad value per options class the server binds, and the start of the sentence that must name it.</summary>
    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Efactura:Workers:Lease", "00:00:00", "Efactura:Workers:Lease must be between 1 second and 1 day" },
        { "Efactura:Workers:BatchSize", "0", "Efactura:Workers:BatchSize must be between 1 and 10000." },
        { "Efactura:Workers:Outgoing:UploadCallShare", "0", "Efactura:Workers:Outgoing:UploadCallShare must be more than 0 and at most 1." },
        { "Efactura:Workers:Outgoing:StatusFirstPoll", "-00:01:00", "Efactura:Workers:Outgoing:StatusFirstPoll must be between 1 second and 1 day" },
        { "Efactura:Workers:IncomingSync:MaxDownloadAttempts", "0", "Efactura:Workers:IncomingSync:MaxDownloadAttempts must be between 1 and 1000." },
        { "Efactura:Workers:TokenRefresher:RefreshAhead", "90.00:00:00", "Efactura:Workers:TokenRefresher:RefreshAhead must be between 0 and 89 days" },
        { "Efactura:Workers:DeadlineWatcher:WarnWithWorkingDaysLeft", "6", "Efactura:Workers:DeadlineWatcher:WarnWithWorkingDaysLeft must be between 0 and 5." },
        { "Efactura:Webhooks:AllowedHosts:0", "https://receiver.internal/hook", "Efactura:Webhooks:AllowedHosts:0 must be a host name or address" },
        { "Efactura:Observability:AnafReachability:Timeout", "00:00:00", "Efactura:Observability:AnafReachability:Timeout must be between 100 milliseconds and 1 minute" },
        { "Efactura:Admin:OperatorKey", "too-short", "Efactura:Admin:OperatorKey must be at least 32 characters (it is 9)" },
        { "Efactura:DevelopmentTenant:Name", " ", "Efactura:DevelopmentTenant:Name is missing" },
        { "Efactura:Secrets:Key", "bm90IDMyIGJ5dGVz", "Efactura:Secrets:Key must be 32 bytes in base64" },
        { "Efactura:Anaf:CallsPerMinute", "0", "Efactura:Anaf:CallsPerMinute is 0; it must be at least 1" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_setting_of_any_options_class_stops_the_start_naming_its_key(string key, string value, string message)
    {
        var refused = await Should.ThrowAsync<OptionsValidationException>(async () =>
        {
            await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { [key] = value });
        });

        refused.Failures.ShouldContain(f => f.StartsWith(message, StringComparison.Ordinal), string.Join('\n', refused.Failures));
        refused.Message.ShouldNotContain("Options");
    }

    [Fact]
    public void A_bad_secret_key_is_refused_without_being_shown()
    {
        var failures = new OptionsRules<SecretKeyOptions>().Validate(null, new SecretKeyOptions { Key = "c2VjcmV0LXRoYXQtaXMtdG9vLXNob3J0" });

        failures.Failed.ShouldBeTrue();
        failures.FailureMessage.ShouldNotContain("c2VjcmV0LXRoYXQtaXMtdG9vLXNob3J0");
    }

    [Fact]
    public void A_connection_string_and_a_known_provider_are_required()
    {
        var failures = new OptionsRules<DatabaseOptions>().Validate(null, new DatabaseOptions { Provider = (DatabaseProvider)7, ConnectionString = "" });

        failures.Failures!.ShouldBe([
            "Efactura:Database:Provider must be Sqlite or Postgres.",
            "Efactura:Database:ConnectionString is missing: the database to use (e.g. \"Data Source=data/efactura.db\").",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Every_default_passes_its_own_rules()
    {
        new OptionsRules<WorkerOptions>().Validate(null, new WorkerOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<OutgoingInvoiceOptions>().Validate(null, new OutgoingInvoiceOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<IncomingSyncOptions>().Validate(null, new IncomingSyncOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<TokenRefresherOptions>().Validate(null, new TokenRefresherOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<DeadlineWatcherOptions>().Validate(null, new DeadlineWatcherOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<WebhookTargetOptions>().Validate(null, new WebhookTargetOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<ReachabilityOptions>().Validate(null, new ReachabilityOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<AdminOptions>().Validate(null, new AdminOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<DevelopmentTenantOptions>().Validate(null, new DevelopmentTenantOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<DatabaseOptions>().Validate(null, new DatabaseOptions()).Succeeded.ShouldBeTrue();
        new OptionsRules<SecretKeyOptions>().Validate(null, new SecretKeyOptions()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void The_worker_defaults_are_the_documented_ones()
    {
        var workers = new WorkerOptions();
        (workers.IdleDelay, workers.Lease, workers.BatchSize, workers.MaxParallelism).ShouldBe((TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2), 20, 8));
        var sync = new IncomingSyncOptions();
        (sync.Interval, sync.RetryAfterFailure, sync.DownloadRetryDelay, sync.DownloadRetryMaxDelay, sync.MaxDownloadAttempts)
            .ShouldBe((TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5), TimeSpan.FromHours(6), 40));
        var tokens = new TokenRefresherOptions();
        (tokens.RefreshAhead, tokens.WarnBeforeRefreshExpiry, tokens.RetryAfterFailure, tokens.AccessTokenLifetime, tokens.RefreshTokenLifetime)
            .ShouldBe((TimeSpan.FromDays(7), TimeSpan.FromDays(30), TimeSpan.FromMinutes(15), TimeSpan.FromDays(90), TimeSpan.FromDays(365)));
        new DeadlineWatcherOptions().WarnWithWorkingDaysLeft.ShouldBe(1);
        var reachability = new ReachabilityOptions();
        (reachability.Timeout, reachability.CacheFor).ShouldBe((TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30)));
        (new AdminOptions().OperatorKey, new DevelopmentTenantOptions().Name, new SecretKeyOptions().KeyFile).ShouldBe(("", "development", "data/secret.key"));
        (new DatabaseOptions().Provider, new DatabaseOptions().ConnectionString).ShouldBe((DatabaseProvider.Sqlite, "Data Source=data/efactura.db"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("60")]
    public async Task An_expiry_warning_outside_ANAF_s_60_days_stops_the_start_naming_the_setting(string days)
    {
        var refused = await Should.ThrowAsync<OptionsValidationException>(async () =>
        {
            await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { [$"{ExpiryWatcherOptions.Section}:WarnDaysBefore"] = days });
        });

        refused.Failures.ShouldHaveSingleItem().ShouldBe("Efactura:Workers:ExpiryWatcher:WarnDaysBefore must be 1 to 59 days (ANAF keeps a message 60 days).");
        new ExpiryWatcherOptions().WarnDaysBefore.ShouldBe(10);
    }
}
