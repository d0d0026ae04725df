using Efactura.Core.Findings;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Invoices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/invoices/{id}</c>: an invoice's number, state, timeline of states and events, findings in Romanian and English
/// with their fixes, documents, and the actions its state allows (each behind a confirmation). An invoice of a company
/// the user may not see is not found (404), also when the URL is typed.
/// </summary>
public sealed class InvoiceModel(
    DashboardSession session, InvoiceRepository invoices, CompanyRepository companies, EventRepository events, DocumentRepository documents,
    DashboardInvoiceActions actions) : PageModel
{
    /// <summary>The invoice.</summary>
    public InvoiceRecord Invoice { get; private set; } = null!;

    /// <summary>Its company.</summary>
    public Company? Company { get; private set; }

    /// <summary>What happened to it, oldest first.</summary>
    public IReadOnlyList<StoredEvent> Timeline { get; private set; } = [];

    /// <summary>Why it was rejected or failed.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>The documents stored for it.</summary>
    public IReadOnlyList<StoredDocument> Documents { get; private set; } = [];

    /// <summary>True when the user may act on it.</summary>
    public bool MayAct { get; private set; }

    /// <summary>The actions the invoice's state allows (none for a viewer).</summary>
    public IReadOnlyList<string> Actions { get; private set; } = [];

    /// <summary>What the last action said (after a redirect), or null.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the invoice.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        var invoice = await invoices.GetAsync(user.TenantId, id, cancellationToken).ConfigureAwait(false);
        if (invoice is null || !DashboardSession.MaySee(user, invoice.CompanyId)) return NotFound();
        Invoice = invoice;
        MayAct = DashboardSession.MayAct(user, invoice.CompanyId);
        Company = await companies.GetAsync(user.TenantId, invoice.CompanyId, cancellationToken).ConfigureAwait(false);
        Timeline = await events.ListForSubjectAsync(user.TenantId, invoice.Id, cancellationToken).ConfigureAwait(false);
        Documents = await documents.ListAsync(user.TenantId, DocumentOwnerType.Invoice, invoice.Id, cancellationToken).ConfigureAwait(false);
        Findings = DashboardFindings.Read(invoice.ErrorDetails);
        Actions = MayAct ? DashboardInvoiceActions.Allowed(invoice) : [];
        return Page();
    }

    /// <summary><c>POST …?handler=issue</c>: issues the draft.</summary>
    public Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken cancellationToken) => ActAsync(id, "issue", cancellationToken);

    /// <summary><c>POST …?handler=submit</c>: sends it to ANAF now.</summary>
    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) => ActAsync(id, "submit", cancellationToken);

    /// <summary><c>POST …?handler=retry</c>: queues a failed invoice again.</summary>
    public Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken) => ActAsync(id, "retry", cancellationToken);

    /// <summary><c>POST …?handler=void</c>: discards a draft, or cancels an accepted invoice by a credit note.</summary>
    public Task<IActionResult> OnPostVoidAsync(Guid id, CancellationToken cancellationToken) => ActAsync(id, "void", cancellationToken);

    // Every action: the session's user, the company's access (an invoice of another company is not found; a viewer is
    // refused), then the same service the API calls; the outcome is shown on the invoice's page after a redirect.
    private async Task<IActionResult> ActAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        var invoice = await invoices.GetAsync(user.TenantId, id, cancellationToken).ConfigureAwait(false);
        if (invoice is null || !DashboardSession.MaySee(user, invoice.CompanyId)) return NotFound();
        if (!DashboardSession.MayAct(user, invoice.CompanyId)) return Forbid(DashboardAuthentication.Scheme);
        var refused = await actions.RunAsync(action, invoice, cancellationToken).ConfigureAwait(false);
        Notice = refused is null ? Text["done"] : $"{Text["refused"]}: {refused}";
        return RedirectToPage(new { id });
    }
}
