using Efactura.Server.Application;
using Efactura.Server.Application.Webhooks;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Webhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/webhooks/{id}</c>: a subscription and its deliveries, newest first, <see cref="PageSize"/> a page; the owner
/// redelivers one behind a confirmation, as the API's redeliver does (<see cref="WebhookSubscriptions.RedeliverAsync"/>).
/// Another tenant's subscription is not found; so is every subscription for an accountant (<see cref="DashboardOwnership"/>).
/// </summary>
public sealed class WebhookModel(DashboardSession session, WebhookSubscriptions webhooks) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>Where the page starts (the previous page's last row).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>The subscription.</summary>
    public WebhookSubscription Subscription { get; private set; } = null!;

    /// <summary>This page's deliveries.</summary>
    public Page<WebhookDelivery> Deliveries { get; private set; } = new([], null);

    /// <summary>True for the owner: redeliver is offered.</summary>
    public bool MayManage { get; private set; }

    /// <summary>What the last action said (after a redirect), or null.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the subscription and a page of its deliveries.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (!DashboardOwnership.MaySeeWebhooks(user)) return NotFound();
        var subscription = await webhooks.GetAsync(user.TenantId, id, cancellationToken).ConfigureAwait(false);
        if (subscription is null) return NotFound();
        Subscription = subscription;
        MayManage = DashboardOwnership.IsOwner(user);
        try
        {
            var outcome = await webhooks.DeliveriesAsync(user.TenantId, id, new PageRequest(After, PageSize), cancellationToken).ConfigureAwait(false);
            if (outcome.Value is not { } deliveries) return NotFound();
            Deliveries = deliveries;
        }
        catch (InvalidCursorException)
        {
            return BadRequest();
        }
        return Page();
    }

    /// <summary><c>POST …?handler=redeliver</c> with <c>delivery</c>: queues that delivery again, due now.</summary>
    public async Task<IActionResult> OnPostRedeliverAsync(Guid id, long delivery, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (!DashboardOwnership.MaySeeWebhooks(user)) return NotFound();
        if (!DashboardOwnership.IsOwner(user)) return Forbid(DashboardAuthentication.Scheme);
        var refused = await webhooks.RedeliverAsync(user.TenantId, delivery, cancellationToken).ConfigureAwait(false);
        if (refused is Refusal.Missing) return NotFound();
        Notice = refused is null ? Text["done"] : $"{Text["refused"]}: {refused.Detail}";
        return RedirectToPage(new { id });
    }
}
