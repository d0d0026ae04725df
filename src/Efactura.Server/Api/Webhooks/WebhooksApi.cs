using Microsoft.AspNetCore.Http.HttpResults;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Requests;
using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Reference;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Webhooks;
using Efactura.Server.Workers.Webhooks;

namespace Efactura.Server.Api.Webhooks;

/// <summary>
/// Webhook subscriptions (DESIGN §4.4): subscribe with events and a secret, list, delete (deactivate), see each
/// subscription's deliveries, redeliver one. The dispatcher worker sends them.
/// </summary>
public static class WebhooksApi
{
    /// <summary>The shortest secret accepted from a client: 16 characters.</summary>
    public const int MinSecretLength = 16;

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

    private static async Task<Results<JsonCreated<WebhookResponse>, ProblemAnswer>> SubscribeAsync(HttpContext http, WebhookRepository webhooks, WebhookTargets targets, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadAsync<WebhookRequest>(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        if (Validate(body!) is { } invalid) return invalid;
        if (await targets.RefusalAsync(new Uri(body!.Url!), cancellationToken).ConfigureAwait(false) is { } refusal) return ApiProblem.BadRequest(refusal);
        var secret = body!.Secret ?? NewSecret();
        var subscription = await webhooks.SubscribeAsync(http.Tenant().Id, new Uri(body.Url!), secret, body.Events!, cancellationToken).ConfigureAwait(false);
        return new JsonCreated<WebhookResponse>(null, WebhookResponse.From(subscription) with { Secret = secret });
    }

    private static ProblemAnswer? Validate(WebhookRequest request)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return ApiProblem.BadRequest("url must be an absolute http or https address.");
        if (request.Events is not { Count: > 0 } events)
            return ApiProblem.BadRequest($"events must name at least one of: {string.Join(", ", EventTypes.Subscribable.Order(StringComparer.Ordinal))}.");
        var unknown = events.Where(e => e is null || !EventTypes.Subscribable.Contains(e)).ToList();
        if (unknown.Count > 0)
            return ApiProblem.BadRequest(
                $"Unknown event type(s) {string.Join(", ", unknown.Select(e => $"'{e}'"))}; known: {string.Join(", ", EventTypes.Subscribable.Order(StringComparer.Ordinal))}.");
        if (request.Secret is { } secret && secret.Trim().Length < MinSecretLength)
            return ApiProblem.BadRequest($"secret must have at least {MinSecretLength} characters (or leave it out to get a generated one).");
        return null;
    }

    private static async Task<JsonOk<ListResponse<WebhookResponse>>> ListAsync(HttpContext http, WebhookRepository webhooks, CancellationToken cancellationToken)
    {
        var subscriptions = await webhooks.ListSubscriptionsAsync(http.Tenant().Id, cancellationToken).ConfigureAwait(false);
        return new JsonOk<ListResponse<WebhookResponse>>(new ListResponse<WebhookResponse>([.. subscriptions.Select(WebhookResponse.From)]));
    }

    private static async Task<Results<NoContent, ProblemAnswer>> DeactivateAsync(string id, HttpContext http, WebhookRepository webhooks, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "webhook", out var subscriptionId) is { } bad) return bad;
        return await webhooks.DeactivateAsync(http.Tenant().Id, subscriptionId, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : ApiProblem.NotFound($"There is no active webhook {subscriptionId}.");
    }

    private static async Task<Results<JsonOk<ListResponse<DeliveryResponse>>, ProblemAnswer>> ListDeliveriesAsync(string id, string? cursor, string? limit, HttpContext http, WebhookRepository webhooks, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "webhook", out var subscriptionId) is { } bad) return bad;
        if (PageQuery.TryRead(cursor, limit, out var page) is { } badPage) return badPage;
        var tenantId = http.Tenant().Id;
        var subscriptions = await webhooks.ListSubscriptionsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (subscriptions.All(s => s.Id != subscriptionId)) return ApiProblem.NotFound($"There is no webhook {subscriptionId}.");
        try
        {
            var deliveries = await webhooks.ListDeliveriesAsync(tenantId, subscriptionId, page, cancellationToken).ConfigureAwait(false);
            return new JsonOk<ListResponse<DeliveryResponse>>(new ListResponse<DeliveryResponse>([.. deliveries.Items.Select(DeliveryResponse.From)], deliveries.NextCursor));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor();
        }
    }

    private static async Task<Results<Accepted, ProblemAnswer>> RedeliverAsync(string deliveryId, HttpContext http, WebhookRepository webhooks, CancellationToken cancellationToken)
    {
        if (!long.TryParse(deliveryId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return ApiProblem.NotFound($"There is no webhook delivery '{deliveryId}'.");
        return await webhooks.RedeliverAsync(http.Tenant().Id, id, cancellationToken).ConfigureAwait(false) switch
        {
            Redelivery.Queued => TypedResults.Accepted((string?)null),
            Redelivery.SubscriptionDeleted => ApiProblem.Conflict("subscription-deleted", $"Webhook delivery {id} belongs to a deleted subscription; nothing is sent to it any more."),
            _ => ApiProblem.NotFound($"There is no webhook delivery {id}."),
        };
    }

    // 256 random bits: as strong as the HMAC-SHA256 key can use.
    private static string NewSecret() => "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
