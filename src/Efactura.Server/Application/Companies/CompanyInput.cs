namespace Efactura.Server.Application.Companies;

/// <summary>A company as a user describes it to create or change it; a member left null is not sent.</summary>
/// <param name="Cui">Its fiscal code (CUI/CIF), with or without <c>RO</c>; required to create, never changed.</param>
/// <param name="Name">Its name; required to create.</param>
/// <param name="Settings">Its settings to change; null changes none.</param>
public sealed record CompanyInput(string? Cui, string? Name, CompanySettingsChanges? Settings);
