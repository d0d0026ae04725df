using System.Collections.Immutable;
using Efactura.Core.Model;

namespace Efactura.Ubl;

internal sealed partial class UblDocumentReader
{
    // InvoiceLine or CreditNoteLine (BG-25).
    private InvoiceLine ReadLine()
    {
        string? id = null, note = null, unitCode = null, orderLine = null, accountingCost = null;
        decimal? quantity = null, netAmount = null;
        Identifier? objectId = null;
        InvoicePeriod? period = null;
        var allowanceCharges = ImmutableArray.CreateBuilder<AllowanceCharge>();
        LineItem? item = null;
        Price? price = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref id, Text()); break;
                case "Note": note = Join(note, OptionalText()); break;
                case "InvoicedQuantity" or "CreditedQuantity" when quantity is null:
                    unitCode = Xml.GetAttribute("unitCode")?.Trim();
                    quantity = Decimal();
                    break;
                case "LineExtensionAmount": Keep(ref netAmount, Decimal()); break;
                case "AccountingCost": Keep(ref accountingCost, OptionalText()); break;
                case "InvoicePeriod": Keep(ref period, ReadPeriod()); break;
                case "OrderLineReference": Keep(ref orderLine, ReadChildText("LineID")); break;
                case "DocumentReference": Keep(ref objectId, ReadLineObjectId()); break;
                case "AllowanceCharge": allowanceCharges.Add(ReadAllowanceCharge(documentLevel: false)); break;
                case "Item": Keep(ref item, ReadItem()); break;
                case "Price": Keep(ref price, ReadPrice()); break;
                default: Xml.Skip(); break;
            }
        }
        var lineItem = item ?? new LineItem(new Item { Name = "" }, "", null);
        return new InvoiceLine
        {
            Id = id ?? "", Note = note, ObjectIdentifier = objectId, Quantity = quantity ?? 0m, UnitCode = unitCode ?? "",
            NetAmount = netAmount ?? 0m, OrderLineReference = orderLine, BuyerAccountingReference = accountingCost, Period = period,
            AllowanceCharges = allowanceCharges.DrainToImmutable(), Price = price ?? new Price { NetAmount = 0m },
            VatCategory = new VatCategory(lineItem.VatCategory), VatRate = lineItem.VatRate, Item = lineItem.Item,
        };
    }

    // BT-128: the line's document reference with type code 130; other line document references are not business terms.
    private Identifier? ReadLineObjectId()
    {
        Identifier? id = null;
        string? typeCode = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref id, IdentifierValue()); break;
                case "DocumentTypeCode": Keep(ref typeCode, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
        return typeCode == UblCodes.InvoicedObjectDocumentType ? id : null;
    }

    /// <summary>The item of a line with the VAT category and rate UBL keeps in it (ClassifiedTaxCategory).</summary>
    private sealed record LineItem(Item Item, string VatCategory, decimal? VatRate);

    private LineItem ReadItem()
    {
        string? description = null, name = null, buyersId = null, sellersId = null, origin = null;
        Identifier? standardId = null;
        var classifications = ImmutableArray.CreateBuilder<ItemClassification>();
        var attributes = ImmutableArray.CreateBuilder<ItemAttribute>();
        (string Code, decimal? Rate)? vat = null;
        var vatIsFromVatScheme = false;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "Description": description = Join(description, OptionalText()); break;
                case "Name": Keep(ref name, Text()); break;
                case "BuyersItemIdentification": Keep(ref buyersId, ReadPartyIdentification()?.Value); break;
                case "SellersItemIdentification": Keep(ref sellersId, ReadPartyIdentification()?.Value); break;
                case "StandardItemIdentification": Keep(ref standardId, ReadPartyIdentification()); break;
                case "OriginCountry": Keep(ref origin, ReadChildText("IdentificationCode")); break;
                case "CommodityClassification": ReadClassifications(classifications); break;
                case "ClassifiedTaxCategory":
                    // UBL allows several tax categories; the VAT one is BT-151 / BT-152.
                    var category = ReadTaxCategory(out var isVat);
                    if (vat is null || (isVat && !vatIsFromVatScheme)) (vat, vatIsFromVatScheme) = (category, isVat);
                    break;
                case "AdditionalItemProperty": attributes.Add(ReadItemProperty()); break;
                default: Xml.Skip(); break;
            }
        }
        var item = new Item
        {
            Name = name ?? "", Description = description, SellersId = sellersId, BuyersId = buyersId, StandardId = standardId,
            Classifications = classifications.DrainToImmutable(), OriginCountry = origin, Attributes = attributes.DrainToImmutable(),
        };
        return new LineItem(item, vat?.Code ?? "", vat?.Rate);
    }

    private void ReadClassifications(ImmutableArray<ItemClassification>.Builder classifications)
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() != "ItemClassificationCode") { Xml.Skip(); continue; }
            var listId = Xml.GetAttribute("listID")?.Trim();
            var version = Xml.GetAttribute("listVersionID")?.Trim();
            var code = Text();
            classifications.Add(new ItemClassification(code, listId ?? "", string.IsNullOrEmpty(version) ? null : version));
        }
    }

    private ItemAttribute ReadItemProperty()
    {
        string? name = null, value = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "Name": Keep(ref name, Text()); break;
                case "Value": Keep(ref value, Text()); break;
                default: Xml.Skip(); break;
            }
        }
        return new ItemAttribute(name ?? "", value ?? "");
    }

    // BG-29: the net price, its base quantity, and the price discount (BT-147) with the gross price (BT-148).
    private Price ReadPrice()
    {
        decimal? net = null, baseQuantity = null, discount = null, gross = null;
        string? baseUnit = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "PriceAmount": Keep(ref net, Decimal()); break;
                case "BaseQuantity" when baseQuantity is null:
                    baseUnit = Xml.GetAttribute("unitCode")?.Trim();
                    baseQuantity = Decimal();
                    break;
                case "AllowanceCharge" when discount is null && gross is null:
                    var allowance = ReadAllowanceCharge(documentLevel: false);
                    if (!allowance.IsCharge) (discount, gross) = (allowance.Amount, allowance.BaseAmount);
                    break;
                default: Xml.Skip(); break;
            }
        }
        return new Price
        {
            NetAmount = net ?? 0m, Discount = discount, GrossAmount = gross, BaseQuantity = baseQuantity,
            BaseQuantityUnitCode = string.IsNullOrEmpty(baseUnit) ? null : baseUnit,
        };
    }
}
