using Efactura.Validation.Engine;
using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.CiusRo;

/// <summary>
/// ANAF's pattern "ROmodel" (cius-ro/RO16931-rules.sch, CIUS-RO 1.0.9): the 100 BR-RO rules plus
/// BR-DEC-RO and ANAF's relocated BR-27, in the official rule order. Several contexts repeat an earlier
/// one (the second InvoiceLine rule, the root rule with <c>cac:CreditNote</c>) and so never run, exactly
/// as in the official artefact.
/// </summary>
internal static class RoModelPattern
{
    /// <summary>The CIUS-RO specification identifier ANAF requires in BT-24 (variable RO-CIUS-ID).</summary>
    public const string CustomizationId = "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1";

    /// <summary>ISO 3166-2:RO county codes (variable ISO-3166-RO-CODES).</summary>
    private static readonly HashSet<string> Counties =
    [
        "RO-AB", "RO-AG", "RO-AR", "RO-B", "RO-BC", "RO-BH", "RO-BN", "RO-BR", "RO-BT", "RO-BV", "RO-BZ", "RO-CJ", "RO-CL",
        "RO-CS", "RO-CT", "RO-CV", "RO-DB", "RO-DJ", "RO-GJ", "RO-GL", "RO-GR", "RO-HD", "RO-HR", "RO-IF", "RO-IL", "RO-IS",
        "RO-MH", "RO-MM", "RO-MS", "RO-NT", "RO-OT", "RO-PH", "RO-SB", "RO-SJ", "RO-SM", "RO-SV", "RO-TL", "RO-TM", "RO-TR",
        "RO-VL", "RO-VN", "RO-VS",
    ];

    /// <summary>Bucharest sectors, the only city names allowed with county RO-B (variable SECTOR-RO-CODES).</summary>
    private static readonly HashSet<string> Sectors = ["SECTOR1", "SECTOR2", "SECTOR3", "SECTOR4", "SECTOR5", "SECTOR6"];

    private static readonly CodeList InvoiceTypes = new(" 380 384 389 751 ");
    private static readonly CodeList CreditNoteTypes = new(" 381 ");
    private static readonly CodeList PeriodCodes = new(" 3 35 432 ");
    private static readonly string[] VatCategories = ["S", "Z", "E", "AE", "K", "G", "L", "M"];

