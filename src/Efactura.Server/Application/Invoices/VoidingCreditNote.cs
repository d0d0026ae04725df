using System.Globalization;
using Efactura.Core.Model;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// The credit note that cancels an accepted invoice in full (DESIGN §4.3 "void (credit note)"): type 381, the same
/// parties, lines and amounts, referring to the invoice it cancels as the preceding invoice (BG-3: BT-25 number,
/// BT-26 issue date). In UBL a credit note's amounts are positive: the document type makes them a credit.
/// </summary>
public static class VoidingCreditNote
{
    /// <summary>The suffix of the default credit note number.</summary>
    public const string NumberSuffix = "-STORNO";

    /// <summary>The credit note for <paramref name="original"/>, dated <paramref name="today"/> unless the request names a date.</summary>
    public static Invoice For(Invoice original, CreditNoteChoices request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(request);
        var reason = string.IsNullOrWhiteSpace(request.Reason)
            ? $"Stornare integrală a facturii {original.Number} din {original.IssueDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}"
            : request.Reason.Trim();
        return original with
        {
            Number = string.IsNullOrWhiteSpace(request.Number) ? original.Number + NumberSuffix : request.Number.Trim(),
            IssueDate = request.IssueDate ?? today,
            TypeCode = InvoiceTypeCode.CreditNote,
            PrecedingInvoices = [new PrecedingInvoiceReference(original.Number, original.IssueDate)],
            // A credit note is not paid by a due date; the original's date would also precede the credit note's.
            DueDate = null,
            Notes = [new InvoiceNote(reason)],
        };
    }
}
