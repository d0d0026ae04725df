using Efactura.Server.Application;
using Efactura.Server.Application.Webhooks;
using Efactura.Server.Storage.Users;
using Efactura.Server.Storage.Webhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/webhooks</c>: the tenant's webhook subscriptions with each one's latest delivery; the owner subscribes a new
/// address (its signing secret shown in that one answer, never again) and deletes one behind a confirmation, through
/// the same <see cref="WebhookSubscriptions"/> the API calls. A viewer reads; an accountant finds nothing here (404)
/// (<see cref="DashboardOwnership"/>).
/// </summary>
public sealed class WebhooksModel(DashboardSession session, WebhookSubscriptions webhooks) : PageModel
{
    /// <summary>The address typed in the form.</summary>
    [BindProperty]
    public string? Address { get; set; }

    /// <summary>The events ticked in the form.</summary>
    [BindProperty]
    public List<string> Events { get; set; } = [];

    /// <summary>The tenant's subscriptions, oldest first.</summary>
    public IReadOnlyList<WebhookSubscription> Subscriptions { get; private set; } = [];

    /// <summary>Each subscription's latest delivery.</summary>
    public IReadOnlyDictionary<Guid, WebhookDelivery> Latest { get; private set; } = new Dictionary<Guid, WebhookDelivery>();

    /// <summary>True for the owner: the form and the delete actions are shown.</summary>
    public bool MayManage { get; private set; }

    /// <summary>The subscription just made, with its secret: set only in the answer to the form, never stored for later.</summary>
    public NewWebhook? Created { get; private set; }

    /// <summary>Why the form was refused, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>What the last action said (after a redirect), or null.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the subscriptions.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (!DashboardOwnership.MaySeeWebhooks(user)) return NotFound();
        await LoadAsync(user, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary><c>POST …?handler=create</c>: subscribes the address; the answer shows the secret once.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var (user, refusal) = await OwnerAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return refusal!;
        var outcome = await webhooks.SubscribeAsync(user.TenantId, new WebhookSpec(Address?.Trim(), Events), cancellationToken).ConfigureAwait(false);
        if (outcome.Value is { } created)
        {
            Created = created;
            Address = null;
            Events = [];
            // The secret is in this answer only: no cache keeps it.
            Response.Headers.CacheControl = "no-store";
        }
        else
        {
            Error = $"{Text["refused"]}: {outcome.Refusal!.Detail}";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        await LoadAsync(user, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary><c>POST …?handler=delete</c> with <c>subscription</c>: deletes (deactivates) it.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid subscription, CancellationToken cancellationToken)
    {
        var (user, refusal) = await OwnerAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return refusal!;
        var refused = await webhooks.DeactivateAsync(user.TenantId, subscription, cancellationToken).ConfigureAwait(false);
        if (refused is Refusal.Missing) return NotFound();
        Notice = Text["done"];
        return RedirectToPage();
    }

    private async Task LoadAsync(DashboardUser user, CancellationToken cancellationToken)
    {
        MayManage = DashboardOwnership.IsOwner(user);
        Subscriptions = await webhooks.ListAsync(user.TenantId, cancellationToken).ConfigureAwait(false);
        Latest = await webhooks.LatestDeliveriesAsync(user.TenantId, cancellationToken).ConfigureAwait(false);
    }

    // The owner, else not found (an accountant) or forbidden (a viewer).
    private async Task<(DashboardUser? User, IActionResult? Refusal)> OwnerAsync(CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return (null, Challenge(DashboardAuthentication.Scheme));
        if (!DashboardOwnership.MaySeeWebhooks(user)) return (null, NotFound());
        if (!DashboardOwnership.IsOwner(user)) return (null, Forbid(DashboardAuthentication.Scheme));
        return (user, null);
    }
}
