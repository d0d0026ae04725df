namespace Efactura.Core.CodeLists;

/// <summary>
/// The code lists an e-Factura invoice is checked against. The codes are those ANAF enforces: the
/// inline lists of its CIUS-RO 1.0.9 validation artefacts (codelist/EN16931-UBL-codes.sch, its copy of
/// the EN 16931 code list rules, and cius-ro/RO16931-rules.sch). Each list is read from data embedded in
/// the assembly the first time it is used, and never changes afterwards.
/// </summary>
public static class CodeLists
{
    private static readonly Lazy<CodeList> currencies = Load("ISO 4217", "currencies.tsv");
    private static readonly Lazy<CodeList> countries = Load("ISO 3166-1", "countries.tsv");
    private static readonly Lazy<CodeList> documentTypes = Load("UNCL 1001 (CIUS-RO)", "document-types.tsv");
    private static readonly Lazy<CodeList> invoiceTypeCodes = Load("UNCL 1001 (invoice)", "invoice-type-codes.tsv");
    private static readonly Lazy<CodeList> creditNoteTypeCodes = Load("UNCL 1001 (credit note)", "credit-note-type-codes.tsv");
    private static readonly Lazy<CodeList> paymentMeans = Load("UNCL 4461", "payment-means.tsv");
    private static readonly Lazy<CodeList> allowanceReasons = Load("UNCL 5189", "allowance-reasons.tsv");
    private static readonly Lazy<CodeList> chargeReasons = Load("UNCL 7161", "charge-reasons.tsv");
    private static readonly Lazy<CodeList> vatCategories = Load("UNCL 5305", "vat-categories.tsv");
    private static readonly Lazy<CodeList> vatExemptionReasons = Load("VATEX", "vat-exemption-reasons.tsv", ruleIgnoresCase: true);
    private static readonly Lazy<CodeList> units = Load("UN/ECE Rec 20", "units.tsv");
    private static readonly Lazy<CodeList> electronicAddressSchemes = Load("EAS", "electronic-address-schemes.tsv");
    private static readonly Lazy<CodeList> identifierSchemes = Load("ISO 6523 ICD", "identifier-schemes.tsv");

    /// <summary>ISO 4217 alpha-3 currency codes as rules BR-CL-03, BR-CL-04 and BR-CL-05 list them (BT-5, BT-6, currencyID).</summary>
    public static CodeList Currencies => currencies.Value;

    /// <summary>ISO 3166-1 alpha-2 country codes as rules BR-CL-14 and BR-CL-15 list them, with 1A (Kosovo) and XI (Northern Ireland) (BT-40, BT-55, BT-159...).</summary>
    public static CodeList Countries => countries.Value;

    /// <summary>
    /// The UNCL 1001 document type codes CIUS-RO allows for BT-3, rule BR-RO-020: 380, 384, 389 and 751 in an
    /// Invoice, 381 in a CreditNote.
    /// </summary>
    public static CodeList DocumentTypes => documentTypes.Value;

    /// <summary>The UNCL 1001 codes EN 16931 allows in an Invoice (BR-CL-01); CIUS-RO narrows them to <see cref="DocumentTypes"/>.</summary>
    public static CodeList InvoiceTypeCodes => invoiceTypeCodes.Value;

    /// <summary>The UNCL 1001 codes EN 16931 allows in a CreditNote (BR-CL-01); CIUS-RO narrows them to 381.</summary>
    public static CodeList CreditNoteTypeCodes => creditNoteTypeCodes.Value;

    /// <summary>UNCL 4461 payment means codes, rule BR-CL-16 (BT-81).</summary>
    public static CodeList PaymentMeans => paymentMeans.Value;

    /// <summary>UNCL 5189 allowance reason codes, rule BR-CL-19 (BT-98, BT-140).</summary>
    public static CodeList AllowanceReasons => allowanceReasons.Value;

    /// <summary>UNCL 7161 charge reason codes, rule BR-CL-20 (BT-105, BT-145).</summary>
    public static CodeList ChargeReasons => chargeReasons.Value;

    /// <summary>The UNCL 5305 VAT category codes EN 16931 uses, rules BR-CL-17 and BR-CL-18 (BT-95, BT-102, BT-118, BT-151).</summary>
    public static CodeList VatCategories => vatCategories.Value;

    /// <summary>
    /// VATEX exemption reason codes, rule BR-CL-22 (BT-121). The codes are upper case; the rule upper-cases the
    /// value before comparing, which <see cref="CodeList.Accepts"/> reproduces.
    /// </summary>
    public static CodeList VatExemptionReasons => vatExemptionReasons.Value;

    /// <summary>UN/ECE Recommendation 20 unit codes with the Recommendation 21 extension, rule BR-CL-23 (BT-130, BT-150).</summary>
    public static CodeList Units => units.Value;

    /// <summary>CEF EAS electronic address scheme codes, rule BR-CL-25 (BT-34-1, BT-49-1).</summary>
    public static CodeList ElectronicAddressSchemes => electronicAddressSchemes.Value;

    /// <summary>
    /// ISO 6523 ICD identifier scheme codes, rules BR-CL-10, BR-CL-11, BR-CL-21 and BR-CL-26 (BT-29-1, BT-30-1,
    /// BT-157-1...). BR-CL-10 also accepts "SEPA" for seller and payee identifiers, which is not an ICD code.
    /// </summary>
    public static CodeList IdentifierSchemes => identifierSchemes.Value;

    private static Lazy<CodeList> Load(string name, string fileName, bool ruleIgnoresCase = false) =>
        new(() => new CodeList(name, DataFile.Read(fileName), ruleIgnoresCase), LazyThreadSafetyMode.ExecutionAndPublication);
}
