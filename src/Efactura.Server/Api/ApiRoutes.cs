using Efactura.Server.Api.Archive;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Companies;
using Efactura.Server.Api.Invoices;
using Efactura.Server.Api.Connections;
using Efactura.Server.Api.Incoming;
using Efactura.Server.Api.Partners;
using Efactura.Server.Api.Sync;
using Efactura.Server.Api.Webhooks;

namespace Efactura.Server.Api;

/// <summary>The REST API (DESIGN §4.3): every resource under <c>/v1</c>, behind the API key filter.</summary>
public static class ApiRoutes
{
    /// <summary>Maps every <c>/v1</c> endpoint.</summary>
    public static RouteGroupBuilder MapEfacturaApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1").AddEndpointFilter<ApiKeyFilter>();
        // One line per resource; each resource maps its endpoints in its own folder.
        CompaniesApi.Map(v1);
        InvoicesApi.Map(v1);
        ConnectionsApi.Map(v1);
        WebhooksApi.Map(v1);
        IncomingApi.Map(v1);
        MessagesApi.Map(v1);
        RepliesApi.Map(v1);
        SyncApi.Map(v1);
        ArchiveApi.Map(v1);
        PartnersApi.Map(v1);
        return v1;
    }
}
