using Efactura.Server.Application;
using Efactura.Server.Application.Users;
using Efactura.Server.Storage.Dashboard;
using Efactura.Server.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/users</c>, the owner's: the tenant's users (role, assigned companies, state, last sign-in); add one, change
/// role and companies, a new one-time password link, disable, enable, delete, through the same service as the
/// server's <c>users</c> command (<see cref="UserAdministration"/>). A new link is shown on the answer page once (not
/// kept in a cookie). The last enabled owner is never demoted, disabled or deleted. Anyone else is refused as a viewer
/// acting on a company is (forbidden), also when typing the URL.
/// </summary>
public sealed class UsersModel(DashboardSession session, UserAdministration administration, DashboardRepository dashboard) : PageModel
{
    /// <summary>The tenant's users, oldest first.</summary>
    public IReadOnlyList<DashboardUser> Users { get; private set; } = [];

    /// <summary>The tenant's companies by id (names for the assignments, choices for the forms).</summary>
    public IReadOnlyList<(Guid Id, string Name)> Companies { get; private set; } = [];

    /// <summary>The signed-in owner.</summary>
    public DashboardUser? Me { get; private set; }

    /// <summary>The email typed in the add form.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The role chosen in a form: <c>owner</c>, <c>accountant</c> or <c>viewer</c>.</summary>
    [BindProperty]
    public string? Role { get; set; }

    /// <summary>The companies ticked in a form (an accountant's).</summary>
    [BindProperty]
    public List<Guid> CompanyIds { get; set; } = [];

    /// <summary>A new one-time link made by this request (add or reset), shown once.</summary>
    public IssuedUserLink? Link { get; private set; }

    /// <summary>The add form's errors: field name (<c>email</c>, <c>role</c>, <c>companies</c>) → text key.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Why the last change was refused (text key), or null.</summary>
    public string? Refused { get; private set; }

    /// <summary>What the last action said (after a redirect), or null.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Lists the users.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var refusal = await OwnerAsync(cancellationToken).ConfigureAwait(false);
        return refusal ?? await ShowAsync(StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST ?handler=create</c>: adds a user and shows their one-time link.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (await OwnerAsync(cancellationToken).ConfigureAwait(false) is { } refusal) return refusal;
        if (ParseRole(Role) is not { } role)
        {
            Errors = new Dictionary<string, string> { ["role"] = "roleInvalid" };
            return await ShowAsync(StatusCodes.Status422UnprocessableEntity, cancellationToken).ConfigureAwait(false);
        }
        var outcome = await administration.CreateAsync(Me!.TenantId, Email, role, CompanyIds, cancellationToken).ConfigureAwait(false);
        if (outcome.Value is { } issued)
        {
            Link = issued;
            Email = null;
            Role = null;
            CompanyIds = [];
            return await ShowAsync(StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);
        }
        Errors = outcome.Refusal switch
        {
            Refusal.Conflict => new Dictionary<string, string> { ["email"] = "emailTaken" },
            Refusal.Invalid invalid => invalid.Findings.Select(f => f.Field?.TrimStart('/') ?? "").Distinct()
                .ToDictionary(field => field, field => field switch { "email" => "emailInvalid", "role" => "roleInvalid", _ => "companyUnknown" }, StringComparer.Ordinal),
            _ => new Dictionary<string, string> { ["email"] = "emailInvalid" },
        };
        return await ShowAsync(StatusCodes.Status422UnprocessableEntity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /app/users/{id}?handler=change</c>: a new role and (an accountant's) companies.</summary>
    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnerAsync(cancellationToken).ConfigureAwait(false) is { } refusal) return refusal;
        if (ParseRole(Role) is not { } role) return await RefuseAsync("roleInvalid", StatusCodes.Status422UnprocessableEntity, cancellationToken).ConfigureAwait(false);
        var outcome = await administration.ChangeAsync(Me!.TenantId, id, role, CompanyIds, cancellationToken).ConfigureAwait(false);
        return await DoneAsync(outcome, "userSaved", cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /app/users/{id}?handler=reset</c>: a new one-time link (the password stops working), shown once.</summary>
    public async Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnerAsync(cancellationToken).ConfigureAwait(false) is { } refusal) return refusal;
        var outcome = await administration.ResetAsync(Me!.TenantId, id, cancellationToken).ConfigureAwait(false);
        if (outcome.Value is null) return NotFound();
        Link = outcome.Value;
        return await ShowAsync(StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /app/users/{id}?handler=disable</c>: no more sign-ins; the session ends at its next request.</summary>
    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        await OwnerAsync(cancellationToken).ConfigureAwait(false) ?? await DoneAsync(
            await administration.SetDisabledAsync(Me!.TenantId, id, disabled: true, cancellationToken).ConfigureAwait(false), "userDisabledDone", cancellationToken)
            .ConfigureAwait(false);

    /// <summary><c>POST /app/users/{id}?handler=enable</c>: may sign in again.</summary>
    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken) =>
        await OwnerAsync(cancellationToken).ConfigureAwait(false) ?? await DoneAsync(
            await administration.SetDisabledAsync(Me!.TenantId, id, disabled: false, cancellationToken).ConfigureAwait(false), "userEnabledDone", cancellationToken)
            .ConfigureAwait(false);

    /// <summary><c>POST /app/users/{id}?handler=delete</c>: deletes the user.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await OwnerAsync(cancellationToken).ConfigureAwait(false) ?? await DoneAsync(
            await administration.DeleteAsync(Me!.TenantId, id, cancellationToken).ConfigureAwait(false), "userDeleted", cancellationToken).ConfigureAwait(false);

    /// <summary>The role's text key, e.g. <c>role.accountant</c>.</summary>
    public static string RoleKey(DashboardRole role) => "role." + role.ToString().ToLowerInvariant();

    // Owners only: anyone else gets what a viewer acting on a company gets.
    private async Task<IActionResult?> OwnerAsync(CancellationToken cancellationToken)
    {
        Me = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (Me is null) return Challenge(DashboardAuthentication.Scheme);
        return DashboardOwnership.IsOwner(Me) ? null : Forbid(DashboardAuthentication.Scheme);
    }

    private async Task<IActionResult> DoneAsync(Outcome<DashboardUser> outcome, string notice, CancellationToken cancellationToken)
    {
        switch (outcome.Refusal)
        {
            case null:
                Notice = Text[notice];
                return LocalRedirect(DashboardLinks.Root + "/users");
            case Refusal.Conflict { Reason: UserAdministration.LastOwnerReason }:
                return await RefuseAsync("lastOwner", StatusCodes.Status409Conflict, cancellationToken).ConfigureAwait(false);
            case Refusal.Invalid:
                return await RefuseAsync("companyUnknown", StatusCodes.Status422UnprocessableEntity, cancellationToken).ConfigureAwait(false);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> RefuseAsync(string reason, int status, CancellationToken cancellationToken)
    {
        Refused = reason;
        return await ShowAsync(status, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IActionResult> ShowAsync(int status, CancellationToken cancellationToken)
    {
        Users = await administration.ListAsync(Me!.TenantId, cancellationToken).ConfigureAwait(false);
        Companies = [.. (await dashboard.CompaniesAsync(Me.TenantId, null, cancellationToken).ConfigureAwait(false)).Select(c => (c.Company.Id, c.Company.Name))];
        Response.StatusCode = status;
        return Page();
    }

    private static DashboardRole? ParseRole(string? role) => role switch
    {
        "owner" => DashboardRole.Owner,
        "accountant" => DashboardRole.Accountant,
        "viewer" => DashboardRole.Viewer,
        _ => null,
    };
}
