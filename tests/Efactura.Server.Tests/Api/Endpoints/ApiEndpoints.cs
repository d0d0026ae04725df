using System.Text.RegularExpressions;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Efactura.Server.Tests.Api.Endpoints;

/// <summary>One operation of the running server, as its endpoint list (<see cref="EndpointDataSource"/>) has it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Pattern">The route pattern, e.g. <c>/v1/invoices/{id}/documents/{kind}</c>.</param>
/// <param name="ReadsOnly">Marked <see cref="ReadsOnlyMetadata"/>: a read key may call it.</param>
public sealed partial record ApiEndpoint(string Method, string Pattern, bool ReadsOnly)
{
    /// <summary>Every <c>/v1</c> operation the server maps (the public consent pages included), in a stable order.</summary>
    public static IReadOnlyList<ApiEndpoint> All(TestServer server) =>
        [.. server.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m =>
                new ApiEndpoint(m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<ReadsOnlyMetadata>() is not null)))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)];

    /// <summary>True for GET and HEAD.</summary>
    public bool IsRead => Method is "GET" or "HEAD";

    /// <summary>The route's parameter names.</summary>
    public IReadOnlyList<string> Parameters => [.. Parameter().Matches(Pattern).Select(m => m.Groups[1].Value)];

    /// <summary>The path with each parameter replaced by <paramref name="value"/>'s answer for it (relative, no leading slash).</summary>
    public string PathWith(Func<string, string> value) => Parameter().Replace(Pattern, m => Uri.EscapeDataString(value(m.Groups[1].Value))).TrimStart('/');

    /// <summary>A request for this operation with <paramref name="path"/> and a JSON <paramref name="body"/> (none for GET/HEAD/DELETE).</summary>
    public HttpRequestMessage Request(string path, string body)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), path);
        if (Method is not ("GET" or "HEAD" or "DELETE")) request.Content = ApiCalls.Json(body);
        return request;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Pattern}";

    [GeneratedRegex(@"\{([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
