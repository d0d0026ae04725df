using Efactura.Core.Json;
using Efactura.Core.Model;
using static Efactura.Validation.Fields.Pointer;

namespace Efactura.Validation.Fields;

internal sealed partial class FieldPointers
{
    // cac:InvoiceLine / cac:CreditNoteLine (BG-25), in the order of the lines array.
    private string Line(int index, ReadOnlySpan<XPathStep> rest)
    {
        var at = Item("/" + InvoiceFields.Lines, index);
        if (rest.IsEmpty || index < 0 || index >= invoice.Lines.Length) return at;
        var line = invoice.Lines[index];
        var step = rest[0];
        var leaf = rest.Length > 1 ? rest[1] : (XPathStep?)null;
        return step.Name switch
        {
            "ID" => Member(at, LineFields.Id),
            "Note" => Member(at, LineFields.Note),
            "InvoicedQuantity" or "CreditedQuantity" => Member(at, leaf is { IsAttribute: true } ? LineFields.Unit : LineFields.Quantity),
            // The net amount is computed from quantity, price and the line's allowances and charges.
            "LineExtensionAmount" => leaf is { IsAttribute: true } ? "/" + InvoiceFields.Currency : at,
            "AccountingCost" => Member(at, LineFields.AccountingReference),
            "InvoicePeriod" => Period(Member(at, LineFields.Period), rest[1..], documentLevel: false),
            "OrderLineReference" => Member(at, LineFields.OrderLineReference),
            "DocumentReference" => Identifier(Member(at, LineFields.ObjectId), rest.Length > 2 ? rest[2] : null),
            "AllowanceCharge" => LineAllowanceCharge(at, line, step.Position - 1, rest[1..]),
            "Item" => ItemMember(at, line, rest[1..]),
            "Price" => Price(at, rest[1..]),
            _ => at,
        };
    }

    // The model holds the JSON's discount, then its allowances, then its charges.
    private string LineAllowanceCharge(string at, InvoiceLine line, int index, ReadOnlySpan<XPathStep> rest)
    {
        if (index < 0 || index >= line.AllowanceCharges.Length) return at;
        var charge = line.AllowanceCharges[index];
        var sameKindBefore = line.AllowanceCharges.Take(index).Count(a => a.IsCharge == charge.IsCharge);
        string member;
        if (charge.IsCharge) member = Item(Member(at, LineFields.Charges), sameKindBefore);
        else if (json.Has(Member(at, LineFields.Discount))) member = sameKindBefore == 0 ? Member(at, LineFields.Discount) : Item(Member(at, LineFields.Allowances), sameKindBefore - 1);
        else member = Item(Member(at, LineFields.Allowances), sameKindBefore);
        return AllowanceChargeMember(member, charge, rest, documentLevel: false);
    }

    private string ItemMember(string at, InvoiceLine line, ReadOnlySpan<XPathStep> rest)
    {
        if (rest.IsEmpty) return Member(at, LineFields.Description);
        var step = rest[0];
        var leaf = rest.Length > 1 ? rest[1] : (XPathStep?)null;
        return step.Name switch
        {
            "Description" => Member(at, LineFields.Details),
            "Name" => Member(at, LineFields.Description),
            "BuyersItemIdentification" => Member(at, LineFields.BuyerItemCode),
            "SellersItemIdentification" => Member(at, LineFields.ItemCode),
            "StandardItemIdentification" => json.Has(Member(at, LineFields.Gtin))
                ? Member(at, LineFields.Gtin)
                : Identifier(Member(at, LineFields.StandardId), rest.Length > 2 ? rest[2] : null),
            "OriginCountry" => Member(at, LineFields.OriginCountry),
            "CommodityClassification" => Classification(at, step.Position - 1, rest.Length > 2 ? rest[2] : null),
            "ClassifiedTaxCategory" => Member(at, leaf?.Name == "Percent" ? LineFields.VatRate : LineFields.VatCategory),
            "AdditionalItemProperty" => Attribute(at, line.Item, step.Position - 1, leaf),
            _ => at,
        };
    }

    // The reader lists cpv, then nc, then the classifications array.
    private string Classification(string at, int index, XPathStep? attribute)
    {
        foreach (var shortName in new[] { LineFields.Cpv, LineFields.Nc })
        {
            if (!json.Has(Member(at, shortName))) continue;
            if (index == 0) return Member(at, shortName);
            index--;
        }
        var item = Item(Member(at, LineFields.Classifications), index);
        return attribute is { IsAttribute: true } ? Member(item, attribute.Value.Name == "listVersionID" ? ComponentFields.ListVersion : ComponentFields.ListId) : Member(item, ComponentFields.Code);
    }

    // Attributes are {"name": "value"} or an array of {name, value}.
    private string Attribute(string at, Item item, int index, XPathStep? leaf)
    {
        var attributes = Member(at, LineFields.Attributes);
        if (json.IsObject(attributes) && index >= 0 && index < item.Attributes.Length) return Member(attributes, item.Attributes[index].Name);
        return Member(Item(attributes, index), leaf?.Name == "Name" ? ComponentFields.Name : ComponentFields.Value);
    }

    private string Price(string at, ReadOnlySpan<XPathStep> rest)
    {
        if (rest.IsEmpty) return Member(at, LineFields.UnitPrice);
        var leaf = rest.Length > 1 ? rest[1] : (XPathStep?)null;
        return rest[0].Name switch
        {
            "PriceAmount" => leaf is { IsAttribute: true } ? "/" + InvoiceFields.Currency : Member(at, LineFields.UnitPrice),
            "BaseQuantity" => Member(at, leaf is { IsAttribute: true } ? LineFields.BaseQuantityUnit : LineFields.BaseQuantity),
            // The price allowance holds BT-147 (the discount) and BT-148 (the gross price); the reader derives one from the other.
            "AllowanceCharge" => leaf?.Name == "BaseAmount" || !json.Has(Member(at, LineFields.PriceDiscount))
                ? Member(at, LineFields.GrossPrice)
                : Member(at, LineFields.PriceDiscount),
            _ => Member(at, LineFields.UnitPrice),
        };
    }
}
