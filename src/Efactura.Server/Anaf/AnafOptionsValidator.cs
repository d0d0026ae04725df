using Efactura.Server.Hosting;
using Efactura.Server.Storage.Companies;
using Microsoft.Extensions.Options;

namespace Efactura.Server.Anaf;

/// <summary>
/// What <see cref="AnafOptions"/> must hold before the server starts. Outside Development the application registered
/// in ANAF's portal is required (client id, secret, an https redirect URI): without it no company can connect, so the
/// server refuses to start half-configured and names each missing key (docs/production.md says where they come from).
/// </summary>
public sealed class AnafOptionsValidator(ServerMode mode) : IValidateOptions<AnafOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AnafOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string at = AnafOptions.Section + ":";
        if (!mode.IsDevelopment && !mode.SimulatorEnabled)
        {
            if (string.IsNullOrWhiteSpace(options.ClientId))
                failures.Add($"{at}ClientId is missing: the client id ANAF's portal gave the application you registered (docs/production.md).");
            if (string.IsNullOrWhiteSpace(options.ClientSecret))
                failures.Add($"{at}ClientSecret is missing: the client secret of that registration.");
            if (string.IsNullOrWhiteSpace(options.RedirectUri))
                failures.Add($"{at}RedirectUri is missing: the callback registered at ANAF, https://<this server's public name>/v1/anaf/callback.");
        }
        if (!string.IsNullOrWhiteSpace(options.RedirectUri))
        {
            if (!Uri.TryCreate(options.RedirectUri, UriKind.Absolute, out var redirect) || redirect.Scheme is not ("https" or "http"))
                failures.Add($"{at}RedirectUri '{options.RedirectUri}' is not an absolute URL (https://<host>/v1/anaf/callback).");
            else if (redirect.Scheme != Uri.UriSchemeHttps && !mode.IsDevelopment && !redirect.IsLoopback)
                failures.Add($"{at}RedirectUri must be https (ANAF sends the authorization code to it): '{options.RedirectUri}'.");
        }
        if (options.DefaultEnvironment == AnafEnvironment.Simulator && !mode.SimulatorEnabled)
            failures.Add($"{at}DefaultEnvironment is 'simulator' but the simulator is off here: set {ServerMode.SimulatorEnabledKey}=true, or choose Test or Prod.");
        if (options.QuotaMargin is < 0 or > 0.5m)
            failures.Add($"{at}QuotaMargin is {options.QuotaMargin}; it must be between 0 and 0.5.");
        if (options.CallsPerMinute < 1)
            failures.Add($"{at}CallsPerMinute is {options.CallsPerMinute}; it must be at least 1 (ANAF's published limit is 1000).");
        if (options.Timeout <= TimeSpan.Zero)
            failures.Add($"{at}Timeout is {options.Timeout}; it must be positive.");
        for (var i = 0; i < options.ProductionSigners.Count; i++)
            if (AnafClients.ConfiguredSigner(options.ProductionSigners[i], i) is null)
                failures.Add($"{at}ProductionSigners:{i} is not a PEM certificate (-----BEGIN CERTIFICATE----- ...).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
