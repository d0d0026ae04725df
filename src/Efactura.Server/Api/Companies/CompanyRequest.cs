using Efactura.Server.Application.Companies;

namespace Efactura.Server.Api.Companies;

/// <summary>The body of <c>POST /v1/companies</c> and <c>PATCH /v1/companies/{id}</c>; on PATCH every member is optional.</summary>
/// <param name="Cui">The fiscal code (CUI/CIF), with or without "RO"; required on create, fixed afterwards.</param>
/// <param name="Name">The company's name; required on create.</param>
/// <param name="Settings">How its invoices are handled; members left out keep their value (on create: the defaults).</param>
public sealed record CompanyRequest(string? Cui, string? Name, CompanySettingsRequest? Settings)
{
    /// <summary>The company this request describes.</summary>
    public CompanyInput ToInput() => new(Cui, Name, Settings?.ToChanges());
}
