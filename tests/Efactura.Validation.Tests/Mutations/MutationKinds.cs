using System.Globalization;
using System.Xml.Linq;
using static Efactura.Validation.Tests.Mutations.UblEditor;

namespace Efactura.Validation.Tests.Mutations;

/// <summary>
/// The catalogue of single-field mutations, one or more per official rule family: document header and
/// dates (BR-RO-DT, BR-RO-001/010/020), parties and addresses (BR-06..11, BR-CO-09/26, BR-RO-065..212),
/// lengths (BR-RO-L, BR-RO-A), totals (BR-CO-10..16), decimals (BR-DEC, BR-DEC-RO), VAT categories
/// (BR-S/Z/E/AE/IC/G/O), code lists (BR-CL), lines and prices (BR-21..27), UBL syntax (UBL-CR/SR/DT), and
/// lexical edges where XPath semantics decide (spaces, signs, code points, limits exactly reached).
/// Slugs are stable: they name the committed oracle verdicts.
/// </summary>
internal static class MutationKinds
{
    private static readonly XNamespace Ext = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";

    public static IReadOnlyList<MutationKind> All { get; } =
    [
        .. Header(), .. Seller(), .. Buyer(), .. OtherParties(), .. Payment(), .. Totals(), .. Decimals(),
        .. VatCategories(), .. Lines(), .. AllowancesAndCharges(), .. Attachments(), .. Syntax(), .. LexicalEdges(),
        .. DateTimezones(),
    ];

    private static string Long(int length) => string.Concat(Enumerable.Repeat("Abcdefghij", length / 10 + 1))[..length];

    private static MutationKind Kind(string slug, string description, Func<UblEditor, bool> apply) => new(slug, description, apply);

    private static IEnumerable<MutationKind> Header() =>
    [
        Kind("customization-id-cen", "BT-24 is the bare EN 16931 id, not CIUS-RO", d => SetText(d.Root.Element(Cbc + "CustomizationID"), "urn:cen.eu:en16931:2017")),
        Kind("customization-id-missing", "BT-24 removed", d => Remove(d.Root.Element(Cbc + "CustomizationID"))),
        Kind("customization-id-padded", "BT-24 with a leading space", d => SetText(d.Root.Element(Cbc + "CustomizationID"), " " + d.Root.Element(Cbc + "CustomizationID")?.Value)),
        Kind("number-without-digit", "invoice number BT-1 without any digit", d => SetText(d.Root.Element(Cbc + "ID"), "FACT-ABC")),
        Kind("number-missing", "invoice number BT-1 removed", d => Remove(d.Root.Element(Cbc + "ID"))),
        Kind("number-too-long", "invoice number BT-1 of 201 characters", d => SetText(d.Root.Element(Cbc + "ID"), "1" + Long(200))),
        Kind("issue-date-dotted", "issue date BT-2 written 20.11.2026", d => SetText(d.Root.Element(Cbc + "IssueDate"), "20.11.2026")),
        Kind("issue-date-with-zone", "issue date BT-2 with a Z time zone", d => SetText(d.Root.Element(Cbc + "IssueDate"), d.Root.Element(Cbc + "IssueDate")?.Value + "Z")),
        Kind("issue-date-missing", "issue date BT-2 removed", d => Remove(d.Root.Element(Cbc + "IssueDate"))),
        Kind("due-date-with-offset", "due date BT-9 with a +02:00 offset", d => SetText(d.Root.Element(Cbc + "DueDate"), d.Root.Element(Cbc + "DueDate")?.Value + "+02:00")),
        Kind("due-date-impossible", "due date BT-9 on 30 February", d => SetText(d.Root.Element(Cbc + "DueDate"), "2026-02-30")),
        Kind("type-code-unknown", "type code BT-3 999, not in UNTDID 1001", d => SetText(d.Root.Element(d.TypeCodeName), "999")),
        Kind("type-code-not-in-cius-ro", "type code BT-3 valid in EN 16931 but not in CIUS-RO (326 / 261)", d => SetText(d.Root.Element(d.TypeCodeName), d.IsCreditNote ? "261" : "326")),
        Kind("type-code-credit-note-on-invoice", "Invoice with type code 381", d => !d.IsCreditNote && SetText(d.Root.Element(d.TypeCodeName), "381")),
        Kind("type-code-invoice-on-credit-note", "CreditNote with type code 380", d => d.IsCreditNote && SetText(d.Root.Element(d.TypeCodeName), "380")),
        Kind("currency-unknown", "document currency BT-5 ROL, not ISO 4217", d => SetText(d.Root.Element(Cbc + "DocumentCurrencyCode"), "ROL")),
        Kind("currency-lowercase", "document currency BT-5 written ron", d => SetText(d.Root.Element(Cbc + "DocumentCurrencyCode"), "ron")),
        Kind("currency-eur-without-tax-currency", "RON invoice turned into EUR (every currencyID) without TaxCurrencyCode", EuroWithoutTaxCurrency),
        Kind("tax-currency-removed", "VAT accounting currency BT-6 removed from a foreign-currency invoice", d => Remove(d.Root.Element(Cbc + "TaxCurrencyCode"))),
        Kind("tax-currency-usd", "VAT accounting currency BT-6 USD instead of RON", d => SetText(d.Root.Element(Cbc + "TaxCurrencyCode"), "USD")),
        Kind("currency-id-unknown-on-price", "item price currencyID XYZ", d => SetAttribute(Path(d.FirstLine, "cac:Price", "cbc:PriceAmount"), "currencyID", "XYZ")),
        Kind("currency-id-other-on-payable", "amount due BT-115 in EUR on a RON invoice", d => (string?)d.Root.Element(Cbc + "DocumentCurrencyCode") == "RON" && SetAttribute(Path(d.Totals, "cbc:PayableAmount"), "currencyID", "EUR")),
        Kind("note-too-long", "invoice note BT-22 of 301 characters", d => SetOrInsert(d.Root, Cbc + "Note", Long(301), InvoiceOrder)),
        Kind("notes-21", "21 invoice notes BT-22", d => Enumerable.Range(0, 21).All(i => Insert(d.Root, new XElement(Cbc + "Note", $"Nota {i + 1}"), InvoiceOrder))),
        Kind("accounting-cost-too-long", "buyer accounting reference BT-19 of 101 characters", d => SetOrInsert(d.Root, Cbc + "AccountingCost", Long(101), InvoiceOrder)),
        Kind("tax-point-date-with-zone", "VAT point date BT-7 with a Z time zone", d => !d.IsCreditNote && SetOrInsert(d.Root, Cbc + "TaxPointDate", "2026-11-20Z", InvoiceOrder)),
        Kind("order-reference-too-long", "purchase order reference BT-13 of 201 characters", d => SetOrInsert(d.Root.Element(Cac + "OrderReference") ?? Inserted(d.Root, "cac:OrderReference", InvoiceOrder), Cbc + "ID", Long(201), [Cbc + "ID"])),
        Kind("contract-reference-too-long", "contract reference BT-12 of 201 characters", d => Insert(d.Root, new XElement(Cac + "ContractDocumentReference", new XElement(Cbc + "ID", Long(201))), InvoiceOrder)),
        Kind("contract-reference-twice", "two contract references BT-12", d => Insert(d.Root, new XElement(Cac + "ContractDocumentReference", new XElement(Cbc + "ID", "C-1")), InvoiceOrder) && Insert(d.Root, new XElement(Cac + "ContractDocumentReference", new XElement(Cbc + "ID", "C-2")), InvoiceOrder)),
        Kind("despatch-reference-too-long", "despatch advice reference BT-16 of 201 characters", d => SetText(Path(d.Root, "cac:DespatchDocumentReference", "cbc:ID"), Long(201))),
        Kind("invoice-period-reversed", "invoicing period BG-14 ending before it starts", d => SwapDates(d.Root.Element(Cac + "InvoicePeriod"))),
        Kind("invoice-period-code-unknown", "VAT date code BT-8 5, not 3, 35 or 432", d => Add(d.Root.Element(Cac + "InvoicePeriod"), new XElement(Cbc + "DescriptionCode", "5"))),
        Kind("invoice-period-empty", "invoicing period BG-14 without start, end or code", d => RemoveAll(d.Root.Elements(Cac + "InvoicePeriod").Elements())),
        Kind("preceding-invoice-too-long", "preceding invoice reference BT-25 of 201 characters", d => SetText(Path(d.Root, "cac:BillingReference", "cac:InvoiceDocumentReference", "cbc:ID"), Long(201))),
        Kind("preceding-invoice-empty", "preceding invoice reference BT-25 empty", d => SetText(Path(d.Root, "cac:BillingReference", "cac:InvoiceDocumentReference", "cbc:ID"), "")),
        Kind("preceding-invoice-date-dotted", "preceding invoice issue date BT-26 written 01.10.2026", d => SetText(Path(d.Root, "cac:BillingReference", "cac:InvoiceDocumentReference", "cbc:IssueDate"), "01.10.2026")),
    ];

