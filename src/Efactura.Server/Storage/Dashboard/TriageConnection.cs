using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Storage.Dashboard;

/// <summary>A company's ANAF connection on the triage page.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="CompanyName">Its name.</param>
/// <param name="Status">active, expired or revoked.</param>
/// <param name="RefreshExpiresAt">When the refresh token (the connection) expires.</param>
/// <param name="LastError">The last refresh failure, if any.</param>
public sealed record TriageConnection(Guid CompanyId, string CompanyName, ConnectionStatus Status, DateTimeOffset RefreshExpiresAt, string? LastError);
