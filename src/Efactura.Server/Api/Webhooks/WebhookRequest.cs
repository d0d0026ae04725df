namespace Efactura.Server.Api.Webhooks;

/// <summary>The body of <c>POST /v1/webhooks</c>.</summary>
/// <param name="Url">The absolute http(s) address events are posted to.</param>
/// <param name="Events">The event types to receive (DESIGN §4.4), e.g. <c>invoice.accepted</c>.</param>
/// <param name="Secret">The signing secret (16 characters or more); generated when absent.</param>
public sealed record WebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Secret = null)
{
    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"WebhookRequest {{ Url = {Url}, Events = [{string.Join(", ", Events ?? [])}] }}";
}
