using Efactura.Server.Storage.Tenants;
using Efactura.Server.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/api-keys</c>, the owner's alone (anyone else: not found, also when typing the URL): the tenant's API keys
/// (prefix, name, scope, created, expiry, revoked), a new one (its text shown in that one answer; only its hash is
/// stored, <see cref="ApiKeys"/>), and revoking one behind a confirmation.
/// </summary>
public sealed class ApiKeysModel(DashboardSession session, TenantRepository tenants, TimeProvider time) : PageModel
{
    /// <summary>The longest name: 100 characters.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The name typed in the form.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The scope chosen in the form.</summary>
    [BindProperty]
    public ApiKeyScope Scope { get; set; } = ApiKeyScope.Write;

    /// <summary>The tenant's keys, oldest first.</summary>
    public IReadOnlyList<ApiKeyInfo> Keys { get; private set; } = [];

    /// <summary>The key just made, with its text: set only in the answer to the form, never stored for later.</summary>
    public IssuedApiKey? Created { get; private set; }

    /// <summary>Why the form was refused, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Now, to tell expired keys.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>What the last action said (after a redirect), or null.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the keys.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (user, refusal) = await OwnerAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return refusal!;
        Keys = await tenants.ListApiKeysAsync(user.TenantId, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary><c>POST …?handler=create</c>: issues a key; the answer shows it once.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var (user, refusal) = await OwnerAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return refusal!;
        var name = Name?.Trim() ?? "";
        if (name.Length > MaxNameLength || !Enum.IsDefined(Scope))
        {
            Error = $"{Text["refused"]}: {Text["nameLong"]}";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            Created = await tenants.IssueApiKeyAsync(user.TenantId, new ApiKeySpec(name, Scope), cancellationToken).ConfigureAwait(false);
            Name = null;
            Scope = ApiKeyScope.Write;
            // The key is in this answer only: no cache keeps it.
            Response.Headers.CacheControl = "no-store";
        }
        Keys = await tenants.ListApiKeysAsync(user.TenantId, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary><c>POST …?handler=revoke</c> with <c>key</c>: the key stops working at once.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid key, CancellationToken cancellationToken)
    {
        var (user, refusal) = await OwnerAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return refusal!;
        if (!await tenants.RevokeApiKeyAsync(user.TenantId, key, cancellationToken).ConfigureAwait(false)) return NotFound();
        Notice = Text["done"];
        return RedirectToPage();
    }

    // The owner; anyone else finds nothing here.
    private async Task<(DashboardUser? User, IActionResult? Refusal)> OwnerAsync(CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return (null, Challenge(DashboardAuthentication.Scheme));
        return DashboardOwnership.IsOwner(user) ? (user, null) : (null, NotFound());
    }
}
