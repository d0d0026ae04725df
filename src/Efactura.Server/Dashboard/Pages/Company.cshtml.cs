using Efactura.Server.Anaf;
using Efactura.Server.Api.Connections;
using Efactura.Server.Application;
using Efactura.Server.Application.Companies;
using Efactura.Server.Application.Connections;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/companies/{id}</c>: a company's settings and ANAF connection. Another tenant's company, or one not assigned to
/// an accountant, is not found (404), whoever types the URL.
/// </summary>
public sealed class CompanyModel(
    DashboardSession session, DashboardRepository dashboard, CompanyRepository companies, AnafConsent consent, AnafAuthorizationRepository authorizations,
    AnafOptions anaf, CompanySetup setup, SimulatorHost simulator) : PageModel
{
    /// <summary>The company with its connection.</summary>
    public CompanyOverview? Overview { get; private set; }

    /// <summary>True when the user may act on it.</summary>
    public bool MayAct { get; private set; }

    /// <summary>The settings form: the company's settings, or what was typed when they were refused.</summary>
    [BindProperty]
    public CompanySettingsForm Settings { get; set; } = new();

    /// <summary>The settings form's errors: field name → text key.</summary>
    public IReadOnlyDictionary<string, string> SettingsErrors { get; private set; } = new Dictionary<string, string>();

    /// <summary>True when the simulator environment may be chosen (the server runs it, or the company is in it).</summary>
    public bool SimulatorChoosable { get; private set; }

    /// <summary>What the last action said (after a redirect), or null.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the company.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (!DashboardSession.MaySee(user, id)) return NotFound();
        if (!await LoadAsync(user.TenantId, id, cancellationToken).ConfigureAwait(false)) return NotFound();
        MayAct = DashboardSession.MayAct(user, id);
        Settings = CompanySettingsForm.Of(Overview!.Company.Settings);
        return Page();
    }

    /// <summary>
    /// <c>POST …?handler=settings</c>: changes the settings through the same service as the API's
    /// <c>PATCH /v1/companies/{id}</c>; what is refused is shown next to its field (422) and nothing changes.
    /// </summary>
    public async Task<IActionResult> OnPostSettingsAsync(Guid id, CancellationToken cancellationToken)
    {
        var (company, refusal) = await ActOnAsync(id, cancellationToken).ConfigureAwait(false);
        if (company is null) return refusal!;
        var (changes, errors) = Settings.Changes();
        IEnumerable<Efactura.Core.Findings.Finding> findings;
        if (errors.Count == 0)
        {
            var outcome = await setup.UpdateAsync(company.TenantId, company.Id, new CompanyInput(null, null, changes), cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                Notice = Text["settingsSaved"];
                return RedirectToPage(new { id });
            }
            if (outcome.Refusal is not Refusal.Invalid invalid) return NotFound();
            findings = invalid.Findings;
        }
        else
        {
            // Some values cannot be read: the others are checked by the same rules, so every error shows at once.
            var readable = changes.Over(company.Settings);
            findings = CompanyRules.ForSettings(readable, "/settings").Concat(CompanyRules.ForEnvironment(readable, simulator.IsEnabled, "/settings"));
        }
        foreach (var (field, key) in findings.Select(CompanySettingsForm.ErrorOf)) errors.TryAdd(field, key);
        if (!await LoadAsync(company.TenantId, id, cancellationToken).ConfigureAwait(false)) return NotFound();
        MayAct = true;
        SettingsErrors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid tenantId, Guid id, CancellationToken cancellationToken)
    {
        Overview = (await dashboard.CompaniesAsync(tenantId, [id], cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        SimulatorChoosable = simulator.IsEnabled || Overview?.Company.Settings.Environment == AnafEnvironment.Simulator;
        return Overview is not null;
    }

    /// <summary><c>POST …?handler=connect</c>: starts the ANAF consent here (redirect to ANAF's certificate login).</summary>
    public async Task<IActionResult> OnPostConnectAsync(Guid id, CancellationToken cancellationToken)
    {
        var (company, refusal) = await ActOnAsync(id, cancellationToken).ConfigureAwait(false);
        if (company is null) return refusal!;
        if (await consent.NotConfiguredReasonAsync(company.Settings.Environment, company.TenantId).ConfigureAwait(false) is { } reason)
        {
            Notice = $"{Text["refused"]}: {reason}";
            return RedirectToPage(new { id });
        }
        var authorize = await consent.StartAsync(company, ConsentAddresses.RedirectUri(Request, anaf), null, cancellationToken).ConfigureAwait(false);
        return Redirect(authorize.AbsoluteUri);
    }

    /// <summary><c>POST …?handler=tokenlink</c>: makes a one-time link that connects the company from another device.</summary>
    public async Task<IActionResult> OnPostTokenLinkAsync(Guid id, CancellationToken cancellationToken)
    {
        var (company, refusal) = await ActOnAsync(id, cancellationToken).ConfigureAwait(false);
        if (company is null) return refusal!;
        if (await consent.NotConfiguredReasonAsync(company.Settings.Environment, company.TenantId).ConfigureAwait(false) is { } reason)
        {
            Notice = $"{Text["refused"]}: {reason}";
            return RedirectToPage(new { id });
        }
        var link = await authorizations.CreateTokenLinkAsync(company.TenantId, company.Id, AnafConsent.TokenLinkLifetime, cancellationToken).ConfigureAwait(false);
        if (link is null) return NotFound();
        Notice = $"{Text["tokenLinkMade"]} {ConsentAddresses.PublicBase(Request, anaf)}/v1/anaf/token-links/{link.Value}";
        return RedirectToPage(new { id });
    }

    // The session's user may act on the company: else not found (not theirs) or forbidden (a viewer).
    private async Task<(Company? Company, IActionResult? Refusal)> ActOnAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return (null, Challenge(DashboardAuthentication.Scheme));
        if (!DashboardSession.MaySee(user, id)) return (null, NotFound());
        if (!DashboardSession.MayAct(user, id)) return (null, Forbid(DashboardAuthentication.Scheme));
        var company = await companies.GetAsync(user.TenantId, id, cancellationToken).ConfigureAwait(false);
        return company is null ? (null, NotFound()) : (company, null);
    }
}
