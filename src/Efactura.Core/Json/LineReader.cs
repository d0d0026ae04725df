using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Efactura.Core.Calculation;
using Efactura.Core.Model;
using F = Efactura.Core.Json.LineFields;

namespace Efactura.Core.Json;

/// <summary>Reads one element of <c>lines</c> into an <see cref="InvoiceLine"/> with its net amount computed.</summary>
/// <param name="exemptions">Where the line's exemption reason goes.</param>
/// <param name="vatDate">The date VAT rates are checked against: the tax point date, else the issue date; null when neither is known.</param>
internal sealed class LineReader(ExemptionReasonCollector exemptions, DateOnly? vatDate)
{
    /// <summary>The default unit, H87 "piece" (Romanian "bucată"), UN/ECE recommendation 20.</summary>
    public const string DefaultUnit = "H87";

    public InvoiceLine Read(JsonObjectReader r, int index)
    {
        var id = r.String(F.Id) ?? (index + 1).ToString(CultureInfo.InvariantCulture);
        var note = r.String(F.Note);
        var objectId = ComponentReader.Identifier(r, F.ObjectId, "BT-128");
        var quantity = r.RequiredDecimal(F.Quantity, "BT-129");
        var unit = UnitReader.Read(r, F.Unit) ?? DefaultUnit;
        var price = Price(r);
        var (category, rate) = Vat(r);
        var lineBase = Computed(r, () => InvoiceCalculator.LineAmountBeforeAllowances(quantity ?? 0m, price)) ?? 0m;
        var allowanceCharges = AllowanceCharges(r, lineBase);
        var item = Item(r);
        var line = new InvoiceLine
        {
            Id = id,
            Note = note,
            ObjectIdentifier = objectId,
            Quantity = quantity ?? 0m,
            UnitCode = unit,
            Price = price,
            VatCategory = category,
            VatRate = rate,
            AllowanceCharges = allowanceCharges,
            OrderLineReference = r.String(F.OrderLineReference),
            BuyerAccountingReference = r.String(F.AccountingReference),
            Period = ComponentReader.Period(r.Object(F.Period)),
            Item = item,
            NetAmount = Computed(r, () => InvoiceCalculator.LineNetAmount(quantity ?? 0m, price, allowanceCharges)) ?? 0m,
        };
        r.ReportUnknownFields();
        return line;
    }

