namespace Efactura.Anaf;

/// <summary>
/// Where each part of ANAF's API lives (anaf-api.md §1.1, §1.2): OAuth on logincert.anaf.ro, the
/// authenticated e-Factura API on api.anaf.ro, validare/transformare without authentication on
/// webservicesp.anaf.ro (production only), and signature validation at the host root.
/// </summary>
/// <param name="OAuth">The OAuth base, ending in <c>/anaf-oauth2/v1/</c>.</param>
/// <param name="Api">The e-Factura base, ending in <c>/FCTEL/rest/</c>.</param>
/// <param name="Public">The base of validare and transformare, ending in <c>/FCTEL/rest/</c>.</param>
/// <param name="SignatureValidation">The full address of <c>/api/validate/signature</c>.</param>
public sealed record AnafEndpoints(Uri OAuth, Uri Api, Uri Public, Uri SignatureValidation)
{
    private static readonly Uri OAuthHost = new("https://logincert.anaf.ro/anaf-oauth2/v1/");
    private static readonly Uri PublicProduction = new("https://webservicesp.anaf.ro/prod/FCTEL/rest/");
    private static readonly Uri SignatureHost = new("https://webservicesp.anaf.ro/api/validate/signature");

    /// <summary>ANAF's test environment; validare and transformare exist only in production, so they point there.</summary>
    public static AnafEndpoints Test { get; } = new(OAuthHost, new Uri("https://api.anaf.ro/test/FCTEL/rest/"), PublicProduction, SignatureHost);

    /// <summary>ANAF's production environment.</summary>
    public static AnafEndpoints Production { get; } = new(OAuthHost, new Uri("https://api.anaf.ro/prod/FCTEL/rest/"), PublicProduction, SignatureHost);

    /// <summary>
    /// The efactura simulator at <paramref name="root"/>, which serves every part on one host (the public host's
    /// validare and transformare below <c>webservicesp/</c>); its test environment signs ZIPs the enveloped way, its
    /// production environment the detached way.
    /// </summary>
    public static AnafEndpoints Simulator(Uri root, bool production = false)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new(new Uri(root, "anaf-oauth2/v1/"), new Uri(root, production ? "prod/FCTEL/rest/" : "test/FCTEL/rest/"),
            new Uri(root, "webservicesp/prod/FCTEL/rest/"), new Uri(root, "api/validate/signature"));
    }
}
