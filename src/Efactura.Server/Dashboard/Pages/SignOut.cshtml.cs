using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary><c>POST /app/sign-out</c>: ends the session.</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Nothing to show: back to the triage page.</summary>
    public IActionResult OnGet() => LocalRedirect(DashboardLinks.Root);

    /// <summary>Ends the session and shows the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await DashboardAuthentication.SignOutAsync(HttpContext).ConfigureAwait(false);
        return LocalRedirect(DashboardLinks.Root + "/sign-in");
    }
}
