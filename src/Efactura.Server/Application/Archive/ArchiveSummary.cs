namespace Efactura.Server.Application.Archive;

/// <summary>The head of the archive's JSON index: whose archive, which period, made when.</summary>
/// <param name="CompanyName">The company's name.</param>
/// <param name="Cui">Its fiscal code.</param>
/// <param name="From">The first issue date included.</param>
/// <param name="To">The last issue date included.</param>
/// <param name="CreatedAt">When the archive was made.</param>
public sealed record ArchiveSummary(string CompanyName, string Cui, DateOnly From, DateOnly To, DateTimeOffset CreatedAt);
