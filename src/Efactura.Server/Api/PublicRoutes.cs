using Efactura.Server.Api.Connections;
using Efactura.Server.Api.Reference;

namespace Efactura.Server.Api;

/// <summary>
/// What the server answers without an API key besides <c>/healthz</c>: the OpenAPI document, the reference page, and
/// the ANAF consent's browser pages (ANAF's redirect and token links carry no API key).
/// </summary>
public static class PublicRoutes
{
    /// <summary>Adds the services these routes need (the consent itself is an application service).</summary>
    public static IServiceCollection AddEfacturaPublicRoutes(this IServiceCollection services)
    {
        services.AddEfacturaOpenApi();
        return services;
    }

    /// <summary>Maps <c>/openapi/v1.json</c>, <c>/docs</c>, <c>/v1/anaf/callback</c> and <c>/v1/anaf/token-links/{linkToken}</c>.</summary>
    public static IEndpointRouteBuilder MapEfacturaPublicRoutes(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(); // /openapi/{documentName}.json, i.e. OpenApiDocumentSetup.DocumentPath
        ReferencePage.Map(app);
        ConsentPages.Map(app);
        return app;
    }
}
