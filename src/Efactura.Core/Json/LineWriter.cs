using System.Text.Json.Nodes;
using Efactura.Core.Model;
using F = Efactura.Core.Json.LineFields;

namespace Efactura.Core.Json;

/// <summary>Writes an invoice line; the net amount is not written, since parsing computes it.</summary>
internal static class LineWriter
{
    private const string GtinScheme = "0160";

    public static JsonObject Write(InvoiceLine line, ExemptionReasonPlacement reasons)
    {
        var node = new JsonObject()
            .Put(F.Id, line.Id)
            .Put(F.Description, line.Item.Name)
            .Put(F.Details, line.Item.Description)
            .Put(F.Note, line.Note)
            .Put(F.Quantity, line.Quantity)
            .Put(F.Unit, line.UnitCode)
            .Put(F.UnitPrice, line.Price.NetAmount)
            .Put(F.GrossPrice, line.Price.GrossAmount)
            .Put(F.PriceDiscount, line.Price.Discount)
            .Put(F.BaseQuantity, line.Price.BaseQuantity)
            .Put(F.BaseQuantityUnit, line.Price.BaseQuantityUnitCode)
            // S is what a positive rate means without a category.
            .Put(F.VatCategory, line.VatCategory == VatCategory.Standard && line.VatRate > 0m ? null : line.VatCategory.Code)
            .Put(F.VatRate, line.VatRate);
        if (reasons.Claim(line.VatCategory) is { } reason)
            node.Put(F.ExemptionReason, reason.Text).Put(F.ExemptionReasonCode, reason.Code);
        PutAllowanceCharges(node, line);
        PutItem(node, line.Item);
        return node
            .Put(F.OrderLineReference, line.OrderLineReference)
            .Put(F.AccountingReference, line.BuyerAccountingReference)
            .Put(F.Period, InvoiceWriter.Period(line.Period))
            .Put(F.ObjectId, line.ObjectIdentifier.ToNode());
    }

    private static void PutAllowanceCharges(JsonObject node, InvoiceLine line)
    {
        var allowances = line.AllowanceCharges.Where(a => !a.IsCharge).ToList();
        if (allowances.Count == 1) node.Put(F.Discount, AllowanceChargeWriter.Discount(allowances[0]));
        else node.Put(F.Allowances, allowances.Select(a => (JsonNode)AllowanceChargeWriter.Write(a)).ToJsonArray());
        node.Put(F.Charges, line.AllowanceCharges.Where(a => a.IsCharge).Select(c => (JsonNode)AllowanceChargeWriter.Write(c)).ToJsonArray());
    }

    private static void PutItem(JsonObject node, Item item)
    {
        node.Put(F.ItemCode, item.SellersId).Put(F.BuyerItemCode, item.BuyersId);
        if (item.StandardId is { SchemeId: GtinScheme } gtin) node.Put(F.Gtin, gtin.Value);
        else node.Put(F.StandardId, item.StandardId.ToNode());
        PutClassifications(node, item);
        node.Put(F.OriginCountry, item.OriginCountry).Put(F.Attributes, Attributes(item));
    }

    // Parsing lists cpv first, then nc, then the others: only a leading CPV and NC may use the short names.
    private static void PutClassifications(JsonObject node, Item item)
    {
        var rest = item.Classifications.AsSpan();
        if (rest.Length > 0 && rest[0] is { ListId: ItemClassification.Cpv, ListVersionId: null } cpv)
        {
            node.Put(F.Cpv, cpv.Code);
            rest = rest[1..];
        }
        if (rest.Length > 0 && rest[0] is { ListId: ItemClassification.CombinedNomenclature, ListVersionId: null } nc)
        {
            node.Put(F.Nc, nc.Code);
            rest = rest[1..];
        }
        node.Put(F.Classifications, rest.ToArray().Select(c => (JsonNode)new JsonObject()
            .Put(ComponentFields.Code, c.Code)
            .Put(ComponentFields.ListId, c.ListId)
            .Put(ComponentFields.ListVersion, c.ListVersionId)).ToJsonArray());
    }

    // {"name": "value"} reads best; names that repeat need the array form.
    private static JsonNode? Attributes(Item item)
    {
        if (item.Attributes.IsEmpty) return null;
        if (item.Attributes.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == item.Attributes.Length)
        {
            var map = new JsonObject();
            foreach (var attribute in item.Attributes) map[attribute.Name] = attribute.Value;
            return map;
        }
        return item.Attributes.Select(a => (JsonNode)new JsonObject().Put(ComponentFields.Name, a.Name).Put(ComponentFields.Value, a.Value)).ToJsonArray();
    }
}
