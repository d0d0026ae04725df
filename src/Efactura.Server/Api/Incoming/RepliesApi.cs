using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Requests;
using Efactura.Server.Application;
using Efactura.Server.Application.Incoming;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Api.Invoices;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Api.Incoming;

/// <summary>
/// The buyer's replies (RASP, anaf-api.md §10): those a company sends about received invoices (send one, list them),
/// and those a company receives about its own invoices (listed with the invoice, or all of them).
/// </summary>
public static class RepliesApi
{
    private const string Tag = "Incoming invoices";

    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapPost("/incoming/{id}/replies", SendAsync)
            .WithTags(Tag)
            .WithName("replyToIncomingInvoice")
            .WithSummary("Sends the buyer's message about a received invoice to its supplier through ANAF (upload standard=RASP)")
            .WithDescription("Counts against ANAF's 1000 RASP uploads a day per CIF (429 when they are used). The reply names the invoice by the upload index ANAF listed it with.")
            .Accepts<ReplyRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        v1.MapGet("/incoming/{id}/replies", ListAsync)
            .WithTags(Tag)
            .WithName("listIncomingInvoiceReplies")
            .WithSummary("The replies sent about a received invoice, oldest first, each with the SPV message ANAF listed for it once synced")
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/invoices/{id}/replies", ListForInvoiceAsync)
            .WithTags("Invoices")
            .WithName("listInvoiceReplies")
            .WithSummary("The buyers' replies (RASP, SPV messages MESAJ CUMPARATOR) received about an invoice, oldest first (cursor paging: ?cursor=&limit=)")
            .WithDescription("The incoming sync downloads each buyer's message and links it to the company's invoice whose upload index (index_incarcare) it names. None before ANAF gave the invoice an index.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/replies", ListReceivedAsync)
            .WithTags("Invoices")
            .WithName("listReceivedReplies")
            .WithSummary("Every buyer's reply the companies received, newest first (?companyId=; ?unlinked=true: only those naming an upload index none of the company's invoices has; cursor paging)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<JsonOk<ListResponse<ReceivedReplyResponse>>, ProblemAnswer>> ListForInvoiceAsync(
        string id, string? cursor, string? limit, HttpContext http, InvoiceReplies replies, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "invoice", out var invoiceId) is { } bad) return bad;
        if (PageQuery.TryRead(cursor, limit, out var page) is { } badPage) return badPage;
        try
        {
            return Listed(await replies.ForInvoiceAsync(http.Tenant().Id, invoiceId, page, cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor();
        }
    }

    private static async Task<Results<JsonOk<ListResponse<ReceivedReplyResponse>>, ProblemAnswer>> ListReceivedAsync(
        string? companyId, string? unlinked, string? cursor, string? limit, HttpContext http, InvoiceReplies replies, CancellationToken cancellationToken)
    {
        if (RequestIds.TryQuery(companyId, "companyId", out var company) is { } bad) return bad;
        if (PageQuery.TryRead(cursor, limit, out var page) is { } badPage) return badPage;
        if (!bool.TryParse(string.IsNullOrEmpty(unlinked) ? "false" : unlinked, out var unlinkedOnly))
            return ApiProblem.BadRequest($"unlinked must be true or false, not '{unlinked}'.");
        try
        {
            return Listed(await replies.ListAsync(http.Tenant().Id, company, unlinkedOnly, page, cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor();
        }
    }

    private static Results<JsonOk<ListResponse<ReceivedReplyResponse>>, ProblemAnswer> Listed(Outcome<Page<ReceivedReply>> found) =>
        found.Value is { } page
            ? new JsonOk<ListResponse<ReceivedReplyResponse>>(new ListResponse<ReceivedReplyResponse>([.. page.Items.Select(ReceivedReplyResponse.From)], page.NextCursor))
            : ApiProblem.For(found.Refusal!);

    private static async Task<Results<JsonCreated<ReplyResponse>, ProblemAnswer>> SendAsync(
        string id, HttpContext http, IncomingInvoiceRepository incoming, BuyerReplies replies, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "incoming invoice", out var incomingId) is { } bad) return bad;
        var tenantId = http.Tenant().Id;
        // Another tenant's invoice is "not found" whatever the body says.
        if (await incoming.GetAsync(tenantId, incomingId, cancellationToken).ConfigureAwait(false) is null)
            return ApiProblem.NotFound($"There is no incoming invoice {incomingId}.");
        var (body, problem) = await RequestBody.ReadAsync<ReplyRequest>(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        var sent = await replies.SendAsync(tenantId, incomingId, body!.Text, cancellationToken).ConfigureAwait(false);
        if (sent.Refusal is Refusal.Conflict { Reason: BuyerReplies.DailyLimitReason } limit)
            return ApiProblem.Create(StatusCodes.Status429TooManyRequests, limit.Reason, "ANAF's daily limit of buyer messages is reached", limit.Detail);
        if (!sent.Succeeded) return ApiProblem.For(sent.Refusal!);
        return new JsonCreated<ReplyResponse>($"/v1/incoming/{incomingId}/replies", ReplyResponse.From(sent.Value!));
    }

    private static async Task<Results<JsonOk<ListResponse<ReplyResponse>>, ProblemAnswer>> ListAsync(
        string id, HttpContext http, BuyerReplies replies, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "incoming invoice", out var incomingId) is { } bad) return bad;
        var found = await replies.ListAsync(http.Tenant().Id, incomingId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded) return ApiProblem.For(found.Refusal!);
        return new JsonOk<ListResponse<ReplyResponse>>(new ListResponse<ReplyResponse>([.. found.Value!.Select(ReplyResponse.From)], null));
    }
}
