using Microsoft.AspNetCore.Http.HttpResults;
using System.Globalization;
using Efactura.Server.Application;
using Efactura.Server.Application.Webhooks;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Requests;
using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Reference;
using Efactura.Server.Storage;

namespace Efactura.Server.Api.Webhooks;

/// <summary>
/// Webhook subscriptions (DESIGN §4.4): subscribe with events and a secret, list, delete (deactivate), see each
/// subscription's deliveries, redeliver one. The dispatcher worker sends them.
/// </summary>
public static class WebhooksApi
{
    private const string Tag = "Webhooks";

    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapPost("/webhooks", SubscribeAsync)
            .WithTags(Tag)
            .WithName("createWebhook")
            .WithSummary("Subscribes an endpoint to events")
            .WithDescription("The answer carries the signing secret once (generated when the request names none).")
            .Accepts<WebhookRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        v1.MapGet("/webhooks", ListAsync)
            .WithTags(Tag)
            .WithName("listWebhooks")
            .WithSummary("The tenant's webhook subscriptions, oldest first")
;
        v1.MapDelete("/webhooks/{id}", DeactivateAsync)
            .WithTags(Tag)
            .WithName("deleteWebhook")
            .WithSummary("Deactivates a subscription: no new deliveries, its pending ones cancelled; past deliveries stay visible")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/webhooks/{id}/deliveries", ListDeliveriesAsync)
            .WithTags(Tag)
            .WithName("listWebhookDeliveries")
            .WithSummary("A subscription's deliveries, newest first (cursor paging: ?cursor=&limit=)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapPost("/webhooks/deliveries/{deliveryId}/redeliver", RedeliverAsync)
            .WithTags(Tag)
            .WithName("redeliverWebhook")
            .WithSummary("Queues a delivery again, due now (also a dead-lettered one)")
            .TakesNoBody()
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<JsonCreated<WebhookResponse>, ProblemAnswer>> SubscribeAsync(HttpContext http, WebhookSubscriptions webhooks, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadAsync<WebhookRequest>(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        var outcome = await webhooks.SubscribeAsync(http.Tenant().Id, new WebhookSpec(body!.Url, body.Events, body.Secret), cancellationToken).ConfigureAwait(false);
        if (outcome.Value is not { } created) return Problem(outcome.Refusal!);
        return new JsonCreated<WebhookResponse>(null, WebhookResponse.From(created.Subscription) with { Secret = created.Secret });
    }

    private static async Task<JsonOk<ListResponse<WebhookResponse>>> ListAsync(HttpContext http, WebhookSubscriptions webhooks, CancellationToken cancellationToken)
    {
        var subscriptions = await webhooks.ListAsync(http.Tenant().Id, cancellationToken).ConfigureAwait(false);
        return new JsonOk<ListResponse<WebhookResponse>>(new ListResponse<WebhookResponse>([.. subscriptions.Select(WebhookResponse.From)]));
    }

    private static async Task<Results<NoContent, ProblemAnswer>> DeactivateAsync(string id, HttpContext http, WebhookSubscriptions webhooks, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "webhook", out var subscriptionId) is { } bad) return bad;
        return await webhooks.DeactivateAsync(http.Tenant().Id, subscriptionId, cancellationToken).ConfigureAwait(false) is { } refusal
            ? Problem(refusal)
            : TypedResults.NoContent();
    }

    private static async Task<Results<JsonOk<ListResponse<DeliveryResponse>>, ProblemAnswer>> ListDeliveriesAsync(string id, string? cursor, string? limit, HttpContext http, WebhookSubscriptions webhooks, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "webhook", out var subscriptionId) is { } bad) return bad;
        if (PageQuery.TryRead(cursor, limit, out var page) is { } badPage) return badPage;
        try
        {
            var outcome = await webhooks.DeliveriesAsync(http.Tenant().Id, subscriptionId, page, cancellationToken).ConfigureAwait(false);
            if (outcome.Value is not { } deliveries) return Problem(outcome.Refusal!);
            return new JsonOk<ListResponse<DeliveryResponse>>(new ListResponse<DeliveryResponse>([.. deliveries.Items.Select(DeliveryResponse.From)], deliveries.NextCursor));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor();
        }
    }

    private static async Task<Results<Accepted, ProblemAnswer>> RedeliverAsync(string deliveryId, HttpContext http, WebhookSubscriptions webhooks, CancellationToken cancellationToken)
    {
        if (!long.TryParse(deliveryId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return ApiProblem.NotFound($"There is no webhook delivery '{deliveryId}'.");
        return await webhooks.RedeliverAsync(http.Tenant().Id, id, cancellationToken).ConfigureAwait(false) is { } refusal
            ? Problem(refusal)
            : TypedResults.Accepted((string?)null);
    }

    // A subscription that breaks a rule is a bad request (400, as this API has always answered); the rest as usual.
    private static ProblemAnswer Problem(Refusal refusal) =>
        refusal is Refusal.Invalid invalid ? ApiProblem.BadRequest(invalid.Detail) : ApiProblem.For(refusal);
}
