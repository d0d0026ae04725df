using Efactura.Core.Model;

namespace Efactura.Ubl;

internal sealed partial class UblDocumentWriter
{
    // InvoiceLine / CreditNoteLine (BG-25): ID .. Price.
    private void WriteLine(InvoiceLine line)
    {
        Start(_creditNote ? "CreditNoteLine" : "InvoiceLine");
        Text("ID", line.Id ?? "", required: true);
        Text("Note", line.Note);
        Quantity(_creditNote ? "CreditedQuantity" : "InvoicedQuantity", line.Quantity, line.UnitCode);
        Amount("LineExtensionAmount", line.NetAmount);
        Text("AccountingCost", line.BuyerAccountingReference);
        WritePeriod(line.Period);
        if (HasText(line.OrderLineReference))
        {
            Start("OrderLineReference");
            Text("LineID", line.OrderLineReference);
            End();
        }
        if (line.ObjectIdentifier is { } objectId && HasText(objectId.Value))
        {
            // BT-128: a line document reference with type code 130 (EN 16931 UBL binding).
            Start("DocumentReference");
            Identifier("ID", objectId);
            Text("DocumentTypeCode", UblCodes.InvoicedObjectDocumentType);
            End();
        }
        foreach (var allowanceCharge in line.AllowanceCharges.OrEmpty())
            WriteAllowanceCharge(allowanceCharge, withTaxCategory: false);
        WriteItem(line);
        WritePrice(line.Price);
        End();
    }

    private void WriteItem(InvoiceLine line)
    {
        var item = line.Item;
        Start("Item");
        Text("Description", item.Description);
        Text("Name", item.Name ?? "", required: true);
        ItemIdentification("BuyersItemIdentification", item.BuyersId is null ? null : new Identifier(item.BuyersId));
        ItemIdentification("SellersItemIdentification", item.SellersId is null ? null : new Identifier(item.SellersId));
        ItemIdentification("StandardItemIdentification", item.StandardId);
        if (HasText(item.OriginCountry))
        {
            Start("OriginCountry");
            Text("IdentificationCode", item.OriginCountry);
            End();
        }
        foreach (var classification in item.Classifications.OrEmpty())
        {
            Start("CommodityClassification");
            xml.WriteStartElement("cbc", "ItemClassificationCode", Cbc);
            if (HasText(classification.ListId)) xml.WriteAttributeString("listID", classification.ListId);
            if (HasText(classification.ListVersionId)) xml.WriteAttributeString("listVersionID", classification.ListVersionId);
            xml.WriteString(classification.Code ?? "");
            xml.WriteEndElement();
            End();
        }
        if (HasText(line.VatCategory.Code) || line.VatRate is not null)
        {
            Start("ClassifiedTaxCategory");
            Text("ID", line.VatCategory.Code ?? "", required: true);
            Number("Percent", line.VatRate);
            VatScheme();
            End();
        }
        foreach (var attribute in item.Attributes.OrEmpty())
        {
            Start("AdditionalItemProperty");
            Text("Name", attribute.Name ?? "", required: true);
            Text("Value", attribute.Value);
            End();
        }
        End();
    }

    private void ItemIdentification(string name, Identifier? identifier)
    {
        if (identifier is null || !HasText(identifier.Value)) return;
        Start(name);
        Identifier("ID", identifier);
        End();
    }

    private void WritePrice(Price price)
    {
        Start("Price");
        Amount("PriceAmount", price.NetAmount);
        Quantity("BaseQuantity", price.BaseQuantity, price.BaseQuantityUnitCode);
        if (price.Discount is not null || price.GrossAmount is not null)
        {
            Start("AllowanceCharge");
            Text("ChargeIndicator", "false");
            // cbc:Amount is required by the XSD; a gross price without a discount gives gross − net (BT-147 definition).
            Amount("Amount", price.Discount ?? price.GrossAmount!.Value - price.NetAmount);
            Amount("BaseAmount", price.GrossAmount);
            End();
        }
        End();
    }
}
