using Efactura.Anaf.Archives;
using Efactura.Core.Model;
using Efactura.Pdf.Text;
using PdfSharp.Drawing;

namespace Efactura.Pdf.Layout;

internal sealed partial class InvoiceLayout
{
    private const string Ron = "RON";

    private bool VatInLei => invoice.CurrencyCode != Ron && invoice.TaxCurrencyCode == Ron;

    private void VatBreakdown()
    {
        var breakdown = invoice.VatBreakdown;
        if (breakdown.IsEmpty) return;
        Heading(labels.VatBreakdown, 30);
        var currency = invoice.CurrencyCode;
        var rate = ExchangeRate();
        var columns = new List<TableColumn>
        {
            new(labels.Category, 0),
            new(labels.VatRate, 44, AlignRight: true),
            new($"{labels.TaxableAmount} ({currency})", 78, AlignRight: true),
            new($"{labels.VatAmount} ({currency})", 70, AlignRight: true),
        };
        if (VatInLei)
        {
            columns.Add(new($"{labels.TaxableAmount} {labels.InLei} (RON)", 78, AlignRight: true));
            columns.Add(new($"{labels.VatAmount} {labels.InLei} (RON)", 70, AlignRight: true));
        }
        columns[0] = columns[0] with { Width = flow.Width - columns.Skip(1).Sum(c => c.Width) };
        var table = new Table(flow, columns);
        table.Begin();
        foreach (var row in breakdown)
        {
            var category = new List<TextRun> { Run($"{row.Category.Code} – {labels.CategoryName(row.Category.Code)}", type.Body) };
            if (Exemption(row) is { } exemption) category.Add(Run(exemption, type.Small, type.Muted));
            List<IReadOnlyList<TextRun>> cells =
            [
                category,
                [Run(row.Rate is { } r ? numbers.Percent(r) : "", type.Body)],
                [Run(numbers.Amount(row.TaxableAmount), type.Body)],
                [Run(numbers.Amount(row.TaxAmount), type.BodyBold)],
            ];
            if (VatInLei)
            {
                cells.Add([Run(rate is { } x ? numbers.Amount(InLei(row.TaxableAmount, x)) : "–", type.Body)]);
                cells.Add([Run(VatInLeiFor(row, rate), type.BodyBold)]);
            }
            table.Row(cells);
        }
        flow.Y += SectionGap;
    }

    // With one VAT row its VAT in lei is the invoice's own BT-111; with several, each is converted at the rate.
    private string VatInLeiFor(VatBreakdown row, decimal? rate)
    {
        if (invoice.VatBreakdown.Length == 1 && invoice.Totals.VatTotalInTaxCurrency is { } stated) return numbers.Amount(stated);
        return rate is { } x ? numbers.Amount(InLei(row.TaxAmount, x)) : "–";
    }

    private static decimal InLei(decimal amount, decimal rate) => Math.Round(amount * rate, 2, MidpointRounding.AwayFromZero);

