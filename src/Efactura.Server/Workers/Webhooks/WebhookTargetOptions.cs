using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Workers.Webhooks;

/// <summary>Where webhooks may be sent; section <c>Efactura:Webhooks</c>.</summary>
public sealed class WebhookTargetOptions : IValidatableObject
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Webhooks";

    /// <summary>
    /// Hosts (names or addresses, as written in the URL) that may receive webhooks although they are, or resolve to,
    /// a loopback, private, link-local, unique-local, metadata or multicast address: a receiver beside the gateway on
    /// the operator's own network. Default none: every such target is refused.
    /// </summary>
    /// <value>None.</value>
    public IReadOnlyList<string> AllowedHosts { get; set; } = [];

    /// <summary>Each allowed host is a bare host name or address: no scheme, path, port or blank.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < AllowedHosts.Count; i++)
        {
            var host = AllowedHosts[i];
            if (string.IsNullOrWhiteSpace(host) || host.Contains("://", StringComparison.Ordinal) || host.Contains('/', StringComparison.Ordinal))
                yield return new ValidationResult(
                    $"{Section}:AllowedHosts:{i} must be a host name or address as written in the URL (e.g. \"receiver.internal\" or \"10.0.0.5\"), not '{host}'.",
                    [nameof(AllowedHosts)]);
        }
    }
}
