using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary><c>POST /app/language</c>: switches between Romanian and English (a cookie) and goes back.</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    /// <summary>Nothing to show: back to the triage page.</summary>
    public IActionResult OnGet() => LocalRedirect(DashboardLinks.Root);

    /// <summary>Stores the choice for a year.</summary>
    public IActionResult OnPost([FromForm] string? language, [FromForm] string? returnUrl)
    {
        Response.Cookies.Append(DashboardText.CookieName, language == "en" ? "en" : "ro", new CookieOptions
        {
            Path = DashboardLinks.Root,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return LocalRedirect(SignInModel.SafeReturn(returnUrl));
    }
}
