namespace Efactura.Server.Workers.Webhooks;

/// <summary>Where webhooks may be sent; section <c>Efactura:Webhooks</c>.</summary>
public sealed class WebhookTargetOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Webhooks";

    /// <summary>
    /// Hosts (names or addresses, as written in the URL) that may receive webhooks although they are, or resolve to,
    /// a loopback, private, link-local, unique-local, metadata or multicast address: a receiver beside the gateway on
    /// the operator's own network. Default none: every such target is refused.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; set; } = [];
}