    private static IEnumerable<MutationKind> Seller() =>
    [
        Kind("seller-vat-missing", "seller VAT identifier BT-31 removed", d => RemoveAll(d.Supplier?.Elements(Cac + "PartyTaxScheme") ?? [])),
        Kind("seller-vat-without-prefix", "seller VAT identifier BT-31 without the RO prefix", d => StripPrefix(Path(d.Supplier, "cac:PartyTaxScheme", "cbc:CompanyID"))),
        Kind("seller-vat-scheme-not-vat", "seller tax scheme TVA instead of VAT", d => SetText(Path(d.Supplier, "cac:PartyTaxScheme", "cac:TaxScheme", "cbc:ID"), "TVA")),
        Kind("seller-ids-missing", "seller VAT identifier and legal registration removed", d => RemoveAll(d.Supplier?.Elements(Cac + "PartyTaxScheme") ?? []) | Remove(Path(d.Supplier, "cac:PartyLegalEntity", "cbc:CompanyID"))),
        Kind("seller-name-empty", "seller name BT-27 empty", d => SetText(Path(d.Supplier, "cac:PartyLegalEntity", "cbc:RegistrationName"), "")),
        Kind("seller-name-blank", "seller name BT-27 only spaces", d => SetText(Path(d.Supplier, "cac:PartyLegalEntity", "cbc:RegistrationName"), "   ")),
        Kind("seller-name-missing", "seller name BT-27 removed", d => Remove(Path(d.Supplier, "cac:PartyLegalEntity", "cbc:RegistrationName"))),
        Kind("seller-name-too-long", "seller name BT-27 of 201 characters", d => SetText(Path(d.Supplier, "cac:PartyLegalEntity", "cbc:RegistrationName"), Long(201))),
        Kind("seller-trading-name-too-long", "seller trading name BT-28 of 201 characters", d => Insert(d.Supplier, new XElement(Cac + "PartyName", new XElement(Cbc + "Name", Long(201))), PartyOrder)),
        Kind("seller-street-missing", "seller street BT-35 removed", d => Remove(Path(d.Supplier, "cac:PostalAddress", "cbc:StreetName"))),
        Kind("seller-street-too-long", "seller street BT-35 of 151 characters", d => SetText(Path(d.Supplier, "cac:PostalAddress", "cbc:StreetName"), Long(151))),
        Kind("seller-additional-street-too-long", "seller additional street BT-36 of 101 characters", d => SetOrInsert(Path(d.Supplier, "cac:PostalAddress"), Cbc + "AdditionalStreetName", Long(101), AddressOrder)),
        Kind("seller-address-line-too-long", "seller address line BT-162 of 101 characters", d => Insert(Path(d.Supplier, "cac:PostalAddress"), new XElement(Cac + "AddressLine", new XElement(Cbc + "Line", Long(101))), AddressOrder)),
        Kind("seller-city-missing", "seller city BT-37 removed", d => Remove(Path(d.Supplier, "cac:PostalAddress", "cbc:CityName"))),
        Kind("seller-city-too-long", "seller city BT-37 of 51 characters", d => SetText(Path(d.Supplier, "cac:PostalAddress", "cbc:CityName"), Long(51))),
        Kind("seller-postal-zone-too-long", "seller post code BT-38 of 21 characters", d => SetText(Path(d.Supplier, "cac:PostalAddress", "cbc:PostalZone"), "4" + Long(20))),
        Kind("seller-county-name", "seller county BT-39 as a name (Cluj), not ISO 3166-2:RO", d => SetText(Path(d.Supplier, "cac:PostalAddress", "cbc:CountrySubentity"), "Cluj")),
        Kind("seller-county-missing", "seller county BT-39 removed", d => Remove(Path(d.Supplier, "cac:PostalAddress", "cbc:CountrySubentity"))),
        Kind("seller-bucharest-without-sector", "seller in RO-B with city Bucuresti instead of SECTORn", d => SetText(Path(d.Supplier, "cac:PostalAddress", "cbc:CountrySubentity"), "RO-B") && SetText(Path(d.Supplier, "cac:PostalAddress", "cbc:CityName"), "Bucuresti")),
        Kind("seller-country-unknown", "seller country BT-40 ZZ, not ISO 3166-1", d => SetText(Path(d.Supplier, "cac:PostalAddress", "cac:Country", "cbc:IdentificationCode"), "ZZ")),
        Kind("seller-country-missing", "seller country BT-40 removed", d => Remove(Path(d.Supplier, "cac:PostalAddress", "cac:Country"))),
        Kind("seller-contact-name-too-long", "seller contact point BT-41 of 101 characters", d => SetContact(d.Supplier, "Name", Long(101))),
        Kind("seller-contact-phone-too-long", "seller contact telephone BT-42 of 101 characters", d => SetContact(d.Supplier, "Telephone", "0" + Long(100))),
        Kind("seller-contact-email-too-long", "seller contact e-mail BT-43 of 101 characters", d => SetContact(d.Supplier, "ElectronicMail", Long(92) + "@firma.ro")),
        Kind("seller-legal-form-too-long", "seller additional legal information BT-33 of 1001 characters", d => Add(Path(d.Supplier, "cac:PartyLegalEntity"), new XElement(Cbc + "CompanyLegalForm", Long(1001)))),
        Kind("seller-endpoint-without-scheme", "seller electronic address BT-34 without schemeID", d => Insert(d.Supplier, new XElement(Cbc + "EndpointID", "facturi@firma.ro"), PartyOrder)),
        Kind("seller-endpoint-scheme-unknown", "seller electronic address BT-34 with scheme XX", d => Insert(d.Supplier, new XElement(Cbc + "EndpointID", new XAttribute("schemeID", "XX"), "facturi@firma.ro"), PartyOrder)),
        Kind("seller-identifier-scheme-unknown", "seller identifier BT-29 with scheme ZZZ", d => Insert(d.Supplier, new XElement(Cac + "PartyIdentification", new XElement(Cbc + "ID", new XAttribute("schemeID", "ZZZ"), "12345")), PartyOrder)),
        Kind("seller-legal-id-scheme-unknown", "seller legal registration BT-30 with scheme ZZZ", d => SetAttribute(Path(d.Supplier, "cac:PartyLegalEntity", "cbc:CompanyID"), "schemeID", "ZZZ")),
        Kind("seller-legal-entity-twice", "seller PartyLegalEntity duplicated", d => Duplicate(Path(d.Supplier, "cac:PartyLegalEntity"))),
        Kind("seller-tax-scheme-twice", "seller PartyTaxScheme duplicated", d => Duplicate(Path(d.Supplier, "cac:PartyTaxScheme"))),
    ];