    public static Pattern Create() => new("ROmodel",
    [
        Date("cbc:IssueDate", "BR-RO-DT001"),
        Date("cbc:TaxPointDate", "BR-RO-DT002"),
        Date("cbc:DueDate", "BR-RO-DT003"),
        Date("cbc:PaymentDueDate", "BR-RO-DT003_CN"),
        Date("cbc:ActualDeliveryDate", "BR-RO-DT004"),
        Date("cbc:StartDate", "BR-RO-DT005"),
        Date("cbc:EndDate", "BR-RO-DT006"),
        // ANAF keeps BR-27 here, on every PriceAmount, instead of on the line as CEN does.
        new Rule("cbc:PriceAmount", new Assertion("BR-27", (e, _) => XPathFunctions.Double(e.Value) >= 0)),
        new Rule("cbc:InvoiceTypeCode", new Assertion("BR-RO-020_1", (e, _) => InvoiceTypes.Contains(e.Value))),
        new Rule("cbc:CreditNoteTypeCode", new Assertion("BR-RO-020_2", (e, _) => CreditNoteTypes.Contains(e.Value))),
        new Rule("/ubl:Invoice | /cn:CreditNote", DocumentAssertions()),
        new Rule("/ubl:Invoice/cac:TaxRepresentativeParty/cac:PostalAddress | /ubl:CreditNote/cac:TaxRepresentativeParty/cac:PostalAddress",
            new Assertion("BR-RO-140", (e, _) => e.NonBlank(Cbc.StreetName)),
            new Assertion("BR-RO-150", (e, _) => e.NonBlank(Cbc.CityName)),
            new Assertion("BR-RO-160", (e, _) => BucharestWithoutSector(e), IsReport: true),
            new Assertion("BR-RO-170", (e, _) => RomanianWithoutCounty(e), IsReport: true)),
        new Rule("cac:PaymentMeans",
            new Assertion("BR-RO-L208", (e, _) => e.Length(Cac.PayeeFinancialAccount, Cbc.Name) <= 200),
            new Assertion("BR-RO-L209", (e, _) => e.Length(Cac.CardAccount, Cbc.HolderName) <= 200),
            new Assertion("BR-RO-L1016", (e, _) => XPathFunctions.NormalizedLength(e.Child(Cbc.PaymentMeansCode)?.Attribute("name")) <= 100),
            new Assertion("BR-RO-L140", (e, _) => e.Length(Cbc.PaymentID) <= 140)),
        new Rule("/ubl:Invoice/cac:Delivery/cac:DeliveryLocation/cac:Address | /ubl:CreditNote/cac:Delivery/cac:DeliveryLocation/cac:Address",
            new Assertion("BR-RO-180", (e, _) => e.NonBlank(Cbc.StreetName)),
            new Assertion("BR-RO-201", (e, _) => e.NonBlank(Cbc.CityName)),
            new Assertion("BR-RO-211", (e, _) => e.NonBlank(Cbc.CountrySubentity)),
            new Assertion("BR-RO-202", (e, _) => BucharestWithoutSector(e), IsReport: true),
            new Assertion("BR-RO-212", (e, _) => RomanianWithoutCounty(e), IsReport: true)),
        new Rule("cac:InvoicePeriod/cbc:DescriptionCode", new Assertion("BR-RO-040", (e, _) => PeriodCodes.Contains(e.Value))),
        new Rule("cac:InvoiceLine | cac:CreditNoteLine",
            new Assertion("BR-RO-L1024", (e, _) => e.Length(Cac.Item, Cbc.Name) <= 100),
            new Assertion("BR-RO-L1021", (e, _) => e.Length(Cbc.AccountingCost) <= 100),
            new Assertion("BR-RO-L212", (e, _) => e.Length(Cac.Item, Cbc.Description) <= 200),
            new Assertion("BR-RO-L303", (e, _) => e.Length(Cbc.Note) <= 300)),
        new Rule("cac:Item/cac:AdditionalItemProperty",
            // count(.) of the context node is always 1: this assert cannot fail.
            new Assertion("BR-RO-A052", (_, _) => true),
            new Assertion("BR-RO-L0505", (e, _) => e.Length(Cbc.Name) <= 50),
            new Assertion("BR-RO-L1025", (e, _) => e.Length(Cbc.Value) <= 100)),
        new Rule("/ubl:Invoice/cac:AllowanceCharge | /ubl:CreditNote/cac:AllowanceCharge", e => e.ChargeIndicatorIs(false),
            new Assertion("BR-DEC-RO-01", (e, _) => e.AtMostTwoDecimals(Cbc.Amount)),
            new Assertion("BR-DEC-RO-02", (e, _) => e.AtMostTwoDecimals(Cbc.BaseAmount)),
            new Assertion("BR-RO-L1017", (e, _) => e.Length(Cbc.AllowanceChargeReasonCode) <= 100)),
        new Rule("/ubl:Invoice/cac:AllowanceCharge | /ubl:CreditNote/cac:AllowanceCharge", e => e.ChargeIndicatorIs(true),
            new Assertion("BR-DEC-RO-05", (e, _) => e.AtMostTwoDecimals(Cbc.Amount)),
            new Assertion("BR-DEC-RO-06", (e, _) => e.AtMostTwoDecimals(Cbc.BaseAmount)),
            new Assertion("BR-RO-L1018", (e, _) => e.Length(Cbc.AllowanceChargeReasonCode) <= 100)),
        new Rule("cac:LegalMonetaryTotal",
            new Assertion("BR-DEC-RO-09", (e, _) => e.AtMostTwoDecimals(Cbc.LineExtensionAmount)),
            new Assertion("BR-DEC-RO-10", (e, _) => e.AtMostTwoDecimals(Cbc.AllowanceTotalAmount)),
            new Assertion("BR-DEC-RO-11", (e, _) => e.AtMostTwoDecimals(Cbc.ChargeTotalAmount)),
            new Assertion("BR-DEC-RO-12", (e, _) => e.AtMostTwoDecimals(Cbc.TaxExclusiveAmount)),
            new Assertion("BR-DEC-RO-14", (e, _) => e.AtMostTwoDecimals(Cbc.TaxInclusiveAmount)),
            new Assertion("BR-DEC-RO-16", (e, _) => e.AtMostTwoDecimals(Cbc.PrepaidAmount)),
            new Assertion("BR-DEC-RO-17", (e, _) => e.AtMostTwoDecimals(Cbc.PayableRoundingAmount)),
            new Assertion("BR-DEC-RO-18", (e, _) => e.AtMostTwoDecimals(Cbc.PayableAmount))),
        // Shadowed for /ubl:Invoice by the root rule above; cac:CreditNote is no UBL element. In the test the
        // predicate [@currencyID = cbc:DocumentCurrencyCode] looks for a child of TaxAmount, so it always holds.
        new Rule("/ubl:Invoice | cac:CreditNote",
            new Assertion("BR-DEC-RO-13", (_, _) => true),
            new Assertion("BR-DEC-RO-15", (_, _) => true)),
        new Rule("cac:TaxTotal/cac:TaxSubtotal",
            new Assertion("BR-DEC-RO-1009", (e, _) => e.AtMostTwoDecimals(Cbc.TaxableAmount)),
            new Assertion("BR-DEC-RO-1010", (e, _) => e.AtMostTwoDecimals(Cbc.TaxAmount))),
        // Shadowed by the earlier InvoiceLine rule: never runs.
        new Rule("cac:InvoiceLine | cac:CreditNoteLine",
            new Assertion("BR-DEC-RO-23", (e, _) => e.AtMostTwoDecimals(Cbc.LineExtensionAmount))),
        new Rule("cac:InvoiceLine/cac:AllowanceCharge | cac:CreditNoteLine/cac:AllowanceCharge", e => e.ChargeIndicatorIs(false),
            new Assertion("BR-DEC-RO-24", (e, _) => e.AtMostTwoDecimals(Cbc.Amount)),
            new Assertion("BR-DEC-RO-25", (e, _) => e.AtMostTwoDecimals(Cbc.BaseAmount)),
            new Assertion("BR-RO-L1022", (e, _) => e.Length(Cbc.AllowanceChargeReason) <= 100)),
        new Rule("cac:InvoiceLine/cac:AllowanceCharge | cac:CreditNoteLine/cac:AllowanceCharge", e => e.ChargeIndicatorIs(true),
            new Assertion("BR-DEC-RO-27", (e, _) => e.AtMostTwoDecimals(Cbc.Amount)),
            new Assertion("BR-DEC-RO-28", (e, _) => e.AtMostTwoDecimals(Cbc.BaseAmount)),
            new Assertion("BR-RO-L1023", (e, _) => e.Length(Cbc.AllowanceChargeReason) <= 100)),
        new Rule("cbc:Note", new Assertion("BR-RO-L302", (e, _) => XPathFunctions.NormalizedLength(e.Value) <= 300)),
        new Rule("cac:AdditionalDocumentReference",
            // count(.) is always 1.
            new Assertion("BR-RO-A051", (_, _) => true),
            new Assertion("BR-RO-L0308", (e, _) => e.Length(Cbc.ID) <= 200),
            new Assertion("BR-RO-L1020", (e, _) => e.Length(Cbc.DocumentDescription) <= 100),
            new Assertion("BR-RO-L210", (e, _) => e.Length(Cac.Attachment, Cac.ExternalReference, Cbc.URI) <= 200),
            new Assertion("BR-RO-L211", (e, _) =>
                XPathFunctions.NormalizedLength(e.First(Cac.Attachment, Cbc.EmbeddedDocumentBinaryObject)?.Attribute("filename")) <= 200)),
        new Rule("cac:BillingReference",
            new Assertion("BR-RO-A500", (e, _) => e.Count(Cac.InvoiceDocumentReference) <= 500),
            new Assertion("BR-RO-L156", (e, _) => e.Length(Cac.InvoiceDocumentReference, Cbc.ID) <= 200)),
        new Rule("/ubl:Invoice/cac:TaxTotal/cac:TaxSubtotal | /ubl:CreditNote/cac:TaxTotal/cac:TaxSubtotal",
            new Assertion("BR-RO-L1019", (e, _) => e.Length(Cbc.TaxExemptionReason) <= 100)),
    ]);

