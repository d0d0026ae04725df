using Efactura.Core.CodeLists;
using Efactura.Core.Findings;
using Efactura.Server.Anaf;
using Efactura.Server.Application.Connections;
using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Application.Companies;

/// <summary>
/// Creates the tenant's companies and changes their names and settings (DESIGN §4.3), by <see cref="CompanyRules"/>.
/// Settings left out take the defaults (<c>Efactura:Anaf:DefaultEnvironment</c>, autoSend, no delay, sync 60 days
/// back); the <c>simulator</c> environment only where the server runs one. A company of the in-process simulator is
/// connected to it as soon as it is saved (<see cref="SimulatorConnector"/>).
/// </summary>
public sealed class CompanySetup(CompanyRepository companies, SimulatorConnector connector, AnafOptions anaf, SimulatorHost simulator)
{
    /// <summary>Creates a company; refused when a member is invalid (every finding) or the tenant has one with this CUI.</summary>
    public async Task<Outcome<Company>> CreateAsync(Guid tenantId, CompanyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = (input.Settings ?? CompanySettingsChanges.None).Over(Defaults);
        var findings = CompanyRules.ForCreate(input, settings);
        findings.AddRange(CompanyRules.ForEnvironment(settings, simulator.IsEnabled, "/settings"));
        if (findings.Count > 0) return Invalid("The company is not valid", findings);

        var cui = Cui.Normalize(input.Cui!);
        var created = await companies.CreateAsync(tenantId, cui, input.Name!.Trim(), settings, cancellationToken).ConfigureAwait(false);
        if (created is null)
        {
            var existing = await companies.FindByCuiAsync(tenantId, cui, cancellationToken).ConfigureAwait(false);
            return new Refusal.Conflict("duplicate-company", $"A company with CUI {cui} exists already: {(existing is null ? "" : ResourcePaths.Company(existing.Id))}.");
        }
        await connector.ConnectIfSimulatedAsync(created, cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>Changes a company's name and the settings <paramref name="input"/> names; the CUI never changes.</summary>
    public async Task<Outcome<Company>> UpdateAsync(Guid tenantId, Guid companyId, CompanyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var company = await companies.GetAsync(tenantId, companyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return Missing(companyId);
        var settings = (input.Settings ?? CompanySettingsChanges.None).Over(company.Settings);
        var findings = CompanyRules.ForUpdate(input, settings, company);
        if (input.Settings?.Environment is not null) findings.AddRange(CompanyRules.ForEnvironment(settings, simulator.IsEnabled, "/settings"));
        if (findings.Count > 0) return Invalid("The company is not valid", findings);
        return await SaveAsync(company, input.Name?.Trim() ?? company.Name, settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a company's settings: members of <paramref name="changes"/> left null take their defaults.</summary>
    public async Task<Outcome<Company>> ReplaceSettingsAsync(Guid tenantId, Guid companyId, CompanySettingsChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var company = await companies.GetAsync(tenantId, companyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return Missing(companyId);
        var settings = changes.Over(Defaults);
        var findings = CompanyRules.ForSettings(settings, "").Concat(CompanyRules.ForEnvironment(settings, simulator.IsEnabled, "")).ToList();
        if (findings.Count > 0) return Invalid("The settings are not valid", findings);
        return await SaveAsync(company, company.Name, settings, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Outcome<Company>> SaveAsync(Company company, string name, CompanySettings settings, CancellationToken cancellationToken)
    {
        var updated = await companies.UpdateAsync(company.TenantId, company.Id, name, settings, cancellationToken).ConfigureAwait(false);
        if (updated is null) return Missing(company.Id);
        await connector.ConnectIfSimulatedAsync(updated, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    private CompanySettings Defaults => new(anaf.DefaultEnvironment);

    private static Refusal.Missing Missing(Guid companyId) => new($"There is no company {companyId}.");

    private static Refusal.Invalid Invalid(string title, List<Finding> findings) =>
        new("invalid-company", title, $"{findings.Count} value(s) must be changed; each finding says which and how.", findings);
}
