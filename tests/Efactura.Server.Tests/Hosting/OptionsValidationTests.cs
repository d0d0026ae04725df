using Efactura.Server.Workers.Incoming;
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
