using Efactura.Server.Storage.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/set-password?token=…</c>: the one-time link printed by <c>users create|reset</c>; setting the password uses the
/// link up and opens a session.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserRepository users) : PageModel
{
    /// <summary>The link's token.</summary>
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    /// <summary>The new password.</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Whose link it is, or null when it does not work.</summary>
    public string? Email { get; private set; }

    /// <summary>What went wrong, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Shows the form when the link works.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Email = (await users.FindByLinkAsync(Token, cancellationToken).ConfigureAwait(false))?.Email;
        if (Email is null)
        {
            Error = Text["linkInvalid"];
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>Sets the password and signs the user in.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var owner = await users.FindByLinkAsync(Token, cancellationToken).ConfigureAwait(false);
        if (owner is null)
        {
            Error = Text["linkInvalid"];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (Password.Length < UserRepository.MinPasswordLength)
        {
            Email = owner.Email;
            Error = Text["passwordShort"];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var user = await users.SetPasswordAsync(Token, Password, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            Error = Text["linkInvalid"];
            return Page();
        }
        await DashboardAuthentication.SignInAsync(HttpContext, user).ConfigureAwait(false);
        return LocalRedirect(DashboardLinks.Root);
    }
}
