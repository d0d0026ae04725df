using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Api.Companies;

/// <summary>A company as the API shows it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Cui">Its fiscal code, digits without "RO".</param>
/// <param name="Name">Its name.</param>
/// <param name="Settings">How its invoices are handled.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Links">Where its related resources are.</param>
public sealed record CompanyResponse(
    Guid Id, string Cui, string Name, CompanySettings Settings, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, CompanyLinks Links)
{
    /// <summary>The API shape of <paramref name="company"/>.</summary>
    public static CompanyResponse From(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var self = CompaniesApi.PathOf(company.Id);
        return new(company.Id, company.Cui, company.Name, company.Settings, company.CreatedAt, company.UpdatedAt,
            new CompanyLinks(self, self + "/anaf", $"/v1/invoices?companyId={company.Id}"));
    }
}

/// <summary>A company's related resources.</summary>
/// <param name="Self">The company.</param>
/// <param name="Anaf">Its ANAF connection state.</param>
/// <param name="Invoices">Its invoices.</param>
public sealed record CompanyLinks(string Self, string Anaf, string Invoices);