    private static IEnumerable<MutationKind> Buyer() =>
    [
        Kind("buyer-name-empty", "buyer name BT-44 empty", d => SetText(Path(d.Customer, "cac:PartyLegalEntity", "cbc:RegistrationName"), "")),
        Kind("buyer-name-missing", "buyer name BT-44 removed", d => Remove(Path(d.Customer, "cac:PartyLegalEntity", "cbc:RegistrationName"))),
        Kind("buyer-name-too-long", "buyer name BT-44 of 201 characters", d => SetText(Path(d.Customer, "cac:PartyLegalEntity", "cbc:RegistrationName"), Long(201))),
        Kind("buyer-trading-name-too-long", "buyer trading name BT-45 of 201 characters", d => Insert(d.Customer, new XElement(Cac + "PartyName", new XElement(Cbc + "Name", Long(201))), PartyOrder)),
        Kind("buyer-vat-missing", "buyer VAT identifier BT-48 removed", d => RemoveAll(d.Customer?.Elements(Cac + "PartyTaxScheme") ?? [])),
        Kind("buyer-vat-without-prefix", "buyer VAT identifier BT-48 without its country prefix", d => StripPrefix(Path(d.Customer, "cac:PartyTaxScheme", "cbc:CompanyID"))),
        Kind("buyer-ids-missing", "buyer VAT identifier and legal registration removed", d => RemoveAll(d.Customer?.Elements(Cac + "PartyTaxScheme") ?? []) | Remove(Path(d.Customer, "cac:PartyLegalEntity", "cbc:CompanyID"))),
        Kind("buyer-address-missing", "buyer postal address BG-8 removed", d => Remove(Path(d.Customer, "cac:PostalAddress"))),
        Kind("buyer-street-missing", "buyer street BT-50 removed", d => Remove(Path(d.Customer, "cac:PostalAddress", "cbc:StreetName"))),
        Kind("buyer-street-too-long", "buyer street BT-50 of 151 characters", d => SetText(Path(d.Customer, "cac:PostalAddress", "cbc:StreetName"), Long(151))),
        Kind("buyer-address-line-too-long", "buyer address line BT-163 of 101 characters", d => Insert(Path(d.Customer, "cac:PostalAddress"), new XElement(Cac + "AddressLine", new XElement(Cbc + "Line", Long(101))), AddressOrder)),
        Kind("buyer-city-missing", "buyer city BT-52 removed", d => Remove(Path(d.Customer, "cac:PostalAddress", "cbc:CityName"))),
        Kind("buyer-city-too-long", "buyer city BT-52 of 51 characters", d => SetText(Path(d.Customer, "cac:PostalAddress", "cbc:CityName"), Long(51))),
        Kind("buyer-postal-zone-too-long", "buyer post code BT-53 of 21 characters", d => SetText(Path(d.Customer, "cac:PostalAddress", "cbc:PostalZone"), "0" + Long(20))),
        Kind("buyer-county-name", "buyer county BT-54 as a name, not ISO 3166-2:RO", d => SetText(Path(d.Customer, "cac:PostalAddress", "cbc:CountrySubentity"), "Bucuresti")),
        Kind("buyer-county-lowercase", "buyer county BT-54 written ro-cj", d => SetText(Path(d.Customer, "cac:PostalAddress", "cbc:CountrySubentity"), "ro-cj")),
        Kind("buyer-bucharest-sector-spaced", "buyer in RO-B with city 'Sector 3' instead of SECTOR3", d => SetText(Path(d.Customer, "cac:PostalAddress", "cbc:CountrySubentity"), "RO-B") && SetText(Path(d.Customer, "cac:PostalAddress", "cbc:CityName"), "Sector 3")),
        Kind("buyer-country-missing", "buyer country BT-55 removed", d => Remove(Path(d.Customer, "cac:PostalAddress", "cac:Country"))),
        Kind("buyer-country-lowercase", "buyer country BT-55 written ro", d => SetText(Path(d.Customer, "cac:PostalAddress", "cac:Country", "cbc:IdentificationCode"), "ro")),
        Kind("buyer-contact-email-too-long", "buyer contact e-mail BT-58 of 101 characters", d => SetContact(d.Customer, "ElectronicMail", Long(92) + "@firma.ro")),
        Kind("buyer-contact-phone-too-long", "buyer contact telephone BT-57 of 101 characters", d => SetContact(d.Customer, "Telephone", "0" + Long(100))),
    ];

    private static IEnumerable<MutationKind> OtherParties() =>
    [
        Kind("payee-name-missing", "payee name BT-59 removed", d => Remove(Path(d.Root, "cac:PayeeParty", "cac:PartyName"))),
        Kind("payee-name-too-long", "payee name BT-59 of 201 characters", d => SetText(Path(d.Root, "cac:PayeeParty", "cac:PartyName", "cbc:Name"), Long(201))),
        Kind("payee-legal-entity-twice", "payee PartyLegalEntity duplicated", d => Duplicate(Path(d.Root, "cac:PayeeParty", "cac:PartyLegalEntity"))),
        Kind("tax-representative-vat-missing", "tax representative VAT identifier BT-63 removed", d => Remove(d.TaxRepresentative?.Element(Cac + "PartyTaxScheme"))),
        Kind("tax-representative-name-missing", "tax representative name BT-62 removed", d => Remove(d.TaxRepresentative?.Element(Cac + "PartyName"))),
        Kind("tax-representative-street-missing", "tax representative street BT-64 removed", d => Remove(Path(d.TaxRepresentative, "cac:PostalAddress", "cbc:StreetName"))),
        Kind("tax-representative-city-missing", "tax representative city BT-66 removed", d => Remove(Path(d.TaxRepresentative, "cac:PostalAddress", "cbc:CityName"))),
        Kind("tax-representative-county-name", "tax representative county BT-68 as a name", d => SetOrInsert(Path(d.TaxRepresentative, "cac:PostalAddress"), Cbc + "CountrySubentity", "Ilfov", AddressOrder)),
        Kind("tax-representative-country-missing", "tax representative country BT-69 removed", d => Remove(Path(d.TaxRepresentative, "cac:PostalAddress", "cac:Country"))),
        Kind("tax-representative-postal-zone-too-long", "tax representative post code BT-67 of 21 characters", d => SetOrInsert(Path(d.TaxRepresentative, "cac:PostalAddress"), Cbc + "PostalZone", "0" + Long(20), AddressOrder)),
        Kind("delivery-street-missing", "deliver-to street BT-75 removed", d => Remove(Path(d.Root, "cac:Delivery", "cac:DeliveryLocation", "cac:Address", "cbc:StreetName"))),
        Kind("delivery-city-missing", "deliver-to city BT-77 removed", d => Remove(Path(d.Root, "cac:Delivery", "cac:DeliveryLocation", "cac:Address", "cbc:CityName"))),
        Kind("delivery-county-missing", "deliver-to county BT-79 removed", d => Remove(Path(d.Root, "cac:Delivery", "cac:DeliveryLocation", "cac:Address", "cbc:CountrySubentity"))),
        Kind("delivery-county-name", "deliver-to county BT-79 as a name", d => SetText(Path(d.Root, "cac:Delivery", "cac:DeliveryLocation", "cac:Address", "cbc:CountrySubentity"), "Prahova")),
        Kind("delivery-bucharest-without-sector", "deliver-to address in RO-B with city Bucuresti", d => SetText(Path(d.Root, "cac:Delivery", "cac:DeliveryLocation", "cac:Address", "cbc:CountrySubentity"), "RO-B") && SetText(Path(d.Root, "cac:Delivery", "cac:DeliveryLocation", "cac:Address", "cbc:CityName"), "Bucuresti")),
        Kind("delivery-country-missing", "deliver-to country BT-80 removed", d => Remove(Path(d.Root, "cac:Delivery", "cac:DeliveryLocation", "cac:Address", "cac:Country"))),
        Kind("delivery-date-with-zone", "actual delivery date BT-72 with a Z time zone", d => SetText(Path(d.Root, "cac:Delivery", "cbc:ActualDeliveryDate"), Path(d.Root, "cac:Delivery", "cbc:ActualDeliveryDate")?.Value + "Z")),
        Kind("delivery-party-name-too-long", "deliver-to party name BT-70 of 201 characters", d => SetText(Path(d.Root, "cac:Delivery", "cac:DeliveryParty", "cac:PartyName", "cbc:Name"), Long(201))),
        Kind("delivery-removed", "delivery information BG-13 removed", d => RemoveAll(d.Root.Elements(Cac + "Delivery"))),
        Kind("delivery-twice", "delivery information BG-13 duplicated", d => Duplicate(d.Root.Element(Cac + "Delivery"))),
    ];

    private static IEnumerable<MutationKind> Payment() =>
    [
        Kind("payment-means-code-unknown", "payment means code BT-81 99, not UNTDID 4461", d => SetText(Path(d.Root, "cac:PaymentMeans", "cbc:PaymentMeansCode"), "99")),
        Kind("payment-means-code-missing", "payment means code BT-81 removed", d => Remove(Path(d.Root, "cac:PaymentMeans", "cbc:PaymentMeansCode"))),
        Kind("payment-means-name-too-long", "payment means text BT-82 of 101 characters", d => SetAttribute(Path(d.Root, "cac:PaymentMeans", "cbc:PaymentMeansCode"), "name", Long(101))),
        Kind("payee-account-missing", "payment account BT-84 removed from a credit transfer", d => Remove(Path(d.Root, "cac:PaymentMeans", "cac:PayeeFinancialAccount"))),
        Kind("payee-account-id-empty", "payment account identifier BT-84 empty", d => SetText(Path(d.Root, "cac:PaymentMeans", "cac:PayeeFinancialAccount", "cbc:ID"), "")),
        Kind("payee-account-name-too-long", "payment account name BT-85 of 201 characters", d => Path(d.Root, "cac:PaymentMeans", "cac:PayeeFinancialAccount", "cbc:ID") is { } id && AddAfter(id, new XElement(Cbc + "Name", Long(201)))),
        Kind("payment-id-too-long", "remittance information BT-83 of 141 characters", d => SetOrInsert(d.Root.Element(Cac + "PaymentMeans"), Cbc + "PaymentID", Long(141), PaymentMeansOrder)),
        Kind("payment-means-twice", "payment instructions BG-16 duplicated", d => Duplicate(d.Root.Element(Cac + "PaymentMeans"))),
        Kind("payment-terms-too-long", "payment terms BT-20 of 301 characters", d => SetText(Path(d.Root, "cac:PaymentTerms", "cbc:Note"), Long(301))),
        Kind("payment-terms-twice", "payment terms duplicated", d => Duplicate(d.Root.Element(Cac + "PaymentTerms"))),
        Kind("payment-due-and-terms-missing", "due date BT-9 and payment terms BT-20 removed", d => Remove(d.Root.Element(Cbc + "DueDate")) | RemoveAll(d.Root.Elements(Cac + "PaymentTerms"))),
    ];

