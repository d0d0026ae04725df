using Efactura.Server.Anaf;

namespace Efactura.Server.Api.Connections;

/// <summary>The addresses of the consent: the callback ANAF sends the browser back to, and the base of token links.</summary>
public static class ConsentAddresses
{
    /// <summary>The callback's path, the same with or without a configured redirect URI.</summary>
    public const string CallbackPath = "/v1/anaf/callback";

    /// <summary>
    /// <see cref="AnafOptions.RedirectUri"/> (what is registered at ANAF), or, when it is empty, this request's own
    /// base address plus <see cref="CallbackPath"/> (right for the simulator and for a server reached directly).
    /// </summary>
    public static string RedirectUri(HttpRequest request, AnafOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return options.RedirectUri.Length > 0 ? options.RedirectUri : RequestBase(request) + CallbackPath;
    }

    /// <summary>
    /// Where browsers reach this server: the configured redirect URI without <see cref="CallbackPath"/> when it ends
    /// so (the server's public address behind a proxy), else this request's base address.
    /// </summary>
    public static string PublicBase(HttpRequest request, AnafOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return options.RedirectUri.EndsWith(CallbackPath, StringComparison.Ordinal)
            ? options.RedirectUri[..^CallbackPath.Length]
            : RequestBase(request);
    }

    private static string RequestBase(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
