namespace Efactura.Server.Storage.Incoming;

/// <summary>A recorded ANAF message.</summary>
/// <param name="Id">Our id.</param>
/// <param name="TenantId">Whose it is.</param>
/// <param name="CompanyId">The company whose list it came from.</param>
/// <param name="AnafId">ANAF's message id.</param>
/// <param name="Type">ANAF's type text.</param>
/// <param name="Cif">The CIF.</param>
/// <param name="RequestId">ANAF's id_solicitare, if any.</param>
/// <param name="Details">ANAF's detail text.</param>
/// <param name="AnafCreatedAt">ANAF's creation time (UTC).</param>
/// <param name="DownloadAttempts">Download attempts so far.</param>
/// <param name="NextAttemptAt">When a download is due, or null.</param>
/// <param name="DownloadedAt">When it was downloaded, or null.</param>
/// <param name="CreatedAt">When we recorded it.</param>
public sealed record SpvMessage(
    Guid Id,
    Guid TenantId,
    Guid CompanyId,
    string AnafId,
    string Type,
    string Cif,
    string? RequestId,
    string Details,
    DateTimeOffset AnafCreatedAt,
    int DownloadAttempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DownloadedAt,
    DateTimeOffset CreatedAt);
