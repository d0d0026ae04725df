using Efactura.Core.Model;
using Efactura.Pdf.Text;
using PdfSharp.Drawing;

namespace Efactura.Pdf.Layout;

/// <summary>
/// Lays one invoice out on A4 pages, in the order a Romanian accountant reads it (Codul fiscal art. 319 alin. (20)):
/// the document and its dates, the parties, the lines, the VAT per rate and category (in lei when the invoice is
/// in another currency), the totals and the amount due, payment, the mentions the VAT categories require, notes,
/// and what ANAF added. Long tables continue on new pages with their header repeated.
/// </summary>
internal sealed partial class InvoiceLayout
{
    private const double ColumnGap = 14;
    private const double SectionGap = 8;

    private readonly PageFlow flow;
    private readonly InvoicePdfInput input;
    private readonly Invoice invoice;
    private readonly Labels labels;
    private readonly NumberStyle numbers;
    private readonly Typography type;
    private readonly CancellationToken cancellationToken;

    public InvoiceLayout(PageFlow flow, InvoicePdfInput input, CancellationToken cancellationToken)
    {
        this.flow = flow;
        this.input = input;
        invoice = input.Invoice;
        labels = Labels.For(input.Language);
        numbers = labels.Numbers;
        type = flow.Typography;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The document's title: "FACTURĂ", "NOTĂ DE CREDIT (FACTURĂ STORNO)", "AUTOFACTURĂ"...</summary>
    public static string Title(InvoiceTypeCode code, Labels labels) => code.Code switch
    {
        "380" => labels.Invoice,
        "384" => labels.CorrectedInvoice,
        "389" => labels.SelfBilledInvoice,
        "751" => labels.AccountingInformation,
        _ when code.IsCreditNote => labels.CreditNote,
        _ => $"{labels.Invoice} ({labels.DocumentOfType} {code.Code})",
    };

    public void Draw()
    {
        Header();
        Parties();
        OtherParties();
        References();
        Lines();
        DocumentAllowanceCharges();
        VatBreakdown();
        PaymentAndTotals();
        Mentions();
        Notes();
        SupportingDocuments();
        Anaf();
        flow.DrawFooters($"{Title(invoice.TypeCode, labels)} {invoice.Number} · {invoice.Seller.Name} · {labels.AttachedXml}", labels.PageOf);
    }

    private void Header()
    {
        var gfx = flow.Graphics;
        var leftWidth = flow.Width * 0.55;
        var rightWidth = flow.Width - leftWidth - ColumnGap;
        var title = TextBox.Wrap(gfx, [new TextRun(Title(invoice.TypeCode, labels), type.Title, type.Accent)], leftWidth);
        var number = TextBox.Wrap(gfx, [new TextRun($"{labels.Number}: {invoice.Number}", type.Heading, type.Ink)], leftWidth);
        var preceding = TextBox.Wrap(gfx, invoice.PrecedingInvoices.Select(p => Run(
            $"{labels.PrecedingInvoice}: {p.Number}" + (p.IssueDate is { } date ? $" {labels.Of} {numbers.Date(date)}" : ""), type.BodyBold)), leftWidth);
        var dates = TextBox.Wrap(gfx, DateLines().Select(line => Run(line, type.Body)), rightWidth);

        var leftHeight = title.Height + 4 + number.Height + (preceding.IsEmpty ? 0 : 2 + preceding.Height);
        var height = Math.Max(leftHeight, dates.Height);
        flow.Reserve(height);
        var top = flow.Y;
        title.Draw(gfx, flow.Left, top);
        number.Draw(gfx, flow.Left, top + title.Height + 4);
        preceding.Draw(gfx, flow.Left, top + title.Height + 4 + number.Height + 2);
        dates.Draw(gfx, flow.Right - rightWidth, top, alignRight: true);
        flow.Y = top + height + 4;
        gfx.DrawLine(new XPen(type.Accent, 1.2), flow.Left, flow.Y, flow.Right, flow.Y);
        flow.Y += SectionGap;
    }

    private IEnumerable<string> DateLines()
    {
        yield return $"{labels.IssueDate}: {numbers.Date(invoice.IssueDate)}";
        if (invoice.TaxPointDate is { } taxPoint && taxPoint != invoice.IssueDate) yield return $"{labels.TaxPointDate}: {numbers.Date(taxPoint)}";
        if (invoice.Delivery?.ActualDeliveryDate is { } delivery && delivery != invoice.IssueDate) yield return $"{labels.DeliveryDate}: {numbers.Date(delivery)}";
        if (invoice.DueDate is { } due) yield return $"{labels.DueDate}: {numbers.Date(due)}";
        if (Period(invoice.InvoicePeriod) is { } period) yield return $"{labels.Period}: {period}";
        var currency = $"{labels.Currency}: {invoice.CurrencyCode}";
        if (ExchangeRate() is { } rate) currency += $" · {labels.ExchangeRate}: 1 {invoice.CurrencyCode} = {numbers.Quantity(rate)} {invoice.TaxCurrencyCode}";
        yield return currency;
    }

    private string? Period(InvoicePeriod? period)
    {
        if (period is null || (period.StartDate is null && period.EndDate is null)) return null;
        var start = period.StartDate is { } s ? numbers.Date(s) : "…";
        var end = period.EndDate is { } e ? numbers.Date(e) : "…";
        return $"{start} – {end}";
    }

    private void Parties()
    {
        var half = (flow.Width - ColumnGap) / 2;
        var seller = PartyBox(labels.Supplier, invoice.Seller, half);
        var buyer = PartyBox(labels.Buyer, invoice.Buyer, half);
        SideBySide(seller, buyer, half);
    }

    private void OtherParties()
    {
        var half = (flow.Width - ColumnGap) / 2;
        var boxes = new List<(string Heading, TextBox Box)>();
        if (invoice.SellerTaxRepresentative is { } representative)
        {
            var runs = new List<TextRun> { Run(representative.Name, type.BodyBold), Run($"{labels.VatId}: {representative.VatIdentifier}", type.Body) };
            runs.AddRange(PartyLines.Address(representative.Address, labels).Select(line => Run(line, type.Body)));
            boxes.Add((labels.TaxRepresentative, TextBox.Wrap(flow.Graphics, runs, half)));
        }
        if (invoice.Payee is { } payee)
        {
            var runs = new List<TextRun> { Run(payee.Name, type.BodyBold) };
            if (payee.Identifier is { } id) runs.Add(Run($"{labels.Identifier}: {id}", type.Body));
            if (payee.LegalRegistrationId is { } legal) runs.Add(Run($"{labels.Registration}: {legal}", type.Body));
            boxes.Add((labels.Payee, TextBox.Wrap(flow.Graphics, runs, half)));
        }
        if (invoice.Delivery is { } delivery && (delivery.PartyName is not null || delivery.Address is not null || delivery.LocationId is not null))
        {
            var runs = new List<TextRun>();
            if (delivery.PartyName is { } name) runs.Add(Run(name, type.BodyBold));
            if (delivery.LocationId is { } location) runs.Add(Run($"{labels.Identifier}: {location}", type.Body));
            if (delivery.Address is { } address) runs.AddRange(PartyLines.Address(address, labels).Select(line => Run(line, type.Body)));
            boxes.Add((labels.DeliveryTo, TextBox.Wrap(flow.Graphics, runs, half)));
        }
        for (var i = 0; i < boxes.Count; i += 2)
        {
            var left = Headed(boxes[i].Heading, boxes[i].Box, half);
            (TextBox Heading, TextBox Body)? right = i + 1 < boxes.Count ? Headed(boxes[i + 1].Heading, boxes[i + 1].Box, half) : null;
            SideBySide(left, right, half);
        }
    }

    private (TextBox Heading, TextBox Body) PartyBox(string heading, Party party, double width)
    {
        var runs = new List<TextRun> { Run(party.Name, type.BodyBold) };
        if (party.TradingName is { } trading && trading != party.Name) runs.Add(Run($"{labels.TradingName}: {trading}", type.Body));
        runs.AddRange(PartyLines.Identification(party, labels).Select(line => Run(line, type.Body)));
        runs.AddRange(PartyLines.Address(party.Address, labels).Select(line => Run(line, type.Body)));
        runs.AddRange(PartyLines.Contact(party.Contact, labels).Select(line => Run(line, type.Small, type.Muted)));
        return Headed(heading, TextBox.Wrap(flow.Graphics, runs, width), width);
    }

    private (TextBox Heading, TextBox Body) Headed(string heading, TextBox body, double width) =>
        (TextBox.Wrap(flow.Graphics, [new TextRun(heading, type.SmallBold, type.Accent)], width), body);

    private void SideBySide((TextBox Heading, TextBox Body) left, (TextBox Heading, TextBox Body)? right, double half)
    {
        var leftHeight = left.Heading.Height + 2 + left.Body.Height;
        var rightHeight = right is { } r ? r.Heading.Height + 2 + r.Body.Height : 0;
        var height = Math.Max(leftHeight, rightHeight);
        flow.Reserve(height);
        var top = flow.Y;
        DrawHeaded(left, flow.Left, top, half);
        if (right is { } box) DrawHeaded(box, flow.Left + half + ColumnGap, top, half);
        flow.Y = top + height + SectionGap;
    }

    private void DrawHeaded((TextBox Heading, TextBox Body) block, double x, double top, double width)
    {
        block.Heading.Draw(flow.Graphics, x, top);
        var line = top + block.Heading.Height;
        flow.Graphics.DrawLine(new XPen(type.Rule, 0.6), x, line, x + width, line);
        block.Body.Draw(flow.Graphics, x, line + 2);
    }

    private void References()
    {
        var items = new List<string>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) items.Add($"{label}: {value}");
        }
        Add(labels.OrderReference, invoice.PurchaseOrderReference);
        Add(labels.SalesOrder, invoice.SalesOrderReference);
        Add(labels.ContractReference, invoice.ContractReference);
        Add(labels.BuyerReference, invoice.BuyerReference);
        Add(labels.ProjectReference, invoice.ProjectReference);
        Add(labels.DespatchAdvice, invoice.DespatchAdviceReference);
        Add(labels.ReceivingAdvice, invoice.ReceivingAdviceReference);
        Add(labels.Tender, invoice.TenderOrLotReference);
        Add(labels.InvoicedObject, invoice.InvoicedObjectIdentifier?.ToString());
        Add(labels.AccountingReference, invoice.BuyerAccountingReference);
        if (items.Count == 0) return;
        Paragraph([Run(string.Join(" · ", items), type.Body)]);
    }

    /// <summary>Draws runs across the full width, breaking across pages line by line if it must.</summary>
    private void Paragraph(IReadOnlyList<TextRun> runs, double gapAfter = SectionGap)
    {
        TextBox.Wrap(flow.Graphics, runs, flow.Width).DrawAcrossPages(flow, flow.Left);
        flow.Y += gapAfter;
    }

    private void Heading(string text, double needAfter)
    {
        var box = TextBox.Wrap(flow.Graphics, [new TextRun(text, type.Heading, type.Accent)], flow.Width);
        flow.Reserve(box.Height + needAfter);
        box.Draw(flow.Graphics, flow.Left, flow.Y);
        flow.Y += box.Height + 2;
    }

    private decimal? ExchangeRate()
    {
        var totals = invoice.Totals;
        if (invoice.TaxCurrencyCode is not { } taxCurrency || taxCurrency == invoice.CurrencyCode) return null;
        if (totals.VatTotal is not { } vat || vat == 0 || totals.VatTotalInTaxCurrency is not { } vatInTaxCurrency) return null;
        // The invoice states the VAT in both currencies (BT-110, BT-111) but not the rate: it is their ratio.
        return Math.Round(vatInTaxCurrency / vat, 4, MidpointRounding.AwayFromZero);
    }

    private TextRun Run(string text, XFont font) => new(text, font, type.Ink);

    private static TextRun Run(string text, XFont font, XColor color) => new(text, font, color);
}
