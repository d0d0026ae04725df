using Efactura.Server.Application;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Dashboard;

/// <summary>
/// The invoice actions of the dashboard (issue, submit, retry, void): the application services the API calls, so no
/// rule is written twice; their outcome becomes a sentence for the page: null when it was done, else why not.
/// </summary>
public sealed class DashboardInvoiceActions(InvoiceActions actions, InvoiceIssuer issuer)
{
    /// <summary>The actions <paramref name="invoice"/>'s state allows.</summary>
    public static IReadOnlyList<string> Allowed(InvoiceRecord invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.State switch
        {
            InvoiceState.Draft => ["issue", "void"],
            InvoiceState.Issued or InvoiceState.Scheduled => ["submit"],
            InvoiceState.Failed => ["retry"],
            InvoiceState.Accepted => ["void"],
            _ => [],
        };
    }

    /// <summary>Runs <paramref name="action"/> on <paramref name="invoice"/>; null when done, else the reason it was refused.</summary>
    public async Task<string?> RunAsync(string action, InvoiceRecord invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var outcome = action switch
        {
            "issue" => await issuer.IssueDraftAsync(invoice.TenantId, invoice.Id, cancellationToken).ConfigureAwait(false),
            "submit" => await actions.SubmitAsync(invoice.TenantId, invoice.Id, null, cancellationToken).ConfigureAwait(false),
            "retry" => await actions.RetryAsync(invoice.TenantId, invoice.Id, cancellationToken).ConfigureAwait(false),
            "void" => await actions.VoidAsync(invoice.TenantId, invoice.Id, CreditNoteChoices.Defaults, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown action"),
        };
        return outcome.Refusal switch
        {
            null => null,
            Refusal.Invalid invalid => $"{invalid.Detail} {string.Join(" ", invalid.Findings.Select(f => $"{f.Code}: {f.Message}"))}",
            var refusal => refusal.Detail,
        };
    }
}
