using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Incoming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Efactura.Server.Dashboard.Pages;

/// <summary>
/// <c>/app/messages/{id}</c>: one SPV message as ANAF listed it, its download state, and the received invoice stored
/// from it. A message of a company the user may not see is not found (404), also when the URL is typed.
/// </summary>
public sealed class MessageModel(
    DashboardSession session, SpvMessageRepository messages, IncomingInvoiceRepository incoming, CompanyRepository companies, TimeProvider time) : PageModel
{
    /// <summary>The message.</summary>
    public SpvMessage Message { get; private set; } = null!;

    /// <summary>Its company.</summary>
    public Company? Company { get; private set; }

    /// <summary>The received invoice downloaded with it, or null.</summary>
    public IncomingInvoice? Invoice { get; private set; }

    /// <summary>When ANAF deletes it (60 days after making it).</summary>
    public DateTimeOffset PurgedAt => Message.AnafCreatedAt + IndexModel.AnafRetention;

    /// <summary>Now.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The page's words.</summary>
    public DashboardText Text => DashboardText.For(HttpContext);

    /// <summary>Reads the message.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await session.UserAsync(cancellationToken).ConfigureAwait(false);
        if (user is null) return Challenge(DashboardAuthentication.Scheme);
        var message = await messages.GetAsync(user.TenantId, id, cancellationToken).ConfigureAwait(false);
        if (message is null || !DashboardSession.MaySee(user, message.CompanyId)) return NotFound();
        Message = message;
        Now = time.GetUtcNow();
        Company = await companies.GetAsync(user.TenantId, message.CompanyId, cancellationToken).ConfigureAwait(false);
        Invoice = await incoming.FindByMessageAsync(user.TenantId, message.CompanyId, message.AnafId, cancellationToken).ConfigureAwait(false);
        return Page();
    }
}