    private static Rule Date(string context, string id) =>
        new(context, new Assertion(id, (e, _) => e.HasText && XPathFunctions.StringLength(e.DirectText) == 10 && XPathFunctions.IsDate(e.Value)));

    private static Assertion[] DocumentAssertions() =>
    [
        new("BR-RO-001", (e, _) => e.AnyEquals(CustomizationId, Cbc.CustomizationID)),
        new("BR-RO-A020", (e, _) => e.Count(Cbc.Note) <= 20),
        MaxLength("BR-RO-L0201", 20, Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cbc.PostalZone),
        MaxLength("BR-RO-L0202", 20, Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress, Cbc.PostalZone),
        MaxLength("BR-RO-L0203", 20, Cac.TaxRepresentativeParty, Cac.PostalAddress, Cbc.PostalZone),
        MaxLength("BR-RO-L0204", 20, Cac.Delivery, Cac.DeliveryLocation, Cac.Address, Cbc.PostalZone),
        MaxLength("BR-RO-L155", 200, Cbc.ID),
        MaxLength("BR-RO-L0302", 200, Cac.ContractDocumentReference, Cbc.ID),
        MaxLength("BR-RO-L0303", 200, Cac.OrderReference, Cbc.ID),
        MaxLength("BR-RO-L0304", 200, Cac.OrderReference, Cbc.SalesOrderID),
        MaxLength("BR-RO-L0305", 200, Cac.ReceiptDocumentReference, Cbc.ID),
        MaxLength("BR-RO-L0306", 200, Cac.DespatchDocumentReference, Cbc.ID),
        MaxLength("BR-RO-L0307", 200, Cac.OriginatorDocumentReference, Cbc.ID),
        MaxLength("BR-RO-L0501", 50, Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cbc.CityName),
        MaxLength("BR-RO-L0502", 50, Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress, Cbc.CityName),
        MaxLength("BR-RO-L0503", 50, Cac.TaxRepresentativeParty, Cac.PostalAddress, Cbc.CityName),
        MaxLength("BR-RO-L0504", 50, Cac.Delivery, Cac.DeliveryLocation, Cac.Address, Cbc.CityName),
        MaxLength("BR-RO-L1001", 100, Cbc.AccountingCost),
        MaxLength("BR-RO-L1002", 100, Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cbc.AdditionalStreetName),
        MaxLength("BR-RO-L1003", 100, Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cac.AddressLine, Cbc.Line),
        MaxLength("BR-RO-L1004", 100, Cac.AccountingSupplierParty, Cac.Party, Cac.Contact, Cbc.Name),
        MaxLength("BR-RO-L1005", 100, Cac.AccountingSupplierParty, Cac.Party, Cac.Contact, Cbc.Telephone),
        MaxLength("BR-RO-L1006", 100, Cac.AccountingSupplierParty, Cac.Party, Cac.Contact, Cbc.ElectronicMail),
        MaxLength("BR-RO-L1007", 100, Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress, Cbc.AdditionalStreetName),
        MaxLength("BR-RO-L1008", 100, Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress, Cac.AddressLine, Cbc.Line),
        MaxLength("BR-RO-L1009", 100, Cac.AccountingCustomerParty, Cac.Party, Cac.Contact, Cbc.Name),
        MaxLength("BR-RO-L1010", 100, Cac.AccountingCustomerParty, Cac.Party, Cac.Contact, Cbc.Telephone),
        MaxLength("BR-RO-L1011", 100, Cac.AccountingCustomerParty, Cac.Party, Cac.Contact, Cbc.ElectronicMail),
        MaxLength("BR-RO-L1012", 100, Cac.TaxRepresentativeParty, Cac.PostalAddress, Cbc.AdditionalStreetName),
        MaxLength("BR-RO-L1013", 100, Cac.TaxRepresentativeParty, Cac.PostalAddress, Cac.AddressLine, Cbc.Line),
        MaxLength("BR-RO-L1014", 100, Cac.Delivery, Cac.DeliveryLocation, Cac.Address, Cbc.AdditionalStreetName),
        MaxLength("BR-RO-L1015", 100, Cac.Delivery, Cac.DeliveryLocation, Cac.Address, Cac.AddressLine, Cbc.Line),
        MaxLength("BR-RO-L151", 150, Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cbc.StreetName),
        MaxLength("BR-RO-L152", 150, Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress, Cbc.StreetName),
        MaxLength("BR-RO-L153", 150, Cac.TaxRepresentativeParty, Cac.PostalAddress, Cbc.StreetName),
        MaxLength("BR-RO-L154", 150, Cac.Delivery, Cac.DeliveryLocation, Cac.Address, Cbc.StreetName),
        MaxLength("BR-RO-L201", 200, Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity, Cbc.RegistrationName),
        MaxLength("BR-RO-L202", 200, Cac.AccountingSupplierParty, Cac.Party, Cac.PartyName, Cbc.Name),
        MaxLength("BR-RO-L203", 200, Cac.AccountingCustomerParty, Cac.Party, Cac.PartyLegalEntity, Cbc.RegistrationName),
        MaxLength("BR-RO-L204", 200, Cac.AccountingCustomerParty, Cac.Party, Cac.PartyName, Cbc.Name),
        MaxLength("BR-RO-L205", 200, Cac.PayeeParty, Cac.PartyName, Cbc.Name),
        MaxLength("BR-RO-L206", 200, Cac.TaxRepresentativeParty, Cac.PartyName, Cbc.Name),
        MaxLength("BR-RO-L207", 200, Cac.Delivery, Cac.DeliveryParty, Cac.PartyName, Cbc.Name),
        MaxLength("BR-RO-L301", 300, Cac.PaymentTerms, Cbc.Note),
        MaxLength("BR-RO-L1000", 1000, Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity, Cbc.CompanyLegalForm),
        new("BR-RO-010", (e, _) => e.Normalized(Cbc.ID).Any(char.IsAsciiDigit)),
        new("BR-RO-030", (e, _) => e.Normalized(Cbc.TaxCurrencyCode) == "RON" || e.Normalized(Cbc.DocumentCurrencyCode) == "RON"),
        new("BR-RO-065", (e, _) => !UsesVat(e) || SellerHasTaxId(e)),
        new("BR-RO-081", (e, _) => e.NonBlank(Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cbc.StreetName)),
        new("BR-RO-082", (e, _) => e.NonBlank(Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress, Cbc.StreetName)),
        new("BR-RO-091", (e, _) => e.NonBlank(Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cbc.CityName)),
        new("BR-RO-092", (e, _) => e.NonBlank(Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress, Cbc.CityName)),
        new("BR-RO-120", (e, _) => !UsesVat(e) || BuyerHasId(e)),
        new("BR-RO-100", (e, _) => BucharestWithoutSector(e, Cac.AccountingSupplierParty), IsReport: true),
        new("BR-RO-110", (e, _) => RomanianWithoutCounty(e, Cac.AccountingSupplierParty), IsReport: true),
        new("BR-RO-101", (e, _) => BucharestWithoutSector(e, Cac.AccountingCustomerParty), IsReport: true),
        new("BR-RO-111", (e, _) => RomanianWithoutCounty(e, Cac.AccountingCustomerParty), IsReport: true),
    ];

