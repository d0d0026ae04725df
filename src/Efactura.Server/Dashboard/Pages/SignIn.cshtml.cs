using Efactura.Server.Storage.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary><c>/app/sign-in</c>: email and password; a failure is counted (lockout) and opens no session.</summary>
[AllowAnonymous]
public sealed class SignInModel(UserRepository users) : PageModel
{
    /// <summary>The email typed.</summary>
    [BindProperty]
    public string Email { get; set; } = "";

    /// <summary>The password typed (never shown again).</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Where to go after signing in (a dashboard path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the credentials; a session opens only when they match and the user is not locked out.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await users.SignInAsync(Email, Password, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == SignInOutcome.SignedIn)
        {
            await DashboardAuthentication.SignInAsync(HttpContext, result.User!).ConfigureAwait(false);
            return LocalRedirect(SafeReturn(ReturnUrl));
        }
        Error = result.Outcome == SignInOutcome.LockedOut ? Text["lockedOut"] : Text["signInFailed"];
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary><paramref name="returnUrl"/> when it is a dashboard path on this server, else the triage page.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith(DashboardLinks.Root, StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal) && !returnUrl.Contains("://", StringComparison.Ordinal)
            ? returnUrl : DashboardLinks.Root;
}
