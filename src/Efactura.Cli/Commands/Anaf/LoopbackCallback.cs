using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>
/// The OAuth callback on this machine (RFC 8252 §7.3, loopback redirect): listens on the redirect URI's
/// loopback address and port until the browser brings the authorization code back.
/// </summary>
internal sealed class LoopbackCallback : IDisposable
{
    private readonly HttpListener _listener;

    private LoopbackCallback(HttpListener listener, Uri redirectUri)
    {
        _listener = listener;
        RedirectUri = redirectUri;
    }

    /// <summary>The redirect URI to register and send, with the port actually listened on.</summary>
    public Uri RedirectUri { get; }

    /// <summary>Starts listening for <paramref name="requested"/>, which must be http on a loopback host; port 0 takes a free port.</summary>
    public static LoopbackCallback Start(Uri requested)
    {
        if (requested.Scheme != Uri.UriSchemeHttp || !requested.IsLoopback)
            throw new UsageException($"the redirect URI must be http on this machine (127.0.0.1, localhost or [::1]) to receive the code: {requested}");
        var port = requested.Port == 0 ? FreePort() : requested.Port;
        var redirect = new UriBuilder(requested) { Port = port }.Uri;
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://{redirect.Authority}/");
        try
        {
            listener.Start();
        }
        catch (HttpListenerException e)
        {
            throw new UsageException($"cannot listen on {redirect.Authority} for the login callback: {e.Message}");
        }
        return new LoopbackCallback(listener, redirect);
    }

    /// <summary>Waits for the browser's request to the redirect URI; other paths get 404 and are ignored.</summary>
    public async Task<CallbackAnswer> WaitAsync(CancellationToken cancellationToken)
    {
        // GetContextAsync takes no token: stopping the listener ends the wait.
        await using var stop = cancellationToken.Register(_listener.Stop);
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested && e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            if (context.Request.Url?.AbsolutePath != RedirectUri.AbsolutePath)
            {
                await RespondAsync(context, HttpStatusCode.NotFound, "Not the login callback.");
                continue;
            }
            var query = HttpUtility.ParseQueryString(context.Request.Url.Query);
            var answer = new CallbackAnswer(query["code"], query["state"], query["error"] ?? (query["code"] is null ? "no code in the callback" : null));
            await RespondAsync(context, HttpStatusCode.OK, answer.Error is null
                ? "Logged in: efactura received the authorization. You can close this window."
                : "Login failed: " + answer.Error);
            return answer;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Close();

    private static async Task RespondAsync(HttpListenerContext context, HttpStatusCode status, string message)
    {
        var body = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>efactura</title></head><body><p>{WebUtility.HtmlEncode(message)}</p></body></html>");
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>What the browser brought back to the callback.</summary>
/// <param name="Code">The authorization code.</param>
/// <param name="State">The state echoed back, when the server echoes it.</param>
/// <param name="Error">Why there is no code.</param>
internal sealed record CallbackAnswer(string? Code, string? State, string? Error);
