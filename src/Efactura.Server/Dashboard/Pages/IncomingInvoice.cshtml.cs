using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Server.Application.Incoming;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Partners;
using Efactura.Server.Workers.Incoming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/incoming/{id}</c>: a received invoice: supplier and buyer, number, dates, totals, VAT, lines, its documents,
/// the partner it recorded, and the buyer's replies (RASP) sent about it, with a form to send one (behind a
/// confirmation; not for a viewer) through the same service as <c>POST /v1/incoming/{id}/replies</c>. An invoice of a
/// company the user may not see is not found (404), also when the URL is typed.
/// </summary>
public sealed class IncomingInvoiceModel(
    DashboardSession session, IncomingInvoiceRepository incoming, CompanyRepository companies, DocumentRepository documents, PartnerRepository partners,
    BuyerReplies replies) : PageModel
{
    /// <summary>The stored invoice.</summary>
    public IncomingInvoice Stored { get; private set; } = null!;

    /// <summary>The invoice as stored in the JSON contract, or null when it cannot be read back.</summary>
    public Invoice? Invoice { get; private set; }

    /// <summary>The receiving company.</summary>
    public Company? Company { get; private set; }

    /// <summary>The partner the supplier became, or null.</summary>
    public Partner? Partner { get; private set; }

    /// <summary>The documents stored for it.</summary>
    public IReadOnlyList<StoredDocument> Documents { get; private set; } = [];

    /// <summary>The replies sent about it, oldest first.</summary>
    public IReadOnlyList<IncomingReply> Replies { get; private set; } = [];

    /// <summary>True when the user may send a reply.</summary>
    public bool MayAct { get; private set; }

    /// <summary>The reply's text.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The text waiting for its confirmation (the form's second step), or null.</summary>
    public string? Pending { get; private set; }

    /// <summary>Why the reply was not sent, or null.</summary>
    public string? Refused { get; private set; }

    /// <summary>What the last action said (after a redirect), or null.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The page's words.</summary>
    public DashboardText Words => DashboardText.For(HttpContext);

    /// <summary>Reads the invoice.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        return await LoadAsync(user, id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    /// <summary><c>POST …?handler=review</c>: the first step: shows the text with its confirmation; nothing is sent.</summary>
    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (!await LoadAsync(user, id, cancellationToken).ConfigureAwait(false)) return NotFound();
        if (!MayAct) return Forbid(DashboardAuthentication.Scheme);
        if (string.IsNullOrWhiteSpace(Text)) Refused = Words["replyEmpty"];
        else Pending = Text;
        return Page();
    }

    /// <summary><c>POST …?handler=reply</c>: the confirmed reply: sent to ANAF as the receiving company.</summary>
    public async Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        if (!await LoadAsync(user, id, cancellationToken).ConfigureAwait(false)) return NotFound();
        if (!MayAct) return Forbid(DashboardAuthentication.Scheme);
        var sent = await replies.SendAsync(user.TenantId, id, Text, cancellationToken).ConfigureAwait(false);
        if (sent.Refusal is { } refusal)
        {
            Refused = refusal.Detail;
            Pending = null;
            return Page();
        }
        Notice = Words["replySent"];
        return RedirectToPage(new { id });
    }

    // The invoice and all the page shows; false when it is not found or not the user's to see.
    private async Task<bool> LoadAsync(Storage.Users.DashboardUser user, Guid id, CancellationToken cancellationToken)
    {
        var stored = await incoming.GetAsync(user.TenantId, id, cancellationToken).ConfigureAwait(false);
        if (stored is null || !DashboardSession.MaySee(user, stored.Invoice.CompanyId)) return false;
        Stored = stored;
        MayAct = DashboardSession.MayAct(user, stored.Invoice.CompanyId);
        var parsed = InvoiceJson.Parse(stored.Invoice.InvoiceJson);
        Invoice = parsed.Invoice ?? parsed.Draft;
        Company = await companies.GetAsync(user.TenantId, stored.Invoice.CompanyId, cancellationToken).ConfigureAwait(false);
        Documents = await documents.ListAsync(user.TenantId, DocumentOwnerType.Incoming, id, cancellationToken).ConfigureAwait(false);
        if (Invoice is not null
            && ReceivedInvoiceReader.Supplier(user.TenantId, stored.Invoice.CompanyId, stored.Invoice.ReceivedAt, Invoice) is { } supplier)
            Partner = await partners.FindAsync(user.TenantId, stored.Invoice.CompanyId, supplier.Partner.Identifier, cancellationToken).ConfigureAwait(false);
        Replies = (await replies.ListAsync(user.TenantId, id, cancellationToken).ConfigureAwait(false)).Value ?? [];
        return true;
    }
}
