using Efactura.Core.Model;
using Efactura.Pdf.Text;

namespace Efactura.Pdf.Layout;

internal sealed partial class InvoiceLayout
{
    private void Lines()
    {
        var withDiscounts = invoice.Lines.Any(l => !l.AllowanceCharges.IsEmpty || l.Price.Discount is > 0 || l.Price.GrossAmount is not null);
        var currency = invoice.CurrencyCode;
        double[] fixedWidths = withDiscounts ? [24, 62, 46, 62, 58, 40, 64] : [24, 66, 50, 66, 0, 44, 68];
        var description = flow.Width - fixedWidths.Sum();
        var columns = new List<TableColumn>
        {
            new(labels.LineNumber, fixedWidths[0]),
            new(labels.Description, description),
            new(labels.Unit, fixedWidths[1]),
            new(labels.Quantity, fixedWidths[2], AlignRight: true),
            new($"{labels.UnitPrice} ({currency})", fixedWidths[3], AlignRight: true),
        };
        if (withDiscounts) columns.Add(new($"{labels.Discounts} ({currency})", fixedWidths[4], AlignRight: true));
        columns.Add(new(labels.VatRate, fixedWidths[5], AlignRight: true));
        columns.Add(new($"{labels.NetAmount} ({currency})", fixedWidths[6], AlignRight: true));

        var table = new Table(flow, columns);
        table.Begin();
        foreach (var line in invoice.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<IReadOnlyList<TextRun>> cells =
            [
                [Run(line.Id, type.Body)],
                LineDescription(line),
                [Run(CodeNames.Unit(line.UnitCode, input.Language), type.Small)],
                [Run(numbers.Quantity(line.Quantity), type.Body)],
                UnitPrice(line),
            ];
            if (withDiscounts) cells.Add(LineAllowanceCharges(line));
            cells.Add([Run(Rate(line.VatCategory, line.VatRate), type.Body)]);
            cells.Add([Run(numbers.Amount(line.NetAmount), type.BodyBold)]);
            table.Row(cells);
        }
        flow.Y += SectionGap;
    }

    private List<TextRun> LineDescription(InvoiceLine line)
    {
        var item = line.Item;
        var runs = new List<TextRun> { Run(item.Name, type.Body) };
        if (!string.IsNullOrWhiteSpace(item.Description) && item.Description != item.Name) runs.Add(Run(item.Description, type.Small, type.Muted));
        var codes = new List<string>();
        if (item.SellersId is { } seller) codes.Add($"{labels.SellerItemId}: {seller}");
        if (item.BuyersId is { } buyer) codes.Add($"{labels.BuyerItemId}: {buyer}");
        if (item.StandardId is { } standard) codes.Add($"{labels.StandardItemId}: {standard}");
        foreach (var classification in item.Classifications) codes.Add($"{ClassificationName(classification.ListId)}: {classification.Code}");
        if (item.OriginCountry is { } origin) codes.Add($"{labels.Origin}: {origin}");
        if (line.OrderLineReference is { } orderLine) codes.Add($"{labels.OrderLine}: {orderLine}");
        if (line.BuyerAccountingReference is { } account) codes.Add($"{labels.AccountingReference}: {account}");
        if (Period(line.Period) is { } period) codes.Add(period);
        if (codes.Count > 0) runs.Add(Run(string.Join(" · ", codes), type.Small, type.Muted));
        if (!item.Attributes.IsEmpty) runs.Add(Run(string.Join(" · ", item.Attributes.Select(a => $"{a.Name}: {a.Value}")), type.Small, type.Muted));
        if (!string.IsNullOrWhiteSpace(line.Note)) runs.Add(Run(line.Note, type.Small, type.Muted));
        return runs;
    }

    private string ClassificationName(string listId) => listId switch
    {
        ItemClassification.Cpv => "CPV",
        ItemClassification.CombinedNomenclature => "NC",
        _ => $"{labels.Classification} {listId}",
    };

    private List<TextRun> UnitPrice(InvoiceLine line)
    {
        var price = line.Price;
        var runs = new List<TextRun> { Run(numbers.Amount(price.NetAmount), type.Body) };
        if (price.GrossAmount is { } gross && gross != price.NetAmount) runs.Add(Run($"{labels.GrossPrice} {numbers.Amount(gross)}", type.Small, type.Muted));
        if (price.BaseQuantity is { } baseQuantity && baseQuantity != 1)
        {
            var unit = price.BaseQuantityUnitCode ?? line.UnitCode;
            runs.Add(Run($"{labels.PerQuantity} {numbers.Quantity(baseQuantity)} {unit}", type.Small, type.Muted));
        }
        return runs;
    }

    private List<TextRun> LineAllowanceCharges(InvoiceLine line)
    {
        var runs = new List<TextRun>();
        if (line.Price.Discount is { } discount && discount != 0)
            runs.Add(Run($"-{numbers.Amount(discount)} / {labels.Unit}", type.Small));
        foreach (var item in line.AllowanceCharges)
        {
            var sign = item.IsCharge ? "+" : "-";
            var percent = item.Percentage is { } p ? $" ({numbers.Percent(p)})" : "";
            runs.Add(Run($"{sign}{numbers.Amount(item.Amount)}{percent}", type.Body));
            if (item.Reason is { } reason) runs.Add(Run(reason, type.Small, type.Muted));
        }
        return runs;
    }

    private string Rate(VatCategory category, decimal? rate)
    {
        var percent = rate is { } r ? numbers.Percent(r) : "";
        return category == VatCategory.Standard ? percent : $"{percent} {category.Code}".Trim();
    }

    private void DocumentAllowanceCharges()
    {
        if (invoice.AllowanceCharges.IsEmpty) return;
        Heading(labels.DocumentAllowancesAndCharges, 24);
        var currency = invoice.CurrencyCode;
        var columns = new List<TableColumn>
        {
            new(labels.Reason, flow.Width - 80 - 70 - 60),
            new(labels.TaxableAmount, 80, AlignRight: true),
            new(labels.VatRate, 70, AlignRight: true),
            new($"{labels.NetAmount} ({currency})", 60, AlignRight: true),
        };
        var table = new Table(flow, columns);
        table.Begin();
        foreach (var item in invoice.AllowanceCharges)
        {
            var kind = item.IsCharge ? labels.Charge : labels.Allowance;
            var reason = item.Reason is { } text ? text + (item.ReasonCode is { } c ? $" ({c})" : "") : item.ReasonCode ?? "";
            var basis = item.BaseAmount is { } b ? numbers.Amount(b) + (item.Percentage is { } p ? $" × {numbers.Percent(p)}" : "") : "";
            var vat = item.VatCategory is { } category ? Rate(category, item.VatRate) : "";
            table.Row(
            [
                [Run(reason.Length == 0 ? kind : $"{kind}: {reason}", type.Body)],
                [Run(basis, type.Body)],
                [Run(vat, type.Body)],
                [Run((item.IsCharge ? "+" : "-") + numbers.Amount(item.Amount), type.BodyBold)],
            ]);
        }
        flow.Y += SectionGap;
    }
}
