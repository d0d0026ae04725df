namespace Efactura.Server.Storage.Companies;

/// <summary>A company (an ANAF taxpayer) a tenant sends and receives invoices for.</summary>
/// <param name="Id">The company's id.</param>
/// <param name="TenantId">The tenant it belongs to.</param>
/// <param name="Cui">Its fiscal code (CUI/CIF), digits without the RO prefix.</param>
/// <param name="Name">Its name.</param>
/// <param name="Settings">How its invoices are handled.</param>
/// <param name="NextSyncAt">When the incoming sync is next due, or null when sync is off.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Company(
    Guid Id,
    Guid TenantId,
    string Cui,
    string Name,
    CompanySettings Settings,
    DateTimeOffset? NextSyncAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