    private string? Exemption(VatBreakdown row)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(row.ExemptionReason)) parts.Add(row.ExemptionReason);
        if (!string.IsNullOrWhiteSpace(row.ExemptionReasonCode)) parts.Add($"{labels.ExemptionReasonCode} {row.ExemptionReasonCode}");
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private void PaymentAndTotals()
    {
        var totalsWidth = 230.0;
        var paymentWidth = flow.Width - totalsWidth - ColumnGap;
        var payment = TextBox.Wrap(flow.Graphics, PaymentRuns(), paymentWidth);
        var rows = TotalRows().ToList();
        var labelWidth = totalsWidth - 95;
        var rowBoxes = rows.Select(row => (
            Label: TextBox.Wrap(flow.Graphics, [Run(row.Label, row.Strong ? type.Total : type.Body)], labelWidth),
            Value: TextBox.Wrap(flow.Graphics, [Run(row.Value, row.Strong ? type.Total : type.BodyBold)], 95),
            row.Strong)).ToList();
        var totalsHeight = rowBoxes.Sum(r => Math.Max(r.Label.Height, r.Value.Height) + (r.Strong ? 6 : 1));
        var height = Math.Max(payment.Height, totalsHeight);
        flow.Reserve(height);
        var top = flow.Y;
        payment.Draw(flow.Graphics, flow.Left, top);
        var x = flow.Right - totalsWidth;
        var y = top;
        foreach (var (label, value, strong) in rowBoxes)
        {
            var rowHeight = Math.Max(label.Height, value.Height);
            if (strong)
            {
                y += 2;
                flow.Graphics.DrawRectangle(new XSolidBrush(type.Shade), x - 3, y - 2, totalsWidth + 3, rowHeight + 4);
                flow.Graphics.DrawLine(new XPen(type.Accent, 1), x - 3, y - 2, flow.Right, y - 2);
            }
            label.Draw(flow.Graphics, x, y);
            value.Draw(flow.Graphics, flow.Right - 95, y, alignRight: true);
            y += rowHeight + (strong ? 4 : 1);
        }
        flow.Y = top + height + SectionGap;
    }

    private IEnumerable<(string Label, string Value, bool Strong)> TotalRows()
    {
        var totals = invoice.Totals;
        var currency = invoice.CurrencyCode;
        string Money(decimal amount) => $"{numbers.Amount(amount)} {currency}";
        var adjusted = totals.AllowanceTotal is > 0 || totals.ChargeTotal is > 0;
        if (adjusted) yield return (labels.LineNetTotal, Money(totals.LineNetTotal), false);
        if (totals.AllowanceTotal is { } allowances and not 0) yield return (labels.AllowanceTotal, "-" + Money(allowances), false);
        if (totals.ChargeTotal is { } charges and not 0) yield return (labels.ChargeTotal, "+" + Money(charges), false);
        yield return (labels.TotalWithoutVat, Money(totals.TaxExclusiveAmount), false);
        yield return (labels.TotalVat, Money(totals.VatTotal ?? 0), false);
        if (invoice.TaxCurrencyCode is { } taxCurrency && taxCurrency != currency && totals.VatTotalInTaxCurrency is { } vatInTaxCurrency)
            yield return (taxCurrency == Ron ? labels.TotalVatInLei : $"{labels.TotalVat} ({taxCurrency})", $"{numbers.Amount(vatInTaxCurrency)} {taxCurrency}", false);
        yield return (labels.TotalWithVat, Money(totals.TaxInclusiveAmount), false);
        if (totals.PrepaidAmount is { } prepaid and not 0) yield return (labels.Prepaid, "-" + Money(prepaid), false);
        if (totals.RoundingAmount is { } rounding and not 0) yield return (labels.Rounding, Money(rounding), false);
        yield return (labels.AmountDue, Money(totals.PayableAmount), true);
    }

    private List<TextRun> PaymentRuns()
    {
        var runs = new List<TextRun>();
        var terms = invoice.PaymentTerms;
        if (invoice.PaymentInstructions.IsEmpty && string.IsNullOrWhiteSpace(terms) && invoice.DueDate is null) return runs;
        runs.Add(Run(labels.Payment, type.Heading, type.Accent));
        if (invoice.DueDate is { } due) runs.Add(Run($"{labels.DueDate}: {numbers.Date(due)}", type.Body));
        foreach (var means in invoice.PaymentInstructions)
        {
            var name = CodeNames.PaymentMeans(means.MeansCode, input.Language);
            runs.Add(Run($"{labels.PaymentMeans}: {name}" + (means.MeansText is { } text ? $" – {text}" : ""), type.Body));
            if (means.CreditTransfer is { } transfer)
            {
                runs.Add(Run($"{labels.Iban}: {transfer.AccountId}", type.BodyBold));
                if (transfer.ServiceProviderId is { } bic) runs.Add(Run($"{labels.Bic}: {bic}", type.Body));
                if (transfer.AccountName is { } holder) runs.Add(Run($"{labels.AccountName}: {holder}", type.Body));
            }
            if (means.Card is { } card) runs.Add(Run($"{labels.Card}: **** {card.PrimaryAccountNumber}" + (card.HolderName is { } h ? $" ({h})" : ""), type.Body));
            if (means.DirectDebit is { } debit)
            {
                var parts = new[] { debit.MandateReference, debit.DebitedAccountId, debit.CreditorId?.Value }.Where(s => s is not null);
                runs.Add(Run($"{labels.Mandate}: {string.Join(" · ", parts)}", type.Body));
            }
            if (means.RemittanceInformation is { } reference) runs.Add(Run($"{labels.PaymentReference}: {reference}", type.Body));
        }
        if (!string.IsNullOrWhiteSpace(terms)) runs.Add(Run($"{labels.PaymentTerms}: {terms}", type.Body));
        return runs;
    }

    private void Mentions()
    {
        var mentions = new List<string>();
        if (invoice.TypeCode == InvoiceTypeCode.SelfBilledInvoice) mentions.Add(labels.SelfBilling);
        var categories = invoice.VatBreakdown.IsEmpty
            ? invoice.Lines.Select(l => new VatBreakdown { Category = l.VatCategory, Rate = l.VatRate, TaxableAmount = 0, TaxAmount = 0 }).ToList()
            : invoice.VatBreakdown.ToList();
        foreach (var row in categories.Where(c => c.Category.RequiresExemptionReason).DistinctBy(c => (c.Category, c.ExemptionReason, c.ExemptionReasonCode)))
        {
            // Reverse charge needs the words "taxare inversă" (art. 331); the other categories their legal basis.
            var name = row.Category == VatCategory.ReverseCharge ? labels.ReverseCharge : labels.CategoryName(row.Category.Code);
            var exemption = Exemption(row);
            mentions.Add(name + (exemption is null ? "" : $": {exemption}"));
        }
        if (mentions.Count == 0) return;
        Heading(labels.Mentions, 12);
        Paragraph(mentions.Select(m => Run(m, type.Body)).ToList());
    }

    private void Notes()
    {
        if (invoice.Notes.IsEmpty) return;
        Heading(labels.Notes, 12);
        Paragraph(invoice.Notes.Select(n => Run(n.SubjectCode is { } code ? $"[{code}] {n.Text}" : n.Text, type.Body)).ToList());
    }

    private void SupportingDocuments()
    {
        if (invoice.SupportingDocuments.IsEmpty) return;
        Heading(labels.SupportingDocuments, 12);
        Paragraph(invoice.SupportingDocuments.Select(d =>
        {
            var parts = new[] { d.Id, d.Description, d.Attachment?.FileName, d.ExternalUri }.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct();
            return Run(string.Join(" · ", parts), type.Body);
        }).ToList());
    }

    private void Anaf()
    {
        if (input.Anaf is not { } receipt) return;
        if (receipt.SignatureCheck != SignatureOutcome.Verified)
        {
            flow.Y += 2;
            Paragraph([Run(labels.AnafMentionUnverified(receipt.UploadIndex), type.BodyBold)]);
            return;
        }
        var runs = new List<TextRun> { Run(labels.AnafMention(receipt.UploadIndex), type.BodyBold, type.Accent) };
        if (receipt.SignedAt is { } signedAt) runs.Add(Run($"{labels.AnafSignedAt}: {numbers.DateTime(signedAt)}", type.Body));
        flow.Y += 2;
        Paragraph(runs);
    }
}
