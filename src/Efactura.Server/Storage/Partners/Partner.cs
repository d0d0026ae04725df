namespace Efactura.Server.Storage.Partners;

/// <summary>A stored partner: a supplier of the company, as its newest received invoice describes it.</summary>
/// <param name="Id">The partner's id.</param>
/// <param name="CompanyId">The company it is a partner of.</param>
/// <param name="Details">The supplier's data.</param>
/// <param name="LastIssueDate">The issue date of the invoice the data comes from.</param>
/// <param name="CreatedAt">When the first invoice from it was received.</param>
/// <param name="UpdatedAt">When the data last changed.</param>
public sealed record Partner(Guid Id, Guid CompanyId, PartnerDetails Details, DateOnly LastIssueDate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
