namespace Efactura.Server.Storage.Webhooks;

/// <summary>A tenant's webhook endpoint and the events it wants (the secret is stored encrypted and not shown).</summary>
/// <param name="Id">Its id.</param>
/// <param name="TenantId">Whose it is.</param>
/// <param name="Url">Where events are posted.</param>
/// <param name="Events">The subscribed event types.</param>
/// <param name="Active">False once deactivated: no new deliveries.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record WebhookSubscription(Guid Id, Guid TenantId, Uri Url, IReadOnlyList<string> Events, bool Active, DateTimeOffset CreatedAt);
