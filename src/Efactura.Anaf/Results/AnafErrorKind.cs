namespace Efactura.Anaf.Results;

/// <summary>How a call failed; each documented way ANAF or the network can answer has its own kind.</summary>
public enum AnafErrorKind
{
    /// <summary>ANAF answered HTTP 200 with an error text (upload <c>Errors</c>, stareMesaj <c>Errors</c>, lists and descarcare <c>eroare</c>, validare <c>nok</c>); see <see cref="AnafError.Explanation"/>.</summary>
    Refused,

    /// <summary>HTTP 400, a missing parameter (Spring error body).</summary>
    BadRequest,

    /// <summary>HTTP 401 or 403: the token is missing, invalid or expired.</summary>
    Forbidden,

    /// <summary>HTTP 404.</summary>
    NotFound,

    /// <summary>HTTP 429 after the allowed waits: the 1000 calls per minute are used up.</summary>
    TooManyRequests,

    /// <summary>HTTP 5xx after the allowed retries.</summary>
    ServerError,

    /// <summary>Another HTTP status.</summary>
    UnexpectedStatus,

    /// <summary>HTTP 200 with the F5 firewall's "Request Rejected" HTML page.</summary>
    Firewall,

    /// <summary>A body that is none of ANAF's documented shapes (e.g. HTML, or not a ZIP where a ZIP was due).</summary>
    UnexpectedBody,

    /// <summary>No answer within the timeout.</summary>
    Timeout,

    /// <summary>The connection failed or broke.</summary>
    Network,

    /// <summary>The local quota limiter refused the call before sending it (a daily limit would be exceeded).</summary>
    QuotaExhausted,

    /// <summary>The OAuth server refused the code or refresh token (<c>invalid_grant</c>): the user must authorize again.</summary>
    InvalidGrant,

    /// <summary>Another OAuth error (<c>invalid_client</c>, <c>invalid_request</c>, …).</summary>
    OAuth,

    /// <summary>A downloaded ZIP is not what ANAF sends (entries, names, sizes).</summary>
    InvalidArchive,

    /// <summary>
    /// HTTP 204, no body where an answer was due. Odoo reads it as "You reached the limit of requests"
    /// (anaf-api.md §7; unconfirmed as ANAF behaviour), so it is not retried; an upload answered so has an unknown outcome.
    /// </summary>
    NoContent,
}
