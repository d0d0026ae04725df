namespace Efactura.Server.Storage.Connections;

/// <summary>A company's ANAF connection as the API shows it: state and expiry, never the tokens.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="TenantId">Its tenant.</param>
/// <param name="Status">Whether it can be used.</param>
/// <param name="AccessExpiresAt">When the access token expires.</param>
/// <param name="RefreshExpiresAt">When the refresh token expires.</param>
/// <param name="TokenVersion">Grows by one with every stored pair; the compare-and-set value of a rotation.</param>
/// <param name="LastError">The last refresh failure, if any.</param>
/// <param name="ConnectedAt">When the company connected (the last OAuth consent).</param>
/// <param name="UpdatedAt">When the row last changed.</param>
public sealed record AnafConnection(
    Guid CompanyId,
    Guid TenantId,
    ConnectionStatus Status,
    DateTimeOffset AccessExpiresAt,
    DateTimeOffset RefreshExpiresAt,
    int TokenVersion,
    string? LastError,
    DateTimeOffset ConnectedAt,
    DateTimeOffset UpdatedAt);