    private static IEnumerable<MutationKind> Totals() =>
    [
        Kind("line-total-off", "sum of line net amounts BT-106 off by 0.01", d => Shift(Path(d.Totals, "cbc:LineExtensionAmount"), 0.01m)),
        Kind("tax-exclusive-off", "total without VAT BT-109 off by 0.01", d => Shift(Path(d.Totals, "cbc:TaxExclusiveAmount"), 0.01m)),
        Kind("tax-inclusive-off", "total with VAT BT-112 off by 0.01", d => Shift(Path(d.Totals, "cbc:TaxInclusiveAmount"), 0.01m)),
        Kind("payable-off", "amount due BT-115 off by 0.01", d => Shift(Path(d.Totals, "cbc:PayableAmount"), 0.01m)),
        Kind("payable-negative", "amount due BT-115 negated", d => Negate(Path(d.Totals, "cbc:PayableAmount"))),
        Kind("prepaid-off", "paid amount BT-113 off by 0.01", d => Shift(Path(d.Totals, "cbc:PrepaidAmount"), 0.01m)),
        Kind("rounding-added", "rounding amount BT-114 of 0.01 added without changing the amount due", d => Insert(d.Totals, new XElement(Cbc + "PayableRoundingAmount", new XAttribute("currencyID", Currency(d)), "0.01"), MonetaryTotalOrder)),
        Kind("allowance-total-off", "sum of allowances BT-107 off by 0.01", d => Shift(Path(d.Totals, "cbc:AllowanceTotalAmount"), 0.01m)),
        Kind("charge-total-off", "sum of charges BT-108 off by 0.01", d => Shift(Path(d.Totals, "cbc:ChargeTotalAmount"), 0.01m)),
        Kind("allowance-total-missing", "sum of allowances BT-107 removed", d => Remove(Path(d.Totals, "cbc:AllowanceTotalAmount"))),
        Kind("tax-total-off", "VAT total BT-110 off by 0.01", d => Shift(Path(d.TaxTotal, "cbc:TaxAmount"), 0.01m)),
        Kind("tax-total-in-ron-off", "VAT total in accounting currency BT-111 off by 0.01", d => Shift(d.Root.Elements(Cac + "TaxTotal").Skip(1).FirstOrDefault()?.Element(Cbc + "TaxAmount"), 0.01m)),
        Kind("tax-total-in-ron-removed", "VAT total in accounting currency BT-111 removed", d => Remove(d.Root.Elements(Cac + "TaxTotal").Skip(1).FirstOrDefault())),
        Kind("subtotal-taxable-off", "VAT category taxable amount BT-116 off by 0.01", d => Shift(Path(d.Subtotals.FirstOrDefault(), "cbc:TaxableAmount"), 0.01m)),
        Kind("subtotal-tax-off", "VAT category tax amount BT-117 off by 0.01", d => Shift(Path(d.Subtotals.FirstOrDefault(), "cbc:TaxAmount"), 0.01m)),
        Kind("line-amount-off", "first line net amount BT-131 off by 0.01", d => Shift(Path(d.FirstLine, "cbc:LineExtensionAmount"), 0.01m)),
        Kind("payable-missing", "amount due BT-115 removed", d => Remove(Path(d.Totals, "cbc:PayableAmount"))),
        Kind("tax-exclusive-missing", "total without VAT BT-109 removed", d => Remove(Path(d.Totals, "cbc:TaxExclusiveAmount"))),
        Kind("tax-inclusive-missing", "total with VAT BT-112 removed", d => Remove(Path(d.Totals, "cbc:TaxInclusiveAmount"))),
        Kind("line-total-missing", "sum of line net amounts BT-106 removed", d => Remove(Path(d.Totals, "cbc:LineExtensionAmount"))),
        Kind("tax-total-missing", "every TaxTotal removed", d => RemoveAll(d.Root.Elements(Cac + "TaxTotal"))),
        Kind("tax-total-twice", "the VAT TaxTotal duplicated", d => Duplicate(d.TaxTotal)),
        Kind("subtotal-removed", "first VAT breakdown BG-23 removed", d => Remove(d.Subtotals.FirstOrDefault())),
        Kind("subtotal-duplicated", "first VAT breakdown BG-23 duplicated", d => Duplicate(d.Subtotals.FirstOrDefault())),
        Kind("amount-with-comma", "amount due BT-115 written with a decimal comma", d => Path(d.Totals, "cbc:PayableAmount") is { } e && SetText(e, e.Value.Replace('.', ','))),
        Kind("amount-text", "first line net amount BT-131 not a number", d => SetText(Path(d.FirstLine, "cbc:LineExtensionAmount"), "n/a")),
    ];

    private static IEnumerable<MutationKind> Decimals() =>
    [
        Kind("payable-three-decimals", "amount due BT-115 written with 3 decimals", d => AppendZero(Path(d.Totals, "cbc:PayableAmount"))),
        Kind("line-total-three-decimals", "sum of line net amounts BT-106 with 3 decimals", d => AppendZero(Path(d.Totals, "cbc:LineExtensionAmount"))),
        Kind("tax-exclusive-three-decimals", "total without VAT BT-109 with 3 decimals", d => AppendZero(Path(d.Totals, "cbc:TaxExclusiveAmount"))),
        Kind("tax-inclusive-three-decimals", "total with VAT BT-112 with 3 decimals", d => AppendZero(Path(d.Totals, "cbc:TaxInclusiveAmount"))),
        Kind("tax-total-three-decimals", "VAT total BT-110 with 3 decimals", d => AppendZero(Path(d.TaxTotal, "cbc:TaxAmount"))),
        Kind("subtotal-taxable-three-decimals", "VAT category taxable amount BT-116 with 3 decimals", d => AppendZero(Path(d.Subtotals.FirstOrDefault(), "cbc:TaxableAmount"))),
        Kind("subtotal-tax-three-decimals", "VAT category tax amount BT-117 with 3 decimals", d => AppendZero(Path(d.Subtotals.FirstOrDefault(), "cbc:TaxAmount"))),
        Kind("line-amount-three-decimals", "first line net amount BT-131 with 3 decimals", d => AppendZero(Path(d.FirstLine, "cbc:LineExtensionAmount"))),
        Kind("price-four-decimals", "first item net price BT-146 with 4 decimals", d => AppendZero(Path(d.FirstLine, "cac:Price", "cbc:PriceAmount"), "00")),
        Kind("prepaid-three-decimals", "paid amount BT-113 with 3 decimals", d => AppendZero(Path(d.Totals, "cbc:PrepaidAmount"))),
        Kind("percent-with-decimals", "first VAT breakdown rate BT-119 written 21.00", d => Path(d.Subtotals.FirstOrDefault(), "cac:TaxCategory", "cbc:Percent") is { } p && !p.Value.Contains('.', StringComparison.Ordinal) && SetText(p, p.Value + ".00")),
    ];

