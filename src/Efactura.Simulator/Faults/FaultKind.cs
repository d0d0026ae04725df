namespace Efactura.Simulator.Faults;

/// <summary>The failures the simulator can inject, each one a thing ANAF or the network in front of it does.</summary>
public enum FaultKind
{
    /// <summary>Do the work at once, answer late (real time, not the simulator's clock: it is the network that is slow).</summary>
    Latency,

    /// <summary>HTTP 429, as when the 1000 calls per minute are used up.</summary>
    TooManyRequests,

    /// <summary>HTTP 500.</summary>
    InternalServerError,

    /// <summary>HTTP 503.</summary>
    ServiceUnavailable,

    /// <summary>HTTP 200 with the F5 firewall's HTML "Request Rejected" page (anaf-api.md §1.1).</summary>
    Firewall,

    /// <summary>Do the work (an upload is accepted and stored), then drop the connection without answering.</summary>
    DropResponse,
}