    private static Assertion MaxLength(string id, int max, params Name[] path) => new(id, (e, _) => e.Length(path) <= max);

    /// <summary>
    /// The first half of BR-RO-065/120: a document-level allowance (with a VAT scheme after its category id)
    /// or charge, or an invoice line (not a credit note line, as written), in a VAT category other than O.
    /// ChargeIndicator and ids are compared as written, without normalizing.
    /// </summary>
    private static bool UsesVat(Element root)
    {
        foreach (var charge in root.ChildrenNamed(Cac.AllowanceCharge))
        {
            var indicators = charge.ChildrenNamed(Cbc.ChargeIndicator).Select(i => i.Value).ToList();
            foreach (var category in charge.ChildrenNamed(Cac.TaxCategory))
            {
                var children = category.Children;
                for (var i = 0; i < children.Count; i++)
                {
                    var id = children[i];
                    if (id.Name != Cbc.ID || !VatCategories.Contains(id.Value)) continue;
                    if (indicators.Contains("true")) return true;
                    if (indicators.Contains("false") && FollowedByVatScheme(children, i)) return true;
                }
            }
        }
        // Walked lazily: the first line usually answers, and a list of every line's category id cost a 10,000-line
        // invoice half a megabyte for each of the two rules that ask.
        foreach (var id in root.Along(Cac.InvoiceLine, Cac.Item, Cac.ClassifiedTaxCategory, Cbc.ID))
        {
            if (VatCategories.Contains(id.Value)) return true;
        }
        return false;
    }

