using System.Globalization;
using System.Xml.Linq;

namespace Efactura.Validation.Tests.Mutations;

/// <summary>
/// One example document opened for a single edit: the places the mutations aim at (parties, totals, lines,
/// VAT breakdown) and the edits they make. Every edit returns false when its target is absent, so a
/// mutation that does not apply to an example is skipped rather than producing an unchanged copy.
/// </summary>
internal sealed class UblEditor(XDocument document)
{
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    /// <summary>
    /// UBL 2.1 Invoice document element order (maindoc/UBL-Invoice-2.1.xsd), for inserting at a valid place; CreditNoteTypeCode
    /// stands where a credit note has it relative to the elements the mutations insert.
    /// </summary>
    public static readonly XName[] InvoiceOrder = Names(Cbc, "UBLVersionID CustomizationID ProfileID ProfileExecutionID ID CopyIndicator UUID IssueDate IssueTime DueDate InvoiceTypeCode CreditNoteTypeCode Note TaxPointDate DocumentCurrencyCode TaxCurrencyCode PricingCurrencyCode PaymentCurrencyCode PaymentAlternativeCurrencyCode AccountingCostCode AccountingCost LineCountNumeric BuyerReference")
        .Concat(Names(Cac, "InvoicePeriod OrderReference BillingReference DespatchDocumentReference ReceiptDocumentReference StatementDocumentReference OriginatorDocumentReference ContractDocumentReference AdditionalDocumentReference ProjectReference Signature AccountingSupplierParty AccountingCustomerParty PayeeParty BuyerCustomerParty SellerSupplierParty TaxRepresentativeParty Delivery DeliveryTerms PaymentMeans PaymentTerms PrepaidPayment AllowanceCharge TaxExchangeRate PricingExchangeRate PaymentExchangeRate PaymentAlternativeExchangeRate TaxTotal WithholdingTaxTotal LegalMonetaryTotal InvoiceLine"))
        .ToArray();

    /// <summary>UBL 2.1 PartyType element order.</summary>
    public static readonly XName[] PartyOrder = Names(Cbc, "MarkCareIndicator MarkAttentionIndicator WebsiteURI LogoReferenceID EndpointID IndustryClassificationCode")
        .Concat(Names(Cac, "PartyIdentification PartyName Language PostalAddress PhysicalLocation PartyTaxScheme PartyLegalEntity Contact Person AgentParty ServiceProviderParty PowerOfAttorney FinancialAccount"))
        .ToArray();

    /// <summary>UBL 2.1 AddressType element order.</summary>
    public static readonly XName[] AddressOrder = Names(Cbc, "ID AddressTypeCode AddressFormatCode Postbox Floor Room StreetName AdditionalStreetName BlockName BuildingName BuildingNumber InhouseMail Department MarkAttention MarkCare PlotIdentification CitySubdivisionName CityName PostalZone CountrySubentity CountrySubentityCode Region District TimezoneOffset")
        .Concat(Names(Cac, "AddressLine Country LocationCoordinate"))
        .ToArray();

    /// <summary>UBL 2.1 TaxCategoryType element order.</summary>
    public static readonly XName[] TaxCategoryOrder = Names(Cbc, "ID Name Percent BaseUnitMeasure PerUnitAmount TaxExemptionReasonCode TaxExemptionReason TierRange TierRatePercent")
        .Concat(Names(Cac, "TaxScheme"))
        .ToArray();

    /// <summary>The start of UBL 2.1 InvoiceLineType / CreditNoteLineType, identical in both up to AccountingCost.</summary>
    public static readonly XName[] LineHeadOrder = Names(Cbc, "ID UUID Note InvoicedQuantity CreditedQuantity LineExtensionAmount TaxPointDate AccountingCostCode AccountingCost").ToArray();

    /// <summary>UBL 2.1 ItemType element order.</summary>
    public static readonly XName[] ItemOrder = Names(Cbc, "Description PackQuantity PackSizeNumeric CatalogueIndicator Name HazardousRiskIndicator AdditionalInformation Keyword BrandName ModelName")
        .Concat(Names(Cac, "BuyersItemIdentification SellersItemIdentification ManufacturersItemIdentification StandardItemIdentification CatalogueItemIdentification AdditionalItemIdentification CatalogueDocumentReference ItemSpecificationDocumentReference OriginCountry CommodityClassification TransactionConditions HazardousItem ClassifiedTaxCategory AdditionalItemProperty"))
        .ToArray();

    /// <summary>UBL 2.1 MonetaryTotalType element order.</summary>
    public static readonly XName[] MonetaryTotalOrder = Names(Cbc, "LineExtensionAmount TaxExclusiveAmount TaxInclusiveAmount AllowanceTotalAmount ChargeTotalAmount PrepaidAmount PayableRoundingAmount PayableAmount PayableAlternativeAmount").ToArray();

    /// <summary>UBL 2.1 PaymentMeansType element order.</summary>
    public static readonly XName[] PaymentMeansOrder = Names(Cbc, "ID PaymentMeansCode PaymentDueDate PaymentChannelCode InstructionID InstructionNote PaymentID")
        .Concat(Names(Cac, "CardAccount PayerFinancialAccount PayeeFinancialAccount CreditAccount PaymentMandate TradeFinancing"))
        .ToArray();