    /// <summary>A line amount, or null (reported at the quantity) when it is beyond what a decimal holds.</summary>
    private static decimal? Computed(JsonObjectReader r, Func<decimal> amount)
    {
        try
        {
            return amount();
        }
        catch (OverflowException)
        {
            r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.Format, r.At(F.Quantity),
                "The line's amount (quantity × unit price, with its allowances and charges) is too large to compute.",
                "Valoarea liniei (cantitate × preț unitar, cu reducerile și taxele ei) este prea mare pentru a fi calculată.",
                "Check the quantity and the unit price: their product must stay below 79228162514264337593543950335."));
            return null;
        }
    }

    private static Price Price(JsonObjectReader r)
    {
        var net = r.RequiredDecimal(F.UnitPrice, "BT-146");
        var gross = r.Decimal(F.GrossPrice);
        var discount = r.Decimal(F.PriceDiscount);
        var baseQuantity = r.Decimal(F.BaseQuantity);
        var baseUnit = UnitReader.Read(r, F.BaseQuantityUnit);
        if (baseQuantity is { } bq && bq <= 0m)
        {
            r.Context.Report(JsonFindings.Format(r.At(F.BaseQuantity), JsonFindings.Number(bq), "a positive number of units", "un număr pozitiv de unități",
                "Give the number of units the price is for, e.g. 100 for a price per hundred, or leave baseQuantity out."));
            baseQuantity = null;
        }
        // BT-147 is by definition gross minus net: derive it so the UBL price allowance states it.
        if (discount is null && gross is { } g && net is { } n) discount = g - n;
        return new Price { NetAmount = net ?? 0m, GrossAmount = gross, Discount = discount, BaseQuantity = baseQuantity, BaseQuantityUnitCode = baseUnit };
    }

    private (VatCategory Category, decimal? Rate) Vat(JsonObjectReader r)
    {
        var rate = r.Decimal(F.VatRate);
        var category = VatReader.Category(r, F.VatCategory);
        var text = r.String(F.ExemptionReason);
        var code = VatReader.ExemptionCode(r, F.ExemptionReasonCode);
        if (category is null)
        {
            if (r.Has(F.VatCategory)) return (VatCategory.Standard, rate);
            if (rate is null)
            {
                if (!r.Has(F.VatRate)) r.ReportMissing(F.VatRate, "BT-152");
                return (VatCategory.Standard, null);
            }
            if (rate == 0m)
            {
                r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.Required, r.At(F.VatCategory),
                    $"A line with VAT rate 0 needs its VAT category (BT-151) at {r.Pointer.Display}: a rate of 0 can mean zero rated, exempt, reverse charge, intra-community supply or export.",
                    $"O linie cu cota de TVA 0 are nevoie de categoria de TVA (BT-151) în {r.Pointer.Display}: cota 0 poate însemna cotă zero, scutire, taxare inversă, livrare intracomunitară sau export.",
                    "Add \"vatCategory\": one of Z, E, AE, K, G, O."));
                return (VatCategory.ZeroRated, rate);
            }
            category = VatCategory.Standard;
        }
        var checkedRate = VatReader.RateFor(r, category.Value, rate, F.VatRate, vatDate);
        if (checkedRate is null && !category.Value.IsZeroVat && !r.Has(F.VatRate)) r.ReportMissing(F.VatRate, "BT-152");
        exemptions.Add(category.Value, text, code, r, F.ExemptionReason, F.ExemptionReasonCode);
        return (category.Value, checkedRate);
    }

    private static ImmutableArray<AllowanceCharge> AllowanceCharges(JsonObjectReader r, decimal lineBase)
    {
        var result = ImmutableArray.CreateBuilder<AllowanceCharge>();
        if (r.TryGet(F.Discount, out var discount)) Add(AllowanceChargeReader.ReadLine(r.Context, discount, isCharge: false, lineBase));
        foreach (var item in r.Array(F.Allowances)) Add(AllowanceChargeReader.ReadLine(r.Context, item, isCharge: false, lineBase));
        foreach (var item in r.Array(F.Charges)) Add(AllowanceChargeReader.ReadLine(r.Context, item, isCharge: true, lineBase));
        return result.ToImmutable();

        void Add(AllowanceCharge? ac)
        {
            if (ac is not null) result.Add(ac);
        }
    }

    private static Item Item(JsonObjectReader r)
    {
        var name = r.RequiredString(F.Description, "BT-153");
        return new Item
        {
            Name = name ?? "",
            Description = r.String(F.Details),
            SellersId = r.String(F.ItemCode),
            BuyersId = r.String(F.BuyerItemCode),
            StandardId = StandardId(r),
            Classifications = Classifications(r),
            OriginCountry = AddressReader.Country(r, F.OriginCountry),
            Attributes = Attributes(r),
        };
    }

    private static Identifier? StandardId(JsonObjectReader r)
    {
        var standard = ComponentReader.Identifier(r, F.StandardId, "BT-157");
        var gtin = r.String(F.Gtin);
        if (gtin is null) return standard;
        if (standard is not null) r.Context.Report(JsonFindings.Conflict(r.At(F.Gtin), r.At(F.StandardId)));
        // ISO 6523 ICD 0160 is GS1's GTIN (BR-64 requires a scheme for BT-157).
        return new Identifier(gtin, "0160");
    }

    private static ImmutableArray<ItemClassification> Classifications(JsonObjectReader r)
    {
        var result = ImmutableArray.CreateBuilder<ItemClassification>();
        if (r.String(F.Cpv) is { } cpv) result.Add(new ItemClassification(cpv, ItemClassification.Cpv));
        if (r.String(F.Nc) is { } nc) result.Add(new ItemClassification(nc, ItemClassification.CombinedNomenclature));
        foreach (var item in r.Array(F.Classifications))
        {
            if (r.Context.Object(item.Element, item.Pointer) is not { } c) continue;
            var code = c.RequiredString(ComponentFields.Code, "BT-158");
            var listId = c.RequiredString(ComponentFields.ListId, "BT-158-1")?.ToUpperInvariant();
            var version = c.String(ComponentFields.ListVersion);
            c.ReportUnknownFields();
            if (code is not null && listId is not null) result.Add(new ItemClassification(code, listId, version));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<ItemAttribute> Attributes(JsonObjectReader r)
    {
        if (!r.TryGet(F.Attributes, out var attributes)) return [];
        if (attributes.Element.ValueKind == JsonValueKind.Object)
        {
            return [.. attributes.Element.EnumerateObject()
                .Select(p => (p.Name, Value: r.Context.String(p.Value, attributes.Pointer.Append(p.Name))))
                .Where(p => p.Value is not null)
                .Select(p => new ItemAttribute(p.Name, p.Value!))];
        }
        var result = ImmutableArray.CreateBuilder<ItemAttribute>();
        foreach (var item in r.Context.Array(attributes.Element, attributes.Pointer))
        {
            if (r.Context.Object(item.Element, item.Pointer) is not { } a) continue;
            var name = a.RequiredString(ComponentFields.Name, "BT-160");
            var value = a.RequiredString(ComponentFields.Value, "BT-161");
            a.ReportUnknownFields();
            if (name is not null && value is not null) result.Add(new ItemAttribute(name, value));
        }
        return result.ToImmutable();
    }
}