    private static bool FollowedByVatScheme(ChildList siblings, int index)
    {
        for (var j = index + 1; j < siblings.Count; j++)
        {
            if (siblings[j].Name == Cac.TaxScheme && siblings[j].AnyEquals("VAT", Cbc.ID)) return true;
        }
        return false;
    }

    private static bool SellerHasTaxId(Element root) =>
        root.Exists(Cac.TaxRepresentativeParty, Cac.PartyTaxScheme, Cbc.CompanyID)
        || root.NonBlank(Cac.AccountingSupplierParty, Cac.Party, Cac.PartyTaxScheme, Cbc.CompanyID);

    private static bool BuyerHasId(Element root) =>
        root.Exists(Cac.AccountingCustomerParty, Cac.Party, Cac.PartyLegalEntity, Cbc.CompanyID)
        || root.NonBlank(Cac.AccountingCustomerParty, Cac.Party, Cac.PartyTaxScheme, Cbc.CompanyID);

    /// <summary>Report BR-RO-100/101/160/202 on an address: Romanian, county RO-B, city not a SECTORn.</summary>
    private static bool BucharestWithoutSector(Element address) =>
        address.Normalized(Cac.Country, Cbc.IdentificationCode) == "RO"
        && address.Normalized(Cbc.CountrySubentity) == "RO-B"
        && !Sectors.Contains(address.Normalized(Cbc.CityName));

    /// <summary>Report BR-RO-110/111/170/212 on an address: Romanian, county not an ISO 3166-2:RO code.</summary>
    private static bool RomanianWithoutCounty(Element address) =>
        address.Normalized(Cac.Country, Cbc.IdentificationCode) == "RO"
        && !Counties.Contains(address.Normalized(Cbc.CountrySubentity));

    private static bool BucharestWithoutSector(Element root, Name party) =>
        root.Normalized(party, Cac.Party, Cac.PostalAddress, Cac.Country, Cbc.IdentificationCode) == "RO"
        && root.Normalized(party, Cac.Party, Cac.PostalAddress, Cbc.CountrySubentity) == "RO-B"
        && !Sectors.Contains(root.Normalized(party, Cac.Party, Cac.PostalAddress, Cbc.CityName));

    private static bool RomanianWithoutCounty(Element root, Name party) =>
        root.Normalized(party, Cac.Party, Cac.PostalAddress, Cac.Country, Cbc.IdentificationCode) == "RO"
        && !Counties.Contains(root.Normalized(party, Cac.Party, Cac.PostalAddress, Cbc.CountrySubentity));
}
