using Efactura.Server.Storage.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/companies/{id}</c>: a company's settings and ANAF connection. Another tenant's company, or one not assigned to
/// an accountant, is not found (404), whoever types the URL.
/// </summary>
public sealed class CompanyModel(DashboardSession session, DashboardRepository dashboard) : PageModel
{
    /// <summary>The company with its connection.</summary>
    public CompanyOverview? Overview { get; private set; }

    /// <summary>True when the user may act on it.</summary>
    public bool MayAct { get; private set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the company.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (!DashboardSession.MaySee(user, id)) return NotFound();
        Overview = (await dashboard.CompaniesAsync(user.TenantId, [id], cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        if (Overview is null) return NotFound();
        MayAct = DashboardSession.MayAct(user, id);
        return Page();
    }
}
