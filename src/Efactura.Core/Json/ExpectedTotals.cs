using System.Text.Json.Nodes;
using Efactura.Core.Model;
using F = Efactura.Core.Json.TotalsFields;

namespace Efactura.Core.Json;

/// <summary>Compares the sender's <c>expectedTotals</c> with the computed totals (BG-22), and writes them.</summary>
internal static class ExpectedTotals
{
    /// <summary>
    /// <c>expectedTotals</c> holding <paramref name="totals"/> as they are, for an invoice read from a document: the
    /// totals it states. The VAT total in RON (BT-111) is left out: the invoice JSON carries it as <c>vatTotalRon</c>.
    /// </summary>
    public static JsonObject Write(DocumentTotals totals) => new JsonObject()
        .Put(F.LineNetTotal, totals.LineNetTotal)
        .Put(F.AllowanceTotal, totals.AllowanceTotal)
        .Put(F.ChargeTotal, totals.ChargeTotal)
        .Put(F.TaxExclusive, totals.TaxExclusiveAmount)
        .Put(F.Vat, totals.VatTotal)
        .Put(F.TaxInclusive, totals.TaxInclusiveAmount)
        .Put(F.Payable, totals.PayableAmount);

    public static void Check(JsonObjectReader r, DocumentTotals totals)
    {
        Compare(r, F.LineNetTotal, "line net total (BT-106)", totals.LineNetTotal);
        Compare(r, F.AllowanceTotal, "allowance total (BT-107)", totals.AllowanceTotal ?? 0m);
        Compare(r, F.ChargeTotal, "charge total (BT-108)", totals.ChargeTotal ?? 0m);
        Compare(r, F.TaxExclusive, "total without VAT (BT-109)", totals.TaxExclusiveAmount);
        Compare(r, F.Vat, "VAT total (BT-110)", totals.VatTotal ?? 0m);
        Compare(r, F.VatRon, "VAT total in RON (BT-111)", totals.VatTotalInTaxCurrency ?? 0m);
        Compare(r, F.TaxInclusive, "total with VAT (BT-112)", totals.TaxInclusiveAmount);
        Compare(r, F.Payable, "amount due (BT-115)", totals.PayableAmount);
        r.ReportUnknownFields();
    }

    private static void Compare(JsonObjectReader r, string name, string what, decimal computed)
    {
        if (r.Decimal(name) is not { } expected || expected == computed) return;
        r.Context.Report(JsonFindings.TotalMismatch(r.At(name), what, expected, computed));
    }
}
