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

    /// <summary>HTTP 502 from the gateway in front of the API, which did not reach it: nothing is done.</summary>
    BadGateway,

    /// <summary>HTTP 200 with the F5 firewall's HTML "Request Rejected" page (anaf-api.md §1.1).</summary>
    Firewall,

    /// <summary>Do the work (an upload is accepted and stored), then drop the connection without answering.</summary>
    DropResponse,

    /// <summary>HTTP 204 with no body, which Odoo reads as "limit of requests reached" (anaf-api.md §7, unconfirmed as ANAF behaviour).</summary>
    NoContent,

    /// <summary>Do the work, then label a JSON answer <c>text/plain</c>, as limit errors were seen to arrive (anaf-api.md §5.3).</summary>
    PlainTextJson,
}
