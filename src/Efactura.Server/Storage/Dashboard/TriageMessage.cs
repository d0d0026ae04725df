namespace Efactura.Server.Storage.Dashboard;

/// <summary>An ANAF message not downloaded yet, near its deletion by ANAF.</summary>
/// <param name="Id">The stored message.</param>
/// <param name="CompanyId">The company.</param>
/// <param name="CompanyName">Its name.</param>
/// <param name="Type">ANAF's type (FACTURA PRIMITA, ...).</param>
/// <param name="AnafCreatedAt">When ANAF made it: ANAF deletes it 60 days later.</param>
/// <param name="DownloadAttempts">Download attempts so far.</param>
public sealed record TriageMessage(Guid Id, Guid CompanyId, string CompanyName, string Type, DateTimeOffset AnafCreatedAt, int DownloadAttempts);
