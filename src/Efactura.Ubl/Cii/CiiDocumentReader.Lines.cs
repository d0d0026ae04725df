using System.Collections.Immutable;
using Efactura.Core.Model;

namespace Efactura.Ubl.Cii;

internal sealed partial class CiiDocumentReader
{
    // ram:IncludedSupplyChainTradeLineItem (BG-25).
    private InvoiceLine ReadLine()
    {
        string? id = null, note = null, unitCode = null, orderLine = null, accountingCost = null, category = null;
        decimal? quantity = null, netAmount = null, rate = null;
        Identifier? objectId = null;
        InvoicePeriod? period = null;
        var allowanceCharges = ImmutableArray.CreateBuilder<AllowanceCharge>();
        Item? item = null;
        Price? price = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "AssociatedDocumentLineDocument":
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        switch (ChildName())
                        {
                            case "LineID": Keep(ref id, Text()); break;
                            case "IncludedNote": note = Join(note, ReadChildText("Content")); break;
                            default: Xml.Skip(); break;
                        }
                    }
                    break;
                case "SpecifiedTradeProduct": Keep(ref item, ReadProduct()); break;
                case "SpecifiedLineTradeAgreement": ReadLineAgreement(ref orderLine, ref price); break;
                case "SpecifiedLineTradeDelivery":
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        if (ChildName() == "BilledQuantity" && quantity is null)
                        {
                            unitCode = Xml.GetAttribute("unitCode")?.Trim();
                            quantity = Decimal();
                        }
                        else Xml.Skip();
                    }
                    break;
                case "SpecifiedLineTradeSettlement":
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        switch (ChildName())
                        {
                            case "ApplicableTradeTax" when category is null: (category, rate) = ReadTaxCategory(); break;
                            case "BillingSpecifiedPeriod": Keep(ref period, ReadPeriod()); break;
                            case "SpecifiedTradeAllowanceCharge": allowanceCharges.Add(ReadAllowanceCharge(documentLevel: false)); break;
                            case "SpecifiedTradeSettlementLineMonetarySummation": Keep(ref netAmount, ReadLineTotal()); break;
                            case "AdditionalReferencedDocument":
                                var document = ReadReferencedDocument();
                                if (document is { TypeCode: CiiCodes.InvoicedObjectType, Id: { } objectValue })
                                    objectId ??= new Identifier(objectValue, document.ReferenceTypeCode);
                                break;
                            case "ReceivableSpecifiedTradeAccountingAccount": Keep(ref accountingCost, ReadChildText("ID")); break;
                            default: Xml.Skip(); break;
                        }
                    }
                    break;
                default: Xml.Skip(); break;
            }
        }
        return new InvoiceLine
        {
            Id = id ?? "", Note = note, ObjectIdentifier = objectId, Quantity = quantity ?? 0m, UnitCode = unitCode ?? "",
            NetAmount = netAmount ?? 0m, OrderLineReference = orderLine, BuyerAccountingReference = accountingCost, Period = period,
            AllowanceCharges = allowanceCharges.DrainToImmutable(), Price = price ?? new Price { NetAmount = 0m },
            VatCategory = new VatCategory(category ?? ""), VatRate = rate, Item = item ?? new Item { Name = "" },
        };
    }

    private decimal? ReadLineTotal()
    {
        decimal? total = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() == "LineTotalAmount") Keep(ref total, Decimal());
            else Xml.Skip();
        }
        return total;
    }

    // BG-31.
    private Item ReadProduct()
    {
        string? name = null, description = null, sellersId = null, buyersId = null, origin = null;
        Identifier? standardId = null;
        var classifications = ImmutableArray.CreateBuilder<ItemClassification>();
        var attributes = ImmutableArray.CreateBuilder<ItemAttribute>();
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "GlobalID": Keep(ref standardId, IdentifierValue()); break;
                case "SellerAssignedID": Keep(ref sellersId, OptionalText()); break;
                case "BuyerAssignedID": Keep(ref buyersId, OptionalText()); break;
                case "Name": Keep(ref name, Text()); break;
                case "Description": description = Join(description, OptionalText()); break;
                case "ApplicableProductCharacteristic": attributes.Add(ReadCharacteristic()); break;
                case "DesignatedProductClassification":
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        if (ChildName() != "ClassCode") { Xml.Skip(); continue; }
                        var listId = Xml.GetAttribute("listID")?.Trim();
                        var version = Xml.GetAttribute("listVersionID")?.Trim();
                        classifications.Add(new ItemClassification(Text(), listId ?? "", string.IsNullOrEmpty(version) ? null : version));
                    }
                    break;
                case "OriginTradeCountry": Keep(ref origin, ReadChildText("ID")); break;
                default: Xml.Skip(); break;
            }
        }
        return new Item
        {
            Name = name ?? "", Description = description, SellersId = sellersId, BuyersId = buyersId, StandardId = standardId,
            Classifications = classifications.DrainToImmutable(), OriginCountry = origin, Attributes = attributes.DrainToImmutable(),
        };
    }

    // BG-32: the name is ram:Description in CII.
    private ItemAttribute ReadCharacteristic()
    {
        string? name = null, value = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "Description": Keep(ref name, Text()); break;
                case "Value": Keep(ref value, Text()); break;
                default: Xml.Skip(); break;
            }
        }
        return new ItemAttribute(name ?? "", value ?? "");
    }

    // BT-132 and BG-29: the net price (BT-146), the gross price (BT-148) with its discount (BT-147), and the base
    // quantity (BT-149, BT-150), which the binding places in the net price (else taken from the gross price).
    private void ReadLineAgreement(ref string? orderLine, ref Price? price)
    {
        decimal? net = null, gross = null, discount = null, netBase = null, grossBase = null;
        string? netUnit = null, grossUnit = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "BuyerOrderReferencedDocument": Keep(ref orderLine, ReadReferencedDocument().LineId); break;
                case "NetPriceProductTradePrice": ReadTradePrice(ref net, ref netBase, ref netUnit, ref discount, gross: false); break;
                case "GrossPriceProductTradePrice": ReadTradePrice(ref gross, ref grossBase, ref grossUnit, ref discount, gross: true); break;
                default: Xml.Skip(); break;
            }
        }
        if (net is null && gross is null) return;
        var baseUnit = netBase is not null ? netUnit : grossUnit;
        price ??= new Price
        {
            NetAmount = net ?? 0m, GrossAmount = gross, Discount = discount, BaseQuantity = netBase ?? grossBase,
            BaseQuantityUnitCode = string.IsNullOrEmpty(baseUnit) ? null : baseUnit,
        };
    }

    private void ReadTradePrice(ref decimal? amount, ref decimal? baseQuantity, ref string? baseUnit, ref decimal? discount, bool gross)
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ChargeAmount": Keep(ref amount, Decimal()); break;
                case "BasisQuantity" when baseQuantity is null:
                    baseUnit = Xml.GetAttribute("unitCode")?.Trim();
                    baseQuantity = Decimal();
                    break;
                case "AppliedTradeAllowanceCharge" when gross && discount is null:
                    var allowance = ReadAllowanceCharge(documentLevel: false);
                    if (!allowance.IsCharge) discount = allowance.Amount;
                    break;
                default: Xml.Skip(); break;
            }
        }
    }
}
