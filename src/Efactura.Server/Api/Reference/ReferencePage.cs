using System.Text;

namespace Efactura.Server.Api.Reference;

/// <summary>
/// The API reference page at <c>/docs</c>: one self-contained HTML file (no CDN, works offline) that reads
/// <c>/openapi/v1.json</c> and lists every operation with its parameters, request and response schemas, and a
/// "try it" form that sends the request with the API key typed into the page.
/// </summary>
public static class ReferencePage
{
    /// <summary>Where the page is served.</summary>
    public const string Path = "/docs";

    private static readonly Lazy<byte[]> Html = new(Load);

    /// <summary>Maps <c>GET /docs</c> (no API key: the page holds no data; its requests carry the key typed in).</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, () => TypedResults.Bytes(Html.Value, "text/html; charset=utf-8")).ExcludeFromDescription();
    }

    private static byte[] Load()
    {
        using var stream = typeof(ReferencePage).Assembly.GetManifestResourceStream("reference/reference.html")
            ?? throw new InvalidOperationException("the reference page is not embedded in the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Encoding.UTF8.GetBytes(reader.ReadToEnd());
    }
}
