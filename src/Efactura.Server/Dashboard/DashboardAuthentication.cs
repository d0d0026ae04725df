using System.Security.Claims;
using Efactura.Server.Storage.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Efactura.Server.Dashboard;

/// <summary>
/// The dashboard's cookie session, a scheme of its own (the API keeps its API keys): the cookie names the user only;
/// every request reads the user again (<see cref="DashboardSession"/>), so a reset or a changed assignment applies at once.
/// </summary>
public static class DashboardAuthentication
{
    /// <summary>The authentication scheme and the authorization policy of the dashboard.</summary>
    public const string Scheme = "efactura-dashboard";

    /// <summary>The claim holding the user's id.</summary>
    public const string UserIdClaim = "efactura:user";

    /// <summary>Opens a session for <paramref name="user"/>.</summary>
    public static Task SignInAsync(HttpContext http, DashboardUser user)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity([new Claim(UserIdClaim, user.Id.ToString("D")), new Claim(ClaimTypes.Name, user.Email)], Scheme);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Ends the session.</summary>
    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);

    /// <summary>The signed-in user's id, or null.</summary>
    public static Guid? UserId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal?.FindFirstValue(UserIdClaim), out var id) ? id : null;

    /// <summary>The cookie's settings: HTTP-only, SameSite strict, path <c>/app</c>, sliding expiry.</summary>
    public static void Configure(CookieAuthenticationOptions cookie, DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(options);
        cookie.Cookie.Name = "efactura-session";
        cookie.Cookie.Path = DashboardLinks.Root;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.LoginPath = DashboardLinks.Root + "/sign-in";
        cookie.LogoutPath = DashboardLinks.Root + "/sign-out";
        cookie.AccessDeniedPath = DashboardLinks.Root + "/sign-in";
        cookie.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
        cookie.SlidingExpiration = true;
    }
}
