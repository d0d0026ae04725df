namespace Efactura.Server.Application.Webhooks;

/// <summary>A subscription asked for, as typed (API body or dashboard form); <see cref="WebhookSubscriptions"/> judges it.</summary>
/// <param name="Url">The absolute http(s) address events are posted to.</param>
/// <param name="Events">The event types to receive (DESIGN §4.4), e.g. <c>invoice.accepted</c>.</param>
/// <param name="Secret">The signing secret (16 characters or more); generated when null.</param>
public sealed record WebhookSpec(string? Url, IReadOnlyList<string?>? Events, string? Secret = null)
{
    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"WebhookSpec {{ Url = {Url}, Events = [{string.Join(", ", Events ?? [])}] }}";
}
