namespace Efactura.Server.Observability;

/// <summary>Names the ANAF operation a request goes to, from its path (anaf-api.md §1–§6), for metrics.</summary>
public static class AnafOperation
{
    private const string RestSegment = "/FCTEL/rest/";

    /// <summary>
    /// <c>upload</c>, <c>uploadb2c</c>, <c>stareMesaj</c>, <c>listaMesajeFactura</c>, <c>listaMesajePaginatieFactura</c>,
    /// <c>descarcare</c>, <c>validare</c>, <c>transformare</c>, <c>token</c>, <c>authorize</c>, <c>validateSignature</c>;
    /// <c>other</c> for anything else (so a label never carries data from the URL).
    /// </summary>
    public static string Of(Uri? uri)
    {
        if (uri is null) return "other";
        var path = uri.AbsolutePath;
        var rest = path.IndexOf(RestSegment, StringComparison.Ordinal);
        if (rest >= 0)
        {
            var operation = path[(rest + RestSegment.Length)..].Split('/')[0];
            return Known.Contains(operation) ? operation : "other";
        }
        if (path.EndsWith("/anaf-oauth2/v1/token", StringComparison.Ordinal)) return "token";
        if (path.EndsWith("/anaf-oauth2/v1/authorize", StringComparison.Ordinal)) return "authorize";
        if (path.EndsWith("/api/validate/signature", StringComparison.Ordinal)) return "validateSignature";
        return "other";
    }

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "upload", "uploadb2c", "stareMesaj", "listaMesajeFactura", "listaMesajePaginatieFactura", "descarcare", "validare", "transformare",
    };
}
