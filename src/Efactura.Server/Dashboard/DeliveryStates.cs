using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Dashboard;

/// <summary>How the dashboard colours a webhook delivery's status (the invoice states' colours: done, waiting, failed).</summary>
public static class DeliveryStates
{
    /// <summary>The CSS class of <paramref name="status"/>.</summary>
    public static string Css(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Delivered => "state-accepted",
        DeliveryStatus.Dead => "state-failed",
        _ => "state-queued",
    };
}
