using System.Text.Json;
using Efactura.Server.Api.Invoices;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Dashboard;

/// <summary>
/// The invoice actions of the dashboard (issue, submit, retry, void), run by the same services as the API's, so no
/// rule is written twice; their answer becomes a sentence for the page: null when it was done, else why not.
/// </summary>
public sealed class DashboardInvoiceActions(InvoiceActions actions, InvoiceIssuer issuer)
{
    /// <summary>The actions a page offers.</summary>
    public static IReadOnlyList<string> Names { get; } = ["issue", "submit", "retry", "void"];

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
        var result = action switch
        {
            "issue" => await issuer.IssueDraftAsync(invoice, cancellationToken).ConfigureAwait(false),
            "submit" => await actions.SubmitAsync(invoice, null, cancellationToken).ConfigureAwait(false),
            "retry" => await actions.RetryAsync(invoice, cancellationToken).ConfigureAwait(false),
            "void" when invoice.State == InvoiceState.Draft => await actions.VoidDraftAsync(invoice, cancellationToken).ConfigureAwait(false),
            "void" => await issuer.IssueCreditNoteAsync(invoice, VoidRequest.Defaults, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown action"),
        };
        return result is IStatusCodeHttpResult { StatusCode: < 300 } ? null : Detail(result);
    }

    // The problem's detail: the same sentence the API answers with.
    private static string Detail(IResult result)
    {
        if (result is IValueHttpResult { Value: { } value })
        {
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(value, value.GetType(), ApiProblem.Json));
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("detail", out var detail)) return detail.GetString() ?? "";
        }
        return result is IStatusCodeHttpResult { StatusCode: { } status } ? $"HTTP {status}" : "refused";
    }
}
