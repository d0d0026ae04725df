namespace Efactura.Server.Workers.Webhooks;

/// <summary>A webhook's host is, or resolves only to, internal addresses (<see cref="WebhookTargets"/>): nothing was sent.</summary>
public sealed class InternalTargetException(string message) : Exception(message);
