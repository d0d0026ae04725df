using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Api.Partners;

/// <summary>A partner of a company: a supplier, as its newest received invoice describes it.</summary>
/// <param name="Id">Our id.</param>
/// <param name="CompanyId">The company it is a partner of.</param>
/// <param name="Identifier">The CUI (without <c>RO</c>), the CNP, or a foreign VAT number: one partner per identifier and company.</param>
/// <param name="VatNumber">The VAT number as the invoice wrote it (BT-31), when it had one.</param>
/// <param name="Name">The name (BT-27).</param>
/// <param name="Address">The address (BG-5).</param>
/// <param name="Iban">The first payment account the invoice named (BT-84).</param>
/// <param name="TradeRegister">The trade register number (BT-30 when it is one, else found in BT-33).</param>
/// <param name="LastInvoiceDate">The issue date of the invoice the data comes from.</param>
/// <param name="CreatedAt">When its first invoice was received.</param>
/// <param name="UpdatedAt">When its data last changed.</param>
public sealed record PartnerResponse(
    Guid Id, Guid CompanyId, string Identifier, string? VatNumber, string Name, PartnerAddress Address, string? Iban, string? TradeRegister,
    DateOnly LastInvoiceDate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The API shape of <paramref name="partner"/>.</summary>
    public static PartnerResponse From(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var d = partner.Details;
        return new(partner.Id, partner.CompanyId, d.Identifier, d.VatIdentifier, d.Name, new PartnerAddress(d.Street, d.City, d.County, d.PostalCode, d.CountryCode),
            d.Iban, d.TradeRegister, partner.LastIssueDate, partner.CreatedAt, partner.UpdatedAt);
    }
}

/// <summary>A partner's address.</summary>
/// <param name="Street">The address lines (BT-35, BT-36), joined.</param>
/// <param name="City">BT-37.</param>
/// <param name="County">BT-39, e.g. <c>RO-CJ</c>.</param>
/// <param name="PostalCode">BT-38.</param>
/// <param name="Country">BT-40, ISO 3166-1 alpha-2.</param>
public sealed record PartnerAddress(string? Street, string? City, string? County, string? PostalCode, string Country);
