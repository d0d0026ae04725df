namespace Efactura.Server.Storage.Connections;

/// <summary>Whether a company's ANAF connection can be used.</summary>
public enum ConnectionStatus
{
    /// <summary>Tokens are valid (or refreshable).</summary>
    Active,

    /// <summary>The refresh token died or was refused: the company must connect again.</summary>
    Expired,

    /// <summary>Disconnected on purpose.</summary>
    Revoked,
}