    private static IEnumerable<MutationKind> VatCategories() =>
    [
        Kind("s-line-rate-changed", "first S line rate BT-152 19 while the breakdown keeps its rate", d => SetText(Path(d.LineIn("S"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), "19")),
        Kind("s-breakdown-rate-changed", "S breakdown rate BT-119 19 while lines and amounts keep theirs", d => SetText(Path(d.SubtotalCategory("S"), "cbc:Percent"), "19")),
        Kind("s-rate-zero", "S line and breakdown rate 0", d => SetText(Path(d.LineIn("S"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), "0") & SetText(Path(d.SubtotalCategory("S"), "cbc:Percent"), "0")),
        Kind("s-line-rate-missing", "first S line rate BT-152 removed", d => Remove(Path(d.LineIn("S"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"))),
        Kind("s-with-exemption-reason", "exemption reason BT-120 on the S breakdown", d => Insert(d.SubtotalCategory("S"), new XElement(Cbc + "TaxExemptionReason", "Scutit"), TaxCategoryOrder)),
        Kind("s-with-exemption-code", "exemption reason code BT-121 on the S breakdown", d => Insert(d.SubtotalCategory("S"), new XElement(Cbc + "TaxExemptionReasonCode", "VATEX-EU-O"), TaxCategoryOrder)),
        Kind("s-breakdown-removed", "S VAT breakdown removed while S lines remain", d => d.Subtotals.Count() > 1 && Remove(d.SubtotalCategory("S")?.Parent)),
        Kind("s-line-to-z", "first S line moved to category Z at 0% without changing the breakdown", d => SetText(Path(d.LineIn("S"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), "0") && SetText(Path(d.LineIn("S"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:ID"), "Z")),
        Kind("z-rate-nonzero", "Z line and breakdown rate 21", d => SetText(Path(d.LineIn("Z"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), "21") & SetText(Path(d.SubtotalCategory("Z"), "cbc:Percent"), "21")),
        Kind("e-rate-nonzero", "E line rate BT-152 21", d => SetText(Path(d.LineIn("E"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), "21")),
        Kind("ae-rate-nonzero", "AE line and breakdown rate 21", d => SetText(Path(d.LineIn("AE"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), "21") & SetText(Path(d.SubtotalCategory("AE"), "cbc:Percent"), "21")),
        Kind("k-rate-nonzero", "K line rate BT-152 21", d => SetText(Path(d.LineIn("K"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), "21")),
        Kind("g-rate-nonzero", "G breakdown rate BT-119 21", d => SetText(Path(d.SubtotalCategory("G"), "cbc:Percent"), "21")),
        Kind("o-rate-added", "O line given a rate BT-152 of 0", d => Insert(Path(d.LineIn("O"), "cac:Item", "cac:ClassifiedTaxCategory"), new XElement(Cbc + "Percent", "0"), TaxCategoryOrder)),
        Kind("o-with-seller-vat", "O invoice with a seller VAT identifier BT-31", d => d.SubtotalCategory("O") is not null && Insert(d.Supplier, new XElement(Cac + "PartyTaxScheme", new XElement(Cbc + "CompanyID", "RO18547290"), new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT"))), PartyOrder)),
        Kind("e-exemption-missing", "E breakdown without exemption reason or code", d => RemoveExemption(d.SubtotalCategory("E"))),
        Kind("ae-exemption-missing", "AE breakdown without exemption reason or code", d => RemoveExemption(d.SubtotalCategory("AE"))),
        Kind("k-exemption-missing", "K breakdown without exemption reason or code", d => RemoveExemption(d.SubtotalCategory("K"))),
        Kind("g-exemption-missing", "G breakdown without exemption reason or code", d => RemoveExemption(d.SubtotalCategory("G"))),
        Kind("o-exemption-missing", "O breakdown without exemption reason or code", d => RemoveExemption(d.SubtotalCategory("O"))),
        Kind("exemption-code-unknown", "exemption reason code BT-121 VATEX-EU-999", d => SetText(d.Subtotals.Descendants(Cbc + "TaxExemptionReasonCode").FirstOrDefault(), "VATEX-EU-999")),
        Kind("exemption-reason-too-long", "exemption reason BT-120 of 101 characters", d => ExemptCategory(d) is { } c && SetOrInsert(c, Cbc + "TaxExemptionReason", Long(101), TaxCategoryOrder)),
        Kind("line-category-unknown", "first line VAT category BT-151 X", d => SetText(Path(d.FirstLine, "cac:Item", "cac:ClassifiedTaxCategory", "cbc:ID"), "X")),
        Kind("breakdown-category-unknown", "first VAT breakdown category BT-118 X", d => SetText(Path(d.Subtotals.FirstOrDefault(), "cac:TaxCategory", "cbc:ID"), "X")),
        Kind("line-tax-scheme-not-vat", "first line tax scheme GST instead of VAT", d => SetText(Path(d.FirstLine, "cac:Item", "cac:ClassifiedTaxCategory", "cac:TaxScheme", "cbc:ID"), "GST")),
        Kind("breakdown-tax-scheme-missing", "first VAT breakdown without its TaxScheme", d => Remove(Path(d.Subtotals.FirstOrDefault(), "cac:TaxCategory", "cac:TaxScheme"))),
        Kind("ae-line-in-s-invoice", "first S line moved to reverse charge AE at 0%", d => SetText(Path(d.LineIn("S"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), "0") && SetText(Path(d.LineIn("S"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:ID"), "AE")),
    ];

    private static IEnumerable<MutationKind> Lines() =>
    [
        Kind("unit-code-unknown", "first line unit BT-130 BUC, not UN/ECE rec 20", d => SetAttribute(d.FirstLine?.Element(d.QuantityName), "unitCode", "BUC")),
        Kind("unit-code-lowercase", "first line unit BT-130 written h87", d => SetAttribute(d.FirstLine?.Element(d.QuantityName), "unitCode", "h87")),
        Kind("unit-code-removed", "first line unit BT-130 removed", d => SetAttribute(d.FirstLine?.Element(d.QuantityName), "unitCode", null)),
        Kind("quantity-missing", "first line quantity BT-129 removed", d => Remove(d.FirstLine?.Element(d.QuantityName))),
        Kind("quantity-negative", "first line quantity BT-129 negated, amounts unchanged", d => Negate(d.FirstLine?.Element(d.QuantityName))),
        Kind("quantity-and-amount-negative", "first line quantity and net amount negated, totals unchanged", d => Negate(d.FirstLine?.Element(d.QuantityName)) && Negate(Path(d.FirstLine, "cbc:LineExtensionAmount"))),
        Kind("quantity-text", "first line quantity BT-129 not a number", d => SetText(d.FirstLine?.Element(d.QuantityName), "patru")),
        Kind("quantity-twice", "first line quantity element duplicated", d => Duplicate(d.FirstLine?.Element(d.QuantityName))),
        Kind("line-id-missing", "first line identifier BT-126 removed", d => Remove(Path(d.FirstLine, "cbc:ID"))),
        Kind("line-id-empty", "first line identifier BT-126 empty", d => SetText(Path(d.FirstLine, "cbc:ID"), "")),
        Kind("item-name-empty", "first item name BT-153 empty", d => SetText(Path(d.FirstLine, "cac:Item", "cbc:Name"), "")),
        Kind("item-name-missing", "first item name BT-153 removed", d => Remove(Path(d.FirstLine, "cac:Item", "cbc:Name"))),
        Kind("item-name-too-long", "first item name BT-153 of 101 characters", d => SetText(Path(d.FirstLine, "cac:Item", "cbc:Name"), Long(101))),
        Kind("item-description-too-long", "first item description BT-154 of 201 characters", d => SetOrInsert(Path(d.FirstLine, "cac:Item"), Cbc + "Description", Long(201), ItemOrder)),
        Kind("item-description-twice", "first item with two descriptions BT-154", d => Insert(Path(d.FirstLine, "cac:Item"), new XElement(Cbc + "Description", "Unu"), ItemOrder) && Insert(Path(d.FirstLine, "cac:Item"), new XElement(Cbc + "Description", "Doi"), ItemOrder)),
        Kind("line-note-too-long", "first line note BT-127 of 301 characters", d => SetOrInsert(d.FirstLine, Cbc + "Note", Long(301), LineHeadOrder)),
        Kind("line-note-twice", "first line with two notes BT-127", d => Insert(d.FirstLine, new XElement(Cbc + "Note", "Unu"), LineHeadOrder) && Insert(d.FirstLine, new XElement(Cbc + "Note", "Doi"), LineHeadOrder)),
        Kind("line-accounting-cost-too-long", "first line accounting reference BT-133 of 101 characters", d => SetOrInsert(d.FirstLine, Cbc + "AccountingCost", Long(101), LineHeadOrder)),
        Kind("line-uuid-added", "first line given a UUID (not in EN 16931)", d => Insert(d.FirstLine, new XElement(Cbc + "UUID", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"), LineHeadOrder)),
        Kind("price-negative", "first item net price BT-146 negative", d => Negate(Path(d.FirstLine, "cac:Price", "cbc:PriceAmount"))),
        Kind("price-missing", "first line price BG-29 removed", d => Remove(Path(d.FirstLine, "cac:Price"))),
        Kind("price-base-quantity-unit-unknown", "price base quantity BT-149 unit BUC", d => SetAttribute(Path(d.FirstLine, "cac:Price", "cbc:BaseQuantity"), "unitCode", "BUC")),
        Kind("item-property-name-too-long", "item attribute name BT-160 of 51 characters", d => SetText(d.Lines.Descendants(Cac + "AdditionalItemProperty").Elements(Cbc + "Name").FirstOrDefault(), Long(51))),
        Kind("item-property-value-too-long", "item attribute value BT-161 of 101 characters", d => SetText(d.Lines.Descendants(Cac + "AdditionalItemProperty").Elements(Cbc + "Value").FirstOrDefault(), Long(101))),
        Kind("item-property-value-missing", "item attribute value BT-161 removed", d => Remove(d.Lines.Descendants(Cac + "AdditionalItemProperty").Elements(Cbc + "Value").FirstOrDefault())),
        Kind("classification-without-list", "item classification BT-158 without listID", d => SetAttribute(d.Lines.Descendants(Cbc + "ItemClassificationCode").FirstOrDefault(), "listID", null)),
        Kind("classification-list-unknown", "item classification BT-158 with listID ZZZ", d => SetAttribute(d.Lines.Descendants(Cbc + "ItemClassificationCode").FirstOrDefault(), "listID", "ZZZ")),
        Kind("origin-country-unknown", "item country of origin BT-159 ZZ", d => SetText(d.Lines.Descendants(Cac + "OriginCountry").Elements(Cbc + "IdentificationCode").FirstOrDefault(), "ZZ")),
        Kind("standard-id-without-scheme", "item standard identifier BT-157 without schemeID", d => SetAttribute(d.Lines.Descendants(Cac + "StandardItemIdentification").Elements(Cbc + "ID").FirstOrDefault(), "schemeID", null)),
        Kind("standard-id-scheme-unknown", "item standard identifier BT-157 with scheme 9999", d => SetAttribute(d.Lines.Descendants(Cac + "StandardItemIdentification").Elements(Cbc + "ID").FirstOrDefault(), "schemeID", "9999")),
        Kind("line-period-reversed", "line period BG-26 ending before it starts", d => SwapDates(d.Lines.Elements(Cac + "InvoicePeriod").FirstOrDefault())),
        Kind("line-duplicated", "first line duplicated, totals unchanged", d => Duplicate(d.FirstLine)),
        Kind("lines-removed", "every line removed", d => RemoveAll(d.Lines)),
    ];

    private static IEnumerable<MutationKind> AllowancesAndCharges() =>
    [
        Kind("allowance-reason-missing", "document allowance without reason BT-97 or code BT-98", d => RemoveReasons(DocumentCharge(d, "false"))),
        Kind("charge-reason-missing", "document charge without reason BT-104 or code BT-105", d => RemoveReasons(DocumentCharge(d, "true"))),
        Kind("allowance-category-missing", "document allowance without VAT category BT-95", d => Remove(DocumentCharge(d, "false")?.Element(Cac + "TaxCategory"))),
        Kind("allowance-amount-off", "document allowance amount BT-92 off by 0.01", d => Shift(DocumentCharge(d, "false")?.Element(Cbc + "Amount"), 0.01m)),
        Kind("allowance-three-decimals", "document allowance amount BT-92 with 3 decimals", d => AppendZero(DocumentCharge(d, "false")?.Element(Cbc + "Amount"))),
        Kind("charge-three-decimals", "document charge amount BT-99 with 3 decimals", d => AppendZero(DocumentCharge(d, "true")?.Element(Cbc + "Amount"))),
        Kind("allowance-reason-code-unknown", "document allowance reason code BT-98 999", d => SetText(DocumentCharge(d, "false")?.Element(Cbc + "AllowanceChargeReasonCode"), "999")),
        Kind("charge-reason-code-unknown", "document charge reason code BT-105 ZZZZ", d => SetText(DocumentCharge(d, "true")?.Element(Cbc + "AllowanceChargeReasonCode"), "ZZZZ")),
        Kind("allowance-indicator-text", "document allowance ChargeIndicator written no", d => SetText(DocumentCharge(d, "false")?.Element(Cbc + "ChargeIndicator"), "no")),
        Kind("allowance-added", "document allowance of 10.00 in S 21% added, totals unchanged", d => d.SubtotalCategory("S") is not null && Insert(d.Root, NewAllowance(d), InvoiceOrder)),
        Kind("line-allowance-reason-missing", "line allowance without reason BT-139 or code BT-140", d => RemoveReasons(LineCharge(d, "false"))),
        Kind("line-allowance-reason-too-long", "line allowance reason BT-139 of 101 characters", d => SetOrInsertAfter(LineCharge(d, "false"), "AllowanceChargeReason", Long(101))),
        Kind("line-allowance-three-decimals", "line allowance amount BT-136 with 3 decimals", d => AppendZero(LineCharge(d, "false")?.Element(Cbc + "Amount"))),
        Kind("line-allowance-off", "line allowance amount BT-136 off by 0.01", d => Shift(LineCharge(d, "false")?.Element(Cbc + "Amount"), 0.01m)),
    ];

    private static IEnumerable<MutationKind> Attachments() =>
    [
        Kind("attachment-mime-unknown", "attachment mime code BT-125 application/zip", d => SetAttribute(d.Root.Descendants(Cbc + "EmbeddedDocumentBinaryObject").FirstOrDefault(), "mimeCode", "application/zip")),
        Kind("attachment-filename-missing", "attachment file name BT-125 removed", d => SetAttribute(d.Root.Descendants(Cbc + "EmbeddedDocumentBinaryObject").FirstOrDefault(), "filename", null)),
        Kind("attachment-filename-too-long", "attachment file name BT-125 of 201 characters", d => SetAttribute(d.Root.Descendants(Cbc + "EmbeddedDocumentBinaryObject").FirstOrDefault(), "filename", Long(197) + ".pdf")),
        Kind("attachment-id-empty", "supporting document reference BT-122 empty", d => SetText(Path(d.Root, "cac:AdditionalDocumentReference", "cbc:ID"), "")),
        Kind("attachment-id-too-long", "supporting document reference BT-122 of 201 characters", d => SetText(Path(d.Root, "cac:AdditionalDocumentReference", "cbc:ID"), Long(201))),
        Kind("attachment-description-too-long", "supporting document description BT-123 of 101 characters", d => SetText(Path(d.Root, "cac:AdditionalDocumentReference", "cbc:DocumentDescription"), Long(101))),
        Kind("attachment-uri-too-long", "external document location BT-124 of 201 characters", d => SetText(d.Root.Descendants(Cac + "ExternalReference").Elements(Cbc + "URI").FirstOrDefault(), "https://" + Long(193))),
    ];

    private static IEnumerable<MutationKind> Syntax() =>
    [
        Kind("uuid-added", "document UUID added (not in EN 16931)", d => Insert(d.Root, new XElement(Cbc + "UUID", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"), InvoiceOrder)),
        Kind("copy-indicator-added", "CopyIndicator added (not in EN 16931)", d => Insert(d.Root, new XElement(Cbc + "CopyIndicator", "false"), InvoiceOrder)),
        Kind("profile-execution-id-added", "ProfileExecutionID added (not in EN 16931)", d => Insert(d.Root, new XElement(Cbc + "ProfileExecutionID", "1"), InvoiceOrder)),
        Kind("ubl-version-added", "UBLVersionID 2.1 added", d => Insert(d.Root, new XElement(Cbc + "UBLVersionID", "2.1"), InvoiceOrder)),
        Kind("line-count-added", "LineCountNumeric added (not in EN 16931)", d => Insert(d.Root, new XElement(Cbc + "LineCountNumeric", d.Lines.Count()), InvoiceOrder)),
        Kind("extensions-added", "UBLExtensions added as first child", d => AddFirst(d.Root, new XElement(Ext + "UBLExtensions", new XElement(Ext + "UBLExtension", new XElement(Ext + "ExtensionContent", new XElement((XNamespace)"urn:example:ext" + "Marker", "x")))))),
        Kind("buyer-customer-party-added", "BuyerCustomerParty added (not in EN 16931)", d => Insert(d.Root, new XElement(Cac + "BuyerCustomerParty", new XElement(Cac + "Party", new XElement(Cac + "PartyName", new XElement(Cbc + "Name", "Cumparator")))), InvoiceOrder)),
        Kind("scheme-agency-on-vat", "seller VAT identifier with schemeAgencyName", d => SetAttribute(Path(d.Supplier, "cac:PartyTaxScheme", "cbc:CompanyID"), "schemeAgencyName", "ANAF")),
        Kind("list-agency-on-type-code", "type code with listAgencyID 6", d => SetAttribute(d.Root.Element(d.TypeCodeName), "listAgencyID", "6")),
        Kind("language-on-note", "invoice note with languageID ro", d => SetAttribute(d.Root.Element(Cbc + "Note"), "languageID", "ro")),
        Kind("unit-list-on-quantity", "first line quantity with unitCodeListID", d => SetAttribute(d.FirstLine?.Element(d.QuantityName), "unitCodeListID", "UNECERec20")),
        Kind("currency-list-version-on-amount", "amount due with currencyCodeListVersionID", d => SetAttribute(Path(d.Totals, "cbc:PayableAmount"), "currencyCodeListVersionID", "2001")),
        Kind("invoice-period-twice", "invoicing period BG-14 duplicated", d => Duplicate(d.Root.Element(Cac + "InvoicePeriod"))),
        Kind("order-reference-twice", "purchase order reference duplicated", d => Duplicate(d.Root.Element(Cac + "OrderReference"))),
        Kind("customer-party-name-twice", "buyer given two trading names", d => Insert(d.Customer, new XElement(Cac + "PartyName", new XElement(Cbc + "Name", "Unu")), PartyOrder) && Insert(d.Customer, new XElement(Cac + "PartyName", new XElement(Cbc + "Name", "Doi")), PartyOrder)),
        Kind("unknown-element", "an element UBL does not define (cbc:Foo) after the number", d => d.Root.Element(Cbc + "ID") is { } id && AddAfter(id, new XElement(Cbc + "Foo", "bar"))),
        Kind("element-out-of-order", "IssueDate moved after DocumentCurrencyCode", d => MoveAfter(d.Root.Element(Cbc + "IssueDate"), d.Root.Element(Cbc + "DocumentCurrencyCode"))),
    ];

    private static IEnumerable<MutationKind> LexicalEdges() =>
    [
        Kind("line-category-padded", "first line VAT category BT-151 written ' S '", d => PadText(Path(d.LineIn("S"), "cac:Item", "cac:ClassifiedTaxCategory", "cbc:ID"))),
        Kind("breakdown-category-padded", "first VAT breakdown category BT-118 written with spaces", d => PadText(Path(d.Subtotals.FirstOrDefault(), "cac:TaxCategory", "cbc:ID"))),
        Kind("line-percent-padded", "first line VAT rate BT-152 written with spaces", d => PadText(Path(d.FirstLine, "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"))),
        Kind("payable-padded", "amount due BT-115 written with spaces around it", d => PadText(Path(d.Totals, "cbc:PayableAmount"))),
        Kind("payable-plus-sign", "amount due BT-115 written with a + sign", d => Path(d.Totals, "cbc:PayableAmount") is { } e && !e.Value.StartsWith('-') && SetText(e, "+" + e.Value)),
        Kind("payable-leading-zeros", "amount due BT-115 written with leading zeros", d => Path(d.Totals, "cbc:PayableAmount") is { } e && !e.Value.StartsWith('-') && SetText(e, "00" + e.Value)),
        Kind("payable-trailing-dot", "amount due BT-115 written 123. without decimals", d => Path(d.Totals, "cbc:PayableAmount") is { } e && e.Value.EndsWith(".00", StringComparison.Ordinal) && SetText(e, e.Value[..^2])),
        Kind("tax-total-negative-zero", "VAT total BT-110 written -0.00", d => Path(d.TaxTotal, "cbc:TaxAmount") is { Value: "0.00" } e && SetText(e, "-0.00")),
        Kind("subtotal-tax-under", "VAT category tax amount BT-117 0.01 under", d => Shift(Path(d.Subtotals.FirstOrDefault(), "cbc:TaxAmount"), -0.01m)),
        Kind("line-amount-exponent", "first line net amount BT-131 written in exponent form", d => Path(d.FirstLine, "cbc:LineExtensionAmount") is { } e && SetText(e, e.Value + "E0")),
        Kind("currency-padded", "document currency BT-5 written ' RON '", d => PadText(d.Root.Element(Cbc + "DocumentCurrencyCode"))),
        Kind("seller-county-padded", "seller county BT-39 written with spaces", d => PadText(Path(d.Supplier, "cac:PostalAddress", "cbc:CountrySubentity"))),
        Kind("seller-country-padded", "seller country BT-40 written with spaces", d => PadText(Path(d.Supplier, "cac:PostalAddress", "cac:Country", "cbc:IdentificationCode"))),
        Kind("customization-id-trailing-space", "BT-24 with a trailing space", d => SetText(d.Root.Element(Cbc + "CustomizationID"), d.Root.Element(Cbc + "CustomizationID")?.Value + " ")),
        Kind("seller-vat-with-space", "seller VAT identifier BT-31 written RO 18547290", d => Path(d.Supplier, "cac:PartyTaxScheme", "cbc:CompanyID") is { } e && e.Value.Length > 2 && char.IsAsciiLetter(e.Value[0]) && SetText(e, e.Value[..2] + " " + e.Value[2..])),
        Kind("issue-date-not-leap", "issue date BT-2 on 29 February of a common year", d => SetText(d.Root.Element(Cbc + "IssueDate"), "2026-02-29")),
        Kind("issue-date-leap-day", "issue date BT-2 on 29 February 2028", d => SetText(d.Root.Element(Cbc + "IssueDate"), "2028-02-29")),
        Kind("note-exactly-300", "invoice note BT-22 of exactly 300 characters", d => SetOrInsert(d.Root, Cbc + "Note", Long(300), InvoiceOrder)),
        Kind("item-name-exactly-100", "first item name BT-153 of exactly 100 characters", d => SetText(Path(d.FirstLine, "cac:Item", "cbc:Name"), Long(100))),
        Kind("item-name-long-before-normalizing", "first item name of 120 characters that normalize to 90", d => SetText(Path(d.FirstLine, "cac:Item", "cbc:Name"), string.Concat(Enumerable.Repeat("ab  ", 30)))),
        Kind("item-name-100-diacritics", "first item name of 100 Romanian letters (two UTF-8 bytes each)", d => SetText(Path(d.FirstLine, "cac:Item", "cbc:Name"), new string('ș', 100))),
        Kind("item-name-60-emoji", "first item name of 60 emoji (120 UTF-16 units, 60 code points)", d => SetText(Path(d.FirstLine, "cac:Item", "cbc:Name"), string.Concat(Enumerable.Repeat("\U0001F4E6", 60)))),
        Kind("item-name-101-emoji", "first item name of 101 emoji (101 code points)", d => SetText(Path(d.FirstLine, "cac:Item", "cbc:Name"), string.Concat(Enumerable.Repeat("\U0001F4E6", 101)))),
        Kind("item-name-cdata", "first item name written as CDATA", d => Path(d.FirstLine, "cac:Item", "cbc:Name") is { } e && Replace(e, new XCData(e.Value))),
        Kind("payable-with-comment", "amount due BT-115 split by an XML comment", d => Path(d.Totals, "cbc:PayableAmount") is { } e && e.Value.Length > 2 && Replace(e, new XText(e.Value[..2]), new XComment("x"), new XText(e.Value[2..]))),
        Kind("quantity-zero", "first line quantity BT-129 zero, amounts unchanged", d => SetText(d.FirstLine?.Element(d.QuantityName), "0")),
        Kind("price-base-quantity-zero", "price base quantity BT-149 zero", d => SetText(Path(d.FirstLine, "cac:Price", "cbc:BaseQuantity"), "0")),
        Kind("tax-currency-empty", "VAT accounting currency BT-6 empty", d => SetText(d.Root.Element(Cbc + "TaxCurrencyCode"), "")),
    ];

    private static bool PadText(XElement? element) => element is { HasElements: false } && element.Value.Length > 0 && SetText(element, "  " + element.Value + " ");

    private static bool Replace(XElement element, params object[] content)
    {
        element.ReplaceNodes(content);
        return true;
    }

    private static XElement Inserted(XElement parent, string name, IReadOnlyList<XName> order)
    {
        var element = new XElement(Qualified(name));
        Insert(parent, element, order);
        return element;
    }

    private static bool Add(XElement? parent, XElement child)
    {
        if (parent is null) return false;
        parent.Add(child);
        return true;
    }

    private static bool AddFirst(XElement parent, XElement child)
    {
        parent.AddFirst(child);
        return true;
    }

    private static bool AddAfter(XElement sibling, XElement element)
    {
        sibling.AddAfterSelf(element);
        return true;
    }

    /// <summary>
    /// Time zones on dates (XPath 2.0 xs:date semantics): each date the rules read (BR-RO-DT001..007 on every IssueDate,
    /// TaxPointDate, DueDate, PaymentDueDate, ActualDeliveryDate, StartDate, EndDate; BR-29/30 compare the periods) with
    /// each of three time zones (UTC, Romania's winter offset, one west of UTC), then periods whose order depends on the zones: dates compare by the instant they
    /// start, and a date without a zone starts in the implicit time zone (UTC for the oracle and by default here).
    /// </summary>
    private static IEnumerable<MutationKind> DateTimezones()
    {
        (string Slug, string Zone)[] zones = [("z", "Z"), ("plus-02", "+02:00"), ("minus-05", "-05:00")];
        foreach (var (slug, zone) in zones)
        {
            yield return Kind($"issue-date-zone-{slug}", $"issue date BT-2 with time zone {zone}", d => Zoned(d.Root.Element(Cbc + "IssueDate"), zone));
            yield return Kind($"tax-point-date-zone-{slug}", $"VAT point date BT-7 2026-11-15{zone} added", d => !d.IsCreditNote && SetOrInsert(d.Root, Cbc + "TaxPointDate", "2026-11-15" + zone, InvoiceOrder));
            yield return Kind($"due-date-zone-{slug}", $"due date BT-9 with time zone {zone}", d => Zoned(d.Root.Element(Cbc + "DueDate"), zone));
            yield return Kind($"payment-due-date-zone-{slug}", $"credit note due date BT-9 (PaymentMeans) 2026-12-20{zone} added",
                d => d.IsCreditNote && SetOrInsert(d.Root.Element(Cac + "PaymentMeans"), Cbc + "PaymentDueDate", "2026-12-20" + zone, PaymentMeansOrder));
            yield return Kind($"delivery-date-zone-{slug}", $"actual delivery date BT-72 with time zone {zone}", d => Zoned(Path(d.Root, "cac:Delivery", "cbc:ActualDeliveryDate"), zone));
            yield return Kind($"period-start-zone-{slug}", $"invoicing period start BT-73 with time zone {zone}", d => Zoned(Path(d.Root, "cac:InvoicePeriod", "cbc:StartDate"), zone));
            yield return Kind($"period-end-zone-{slug}", $"invoicing period end BT-74 with time zone {zone}", d => Zoned(Path(d.Root, "cac:InvoicePeriod", "cbc:EndDate"), zone));
            yield return Kind($"line-period-start-zone-{slug}", $"line period start BT-134 with time zone {zone}", d => Zoned(d.Lines.Elements(Cac + "InvoicePeriod").Elements(Cbc + "StartDate").FirstOrDefault(), zone));
            yield return Kind($"line-period-end-zone-{slug}", $"line period end BT-135 with time zone {zone}", d => Zoned(d.Lines.Elements(Cac + "InvoicePeriod").Elements(Cbc + "EndDate").FirstOrDefault(), zone));
            yield return Kind($"preceding-invoice-date-zone-{slug}", $"preceding invoice issue date BT-26 with time zone {zone}", d => Zoned(Path(d.Root, "cac:BillingReference", "cac:InvoiceDocumentReference", "cbc:IssueDate"), zone));
            yield return Kind($"all-dates-zone-{slug}", $"every date of a document with four or more (periods) with time zone {zone}", d => AllDatesZoned(d, zone));
        }
        // Periods of one day whose order the zones decide (start, end; "D" = the period's start day, "D+1" the next day).
        (string Slug, string Description, string Start, string End)[] periods =
        [
            ("start-west", "start D-05:00 (05:00 UTC) after end D (00:00 UTC)", "{0}-05:00", "{0}"),
            ("start-east", "start D+02:00 (22:00 UTC the day before) before end D", "{0}+02:00", "{0}"),
            ("end-east", "end D+02:00 (22:00 UTC the day before) before start D", "{0}", "{0}+02:00"),
            ("end-west", "end D-05:00 after start D", "{0}", "{0}-05:00"),
            ("end-zulu-start-east", "start D+02:00 before end DZ", "{0}+02:00", "{0}Z"),
            ("end-zulu-start-west", "start D-05:00 after end DZ", "{0}-05:00", "{0}Z"),
            ("same-instant", "start D+1+14:00 and end D-10:00 start at the same instant (10:00 UTC on D)", "{1}+14:00", "{0}-10:00"),
            ("minute-apart", "start D+1+14:00 one minute after end D-09:59", "{1}+14:00", "{0}-09:59"),
            ("earlier-day-later-instant", "end on the day before the start yet later: start D+14:00, end D-1-11:00", "{0}+14:00", "{2}-11:00"),
        ];
        foreach (var (slug, description, start, end) in periods)
        {
            yield return Kind($"period-zones-{slug}", $"invoicing period BG-14 {description}", d => ZonedPeriod(d.Root.Element(Cac + "InvoicePeriod"), start, end));
            yield return Kind($"line-period-zones-{slug}", $"line period BG-26 {description}", d => ZonedPeriod(d.Lines.Elements(Cac + "InvoicePeriod").FirstOrDefault(), start, end));
        }
    }

    private static bool AllDatesZoned(UblEditor d, string zone)
    {
        var dates = d.Root.Descendants().Where(e => e.Name.Namespace == Cbc && e.Name.LocalName.EndsWith("Date", StringComparison.Ordinal)).ToList();
        return dates.Count >= 4 && dates.All(date => Zoned(date, zone));
    }

    private static bool Zoned(XElement? date, string zone) => date is not null && SetText(date, date.Value + zone);

    /// <summary>Sets a period's start and end from patterns over its start day: {0} = the day, {1} = the day after, {2} = the day before.</summary>
    private static bool ZonedPeriod(XElement? period, string start, string end)
    {
        var startDate = period?.Element(Cbc + "StartDate");
        var endDate = period?.Element(Cbc + "EndDate");
        if (startDate is null || endDate is null) return false;
        var day = DateOnly.ParseExact(startDate.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Format(string pattern) => string.Format(CultureInfo.InvariantCulture, pattern,
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        startDate.Value = Format(start);
        endDate.Value = Format(end);
        return true;
    }

    private static bool MoveAfter(XElement? element, XElement? anchor)
    {
        if (element is null || anchor is null) return false;
        element.Remove();
        anchor.AddAfterSelf(element);
        return true;
    }

    private static bool SwapDates(XElement? period)
    {
        var start = period?.Element(Cbc + "StartDate");
        var end = period?.Element(Cbc + "EndDate");
        if (start is null || end is null || start.Value == end.Value) return false;
        (start.Value, end.Value) = (end.Value, start.Value);
        return true;
    }

    private static bool StripPrefix(XElement? id)
    {
        if (id is null || id.Value.Length < 3 || !char.IsAsciiLetter(id.Value[0])) return false;
        id.Value = new string(id.Value.SkipWhile(char.IsAsciiLetter).ToArray());
        return true;
    }

    private static bool SetContact(XElement? party, string field, string value)
    {
        if (party is null) return false;
        var contact = party.Element(Cac + "Contact") ?? Inserted(party, "cac:Contact", PartyOrder);
        return SetOrInsert(contact, Cbc + field, value, [Cbc + "ID", Cbc + "Name", Cbc + "Telephone", Cbc + "Telefax", Cbc + "ElectronicMail"]);
    }

    private static bool Negate(XElement? element)
    {
        if (element is null || element.Value.Length == 0) return false;
        element.Value = element.Value.StartsWith('-') ? element.Value[1..] : "-" + element.Value;
        return true;
    }

    private static bool AppendZero(XElement? amount, string zeros = "0")
    {
        if (amount is null) return false;
        amount.Value = amount.Value.Contains('.', StringComparison.Ordinal) ? amount.Value + zeros : amount.Value + ".00" + zeros;
        return true;
    }

    private static bool RemoveExemption(XElement? category) =>
        category is not null && RemoveAll(category.Elements().Where(e => e.Name == Cbc + "TaxExemptionReason" || e.Name == Cbc + "TaxExemptionReasonCode"));

    private static XElement? ExemptCategory(UblEditor d) =>
        d.Subtotals.Elements(Cac + "TaxCategory").FirstOrDefault(c => (string?)c.Element(Cbc + "ID") is "E" or "AE" or "K" or "G" or "O");

    private static string Currency(UblEditor d) => (string?)d.Root.Element(Cbc + "DocumentCurrencyCode") ?? "RON";

    private static bool EuroWithoutTaxCurrency(UblEditor d)
    {
        if ((string?)d.Root.Element(Cbc + "DocumentCurrencyCode") != "RON" || d.Root.Element(Cbc + "TaxCurrencyCode") is not null) return false;
        d.Root.Element(Cbc + "DocumentCurrencyCode")!.Value = "EUR";
        foreach (var attribute in d.Root.Descendants().Attributes("currencyID").Where(a => a.Value == "RON")) attribute.Value = "EUR";
        return true;
    }

    private static XElement? DocumentCharge(UblEditor d, string indicator) =>
        d.Root.Elements(Cac + "AllowanceCharge").FirstOrDefault(a => (string?)a.Element(Cbc + "ChargeIndicator") == indicator);

    private static XElement? LineCharge(UblEditor d, string indicator) =>
        d.Lines.Elements(Cac + "AllowanceCharge").FirstOrDefault(a => (string?)a.Element(Cbc + "ChargeIndicator") == indicator);

    private static bool RemoveReasons(XElement? charge) =>
        charge is not null && RemoveAll(charge.Elements().Where(e => e.Name == Cbc + "AllowanceChargeReason" || e.Name == Cbc + "AllowanceChargeReasonCode"));

    private static bool SetOrInsertAfter(XElement? charge, string field, string value) =>
        SetOrInsert(charge, Cbc + field, value, [Cbc + "ID", Cbc + "ChargeIndicator", Cbc + "AllowanceChargeReasonCode", Cbc + "AllowanceChargeReason", Cbc + "MultiplierFactorNumeric", Cbc + "PrepaidIndicator", Cbc + "SequenceNumeric", Cbc + "Amount"]);

    private static XElement NewAllowance(UblEditor d) => new(Cac + "AllowanceCharge",
        new XElement(Cbc + "ChargeIndicator", "false"),
        new XElement(Cbc + "AllowanceChargeReason", "Discount"),
        new XElement(Cbc + "Amount", new XAttribute("currencyID", Currency(d)), "10.00"),
        new XElement(Cac + "TaxCategory",
            new XElement(Cbc + "ID", "S"),
            new XElement(Cbc + "Percent", Path(d.SubtotalCategory("S"), "cbc:Percent")?.Value ?? "21"),
            new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT"))));
}
