using Efactura.Server.Storage.Dashboard;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary><c>/app/companies</c>: the companies the user may see, with connection state, token expiry and sync.</summary>
public sealed class CompaniesModel(DashboardSession session, DashboardRepository dashboard) : PageModel
{
    /// <summary>The companies, by name.</summary>
    public IReadOnlyList<CompanyOverview> Companies { get; private set; } = [];

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the list.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        Companies = await dashboard.CompaniesAsync(user.TenantId, DashboardSession.Companies(user), cancellationToken).ConfigureAwait(false);
        return Page();
    }
}
