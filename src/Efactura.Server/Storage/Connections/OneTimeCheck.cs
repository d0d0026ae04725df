namespace Efactura.Server.Storage.Connections;

/// <summary>What became of a one-time value (an OAuth state or a token link) when it came back.</summary>
public enum OneTimeCheck
{
    /// <summary>Known, unused and not expired: it was accepted (and, for a state, spent).</summary>
    Valid,

    /// <summary>Never handed out by this server (or purged long ago).</summary>
    Unknown,

    /// <summary>Handed out, but its time ran out.</summary>
    Expired,

    /// <summary>Already used once.</summary>
    Used,

    /// <summary>The state is fine, but the token link it was started from has connected the company already.</summary>
    LinkUsed,
}
