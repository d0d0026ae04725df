using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Requests;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Api.Incoming;

/// <summary>ANAF's SPV messages as the sync recorded them: list and get.</summary>
public static class MessagesApi
{
    private const string Tag = "SPV messages";

    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapGet("/messages", ListAsync)
            .WithTags(Tag)
            .WithName("listMessages")
            .WithSummary("ANAF's SPV messages, newest recorded first (?companyId= filter; cursor paging: ?cursor=&limit=)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/messages/{id}", GetAsync)
            .WithTags(Tag)
            .WithName("getMessage")
            .WithSummary("One SPV message")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<JsonOk<ListResponse<MessageResponse>>, ProblemAnswer>> ListAsync(string? companyId, string? cursor, string? limit, HttpContext http, SpvMessageRepository messages, CompanyRepository companies, CancellationToken cancellationToken)
    {
        if (RequestIds.TryQuery(companyId, "companyId", out var company) is { } bad) return bad;
        if (PageQuery.TryRead(cursor, limit, out var page) is { } badPage) return badPage;
        var tenantId = http.Tenant().Id;
        if (company is { } id && await companies.GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false) is null)
            return ApiProblem.NotFound($"There is no company {id}.");
        try
        {
            var found = await messages.ListAsync(tenantId, company, page, cancellationToken).ConfigureAwait(false);
            return new JsonOk<ListResponse<MessageResponse>>(new ListResponse<MessageResponse>([.. found.Items.Select(MessageResponse.From)], found.NextCursor));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor();
        }
    }

    private static async Task<Results<JsonOk<MessageResponse>, ProblemAnswer>> GetAsync(string id, HttpContext http, SpvMessageRepository messages, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "message", out var messageId) is { } bad) return bad;
        var message = await messages.GetAsync(http.Tenant().Id, messageId, cancellationToken).ConfigureAwait(false);
        return message is null ? ApiProblem.NotFound($"There is no message {messageId}.") : new JsonOk<MessageResponse>(MessageResponse.From(message));
    }
}