    public XDocument Document { get; } = document;

    public XElement Root => Document.Root!;

    public bool IsCreditNote => Root.Name.LocalName == "CreditNote";

    public XElement? Supplier => Root.Element(Cac + "AccountingSupplierParty")?.Element(Cac + "Party");

    public XElement? Customer => Root.Element(Cac + "AccountingCustomerParty")?.Element(Cac + "Party");

    public XElement? TaxRepresentative => Root.Element(Cac + "TaxRepresentativeParty");

    public XElement? Totals => Root.Element(Cac + "LegalMonetaryTotal");

    /// <summary>The first TaxTotal (the one with the VAT breakdown in the document currency).</summary>
    public XElement? TaxTotal => Root.Element(Cac + "TaxTotal");

    public IEnumerable<XElement> Subtotals => Root.Elements(Cac + "TaxTotal").Elements(Cac + "TaxSubtotal");

    public IEnumerable<XElement> Lines => Root.Elements(Cac + (IsCreditNote ? "CreditNoteLine" : "InvoiceLine"));

    public XElement? FirstLine => Lines.FirstOrDefault();

    public XName QuantityName => Cbc + (IsCreditNote ? "CreditedQuantity" : "InvoicedQuantity");

    public XName TypeCodeName => Cbc + (IsCreditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode");

    /// <summary>The document-level VAT breakdown category (BG-23) of the given VAT category code, if any.</summary>
    public XElement? SubtotalCategory(string code) =>
        Subtotals.Elements(Cac + "TaxCategory").FirstOrDefault(c => (string?)c.Element(Cbc + "ID") == code);

    /// <summary>The first line whose item is classified in the given VAT category code.</summary>
    public XElement? LineIn(string code) =>
        Lines.FirstOrDefault(l => (string?)l.Element(Cac + "Item")?.Element(Cac + "ClassifiedTaxCategory")?.Element(Cbc + "ID") == code);

    public static XElement? Path(XElement? start, params string[] steps)
    {
        var current = start;
        foreach (var step in steps)
        {
            if (current is null) return null;
            current = current.Element(Qualified(step));
        }
        return current;
    }

    public static XName Qualified(string step) => step.StartsWith("cbc:", StringComparison.Ordinal)
        ? Cbc + step[4..]
        : step.StartsWith("cac:", StringComparison.Ordinal) ? Cac + step[4..] : throw new ArgumentException($"unknown prefix in {step}", nameof(step));

    public static bool SetText(XElement? element, string value)
    {
        if (element is null || element.HasElements) return false;
        element.Value = value;
        return true;
    }

    public static bool SetAttribute(XElement? element, string name, string? value)
    {
        if (element is null) return false;
        if (value is null && element.Attribute(name) is null) return false;
        element.SetAttributeValue(name, value);
        return true;
    }

    public static bool Remove(XElement? element)
    {
        if (element is null) return false;
        element.Remove();
        return true;
    }

    public static bool RemoveAll(IEnumerable<XElement> elements)
    {
        var list = elements.ToList();
        if (list.Count == 0) return false;
        list.Remove();
        return true;
    }

    public static bool Duplicate(XElement? element)
    {
        if (element is null) return false;
        element.AddAfterSelf(new XElement(element));
        return true;
    }

    /// <summary>Adds <paramref name="delta"/> to a decimal value, keeping at least the decimals it had.</summary>
    public static bool Shift(XElement? element, decimal delta)
    {
        if (element is null || !decimal.TryParse(element.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return false;
        var decimals = element.Value.Contains('.', StringComparison.Ordinal) ? element.Value.Length - element.Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        element.Value = (value + delta).ToString("F" + Math.Max(decimals, 2), CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Sets the text of the named child, inserting the child at its schema position when it is missing.</summary>
    public static bool SetOrInsert(XElement? parent, XName name, string value, IReadOnlyList<XName> order)
    {
        if (parent is null) return false;
        if (parent.Element(name) is { } existing) return SetText(existing, value);
        return Insert(parent, new XElement(name, value), order);
    }

    /// <summary>
    /// Inserts a child after the last existing child that comes no later than it in the schema's order (children
    /// the order does not name are passed over), or first when there is none.
    /// </summary>
    public static bool Insert(XElement? parent, XElement child, IReadOnlyList<XName> order)
    {
        if (parent is null) return false;
        var position = IndexIn(order, child.Name);
        if (position < 0) throw new ArgumentException($"{child.Name} is not in the given order", nameof(child));
        var preceding = parent.Elements().LastOrDefault(e => IndexIn(order, e.Name) is var i && i >= 0 && i <= position);
        if (preceding is null) parent.AddFirst(child);
        else preceding.AddAfterSelf(child);
        return true;
    }

    private static int IndexIn(IReadOnlyList<XName> order, XName name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name) return i;
        }
        return -1;
    }

    private static IEnumerable<XName> Names(XNamespace ns, string names) => names.Split(' ').Select(n => ns + n);
}
