using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>
/// <c>efactura anaf login</c>: the OAuth authorization-code flow (anaf-api.md §1.3). Opens the authorize
/// address in a browser (where the qualified certificate is), receives the code on a loopback callback,
/// exchanges it and stores the token pair encrypted (<see cref="TokenStore"/>).
/// </summary>
internal static class LoginCommand
{
    public static Command Create(CliConsole console, AnafOptions anaf)
    {
        var redirect = new Option<string?>("--redirect-uri")
        {
            Description = "The callback registered for your application; it must be http on 127.0.0.1 or localhost, where efactura listens. " +
                "Default: $EFACTURA_REDIRECT_URI; for the simulator http://127.0.0.1:<free port>/callback.",
        };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Only print the address to open, do not start a browser." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the browser to come back.", DefaultValueFactory = _ => 300 };
        var command = new Command("login", "Log in to ANAF with your qualified certificate (in a browser) and store the tokens encrypted for later commands.")
        {
            redirect, noBrowser, timeout,
        };
        AnafAction.Set(command, console, async (result, cancellationToken) =>
        {
            var target = anaf.Target(result);
            var (clientId, clientSecret) = anaf.Client(result, target);
            var requested = result.GetValue(redirect) ?? Environment.GetEnvironmentVariable("EFACTURA_REDIRECT_URI")
                ?? (target.IsSimulator ? "http://127.0.0.1:0/callback" : throw new UsageException("--redirect-uri is required: give the callback registered for your application"));
            if (!Uri.TryCreate(requested, UriKind.Absolute, out var requestedUri)) throw new UsageException($"--redirect-uri is not an absolute URI: {requested}");
            using var callback = LoopbackCallback.Start(requestedUri);
            using var connection = new AnafConnection(target, anaf.Clock);
            var oauth = connection.OAuthClient(clientId, clientSecret, callback.RedirectUri.ToString());
            var state = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            var authorize = oauth.BuildAuthorizeUri(state);
            await console.Error.WriteLineAsync($"Open this address in the browser that has your certificate, and log in:\n  {authorize}");
            if (!result.GetValue(noBrowser)) TryOpenBrowser(authorize);

            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(TimeSpan.FromSeconds(result.GetValue(timeout)));
            CallbackAnswer answer;
            try
            {
                answer = await callback.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await console.Error.WriteLineAsync("efactura: the browser did not come back in time; run login again.");
                return ExitCodes.InvalidInput;
            }
            // ANAF's guide leaves state empty, so it may not echo it; when it comes back it must be ours.
            if (answer.Error is null && answer.State is not null && answer.State != state) answer = answer with { Error = "the state does not match this login" };
            if (answer.Error is not null)
            {
                await console.Error.WriteLineAsync($"efactura: login failed: {answer.Error}");
                return ExitCodes.InvalidInput;
            }

            var tokens = await oauth.ExchangeCodeAsync(answer.Code!, cancellationToken);
            if (!tokens.IsSuccess)
            {
                await AnafErrorPrinter.PrintAsync(console.Error, tokens.Error);
                return ExitCodes.InvalidInput;
            }
            var store = anaf.Store(result);
            await store.SaveAsync(target.StoreKey, new StoredLogin(clientId, clientSecret, callback.RedirectUri.ToString(),
                tokens.Value.AccessToken, tokens.Value.RefreshToken, tokens.Value.AccessExpiresAt, tokens.Value.RefreshExpiresAt), cancellationToken);
            await console.Output.WriteLineAsync($"Logged in to {target.Name}. Access token valid until {tokens.Value.AccessExpiresAt:yyyy-MM-dd HH:mm} UTC, " +
                $"refresh token until {tokens.Value.RefreshExpiresAt:yyyy-MM-dd}; stored encrypted in {store.PathOf(target.StoreKey)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void TryOpenBrowser(Uri address)
    {
        try
        {
            using var browser = Process.Start(new ProcessStartInfo(address.ToString()) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            // No browser here (a server, a container): the address is printed above.
        }
    }
}
