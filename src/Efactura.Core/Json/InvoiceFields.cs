namespace Efactura.Core.Json;

/// <summary>
/// The members of the invoice JSON's root object (DESIGN §4.1), each with the business term it fills.
/// Amounts and quantities are JSON numbers or strings ("12.50"), read as exact decimals; dates are
/// "yyyy-MM-dd"; identifiers given as <c>{"id", "scheme"}</c> may also be a plain string.
/// </summary>
public static class InvoiceFields
{
    /// <summary>Invoice number (BT-1). Required.</summary>
    public const string Number = "number";

    /// <summary>Issue date (BT-2). Required.</summary>
    public const string IssueDate = "issueDate";

    /// <summary>Payment due date (BT-9).</summary>
    public const string DueDate = "dueDate";

    /// <summary>VAT point date (BT-7); also the date the VAT rates are checked against (the issue date otherwise).</summary>
    public const string TaxPointDate = "taxPointDate";

    /// <summary>VAT point date code, UNCL 2005: 3, 35 or 432 (BT-8).</summary>
    public const string VatPointDateCode = "vatPointDateCode";

    /// <summary>
    /// Document type (BT-3): "invoice" (380, the default), "creditNote" (381), "correctedInvoice" (384),
    /// "selfBilled" (389), "accounting" (751), or the UNCL 1001 code itself.
    /// </summary>
    public const string Type = "type";

    /// <summary>Invoice currency, ISO 4217 (BT-5). Default "RON".</summary>
    public const string Currency = "currency";

    /// <summary>VAT accounting currency (BT-6); default "RON" when the currency is not RON (BR-RO-030).</summary>
    public const string TaxCurrency = "taxCurrency";

    /// <summary>Units of the VAT accounting currency (RON) per unit of the invoice currency; gives the VAT total in RON (BT-111).</summary>
    public const string ExchangeRate = "exchangeRate";

    /// <summary>The VAT total in the VAT accounting currency (BT-111), instead of or besides <see cref="ExchangeRate"/>.</summary>
    public const string VatTotalRon = "vatTotalRon";

    /// <summary>Specification identifier (BT-24). Default: CIUS-RO.</summary>
    public const string CustomizationId = "customizationId";

    /// <summary>Business process type (BT-23).</summary>
    public const string ProfileId = "profileId";

    /// <summary>Buyer reference (BT-10).</summary>
    public const string BuyerReference = "buyerReference";

    /// <summary>Project reference (BT-11).</summary>
    public const string ProjectReference = "projectReference";

    /// <summary>Contract reference (BT-12).</summary>
    public const string ContractReference = "contractReference";

    /// <summary>Purchase order reference (BT-13); public buyers require it.</summary>
    public const string OrderReference = "orderReference";

    /// <summary>Sales order reference (BT-14).</summary>
    public const string SalesOrderReference = "salesOrderReference";

    /// <summary>Receiving advice reference (BT-15).</summary>
    public const string ReceivingAdviceReference = "receivingAdviceReference";

    /// <summary>Despatch advice reference, e.g. the delivery note (aviz) number (BT-16).</summary>
    public const string DespatchAdviceReference = "despatchAdviceReference";

    /// <summary>Tender or lot reference (BT-17).</summary>
    public const string TenderReference = "tenderReference";

    /// <summary>Invoiced object identifier, a string or {id, scheme} (BT-18, BT-18-1).</summary>
    public const string InvoicedObject = "invoicedObject";

    /// <summary>Buyer accounting reference (BT-19).</summary>
    public const string AccountingReference = "accountingReference";

    /// <summary>Payment terms, free text (BT-20); <c>payment.terms</c> is the same term.</summary>
    public const string PaymentTerms = "paymentTerms";

    /// <summary>Notes (BG-1): an array of strings or of {text (BT-22), subjectCode (BT-21)}.</summary>
    public const string Notes = "notes";

    /// <summary>The preceding invoice a credit note or correction refers to: {number (BT-25), issueDate (BT-26)}.</summary>
    public const string PrecedingInvoice = "precedingInvoice";

    /// <summary>Several preceding invoices (BG-3), each {number, issueDate}.</summary>
    public const string PrecedingInvoices = "precedingInvoices";

    /// <summary>The seller (BG-4), see <see cref="PartyFields"/>. Required.</summary>
    public const string Supplier = "supplier";

    /// <summary>The buyer (BG-7), see <see cref="PartyFields"/>. Required.</summary>
    public const string Customer = "customer";

    /// <summary>The payee when not the seller (BG-10): {name (BT-59), identifier (BT-60), legalRegistrationId (BT-61)}.</summary>
    public const string Payee = "payee";

    /// <summary>The seller's tax representative (BG-11): {name (BT-62), vatNumber (BT-63), address (BG-12)}.</summary>
    public const string TaxRepresentative = "taxRepresentative";

    /// <summary>Delivery (BG-13): {date (BT-72), name (BT-70), locationId (BT-71), address (BG-15)}.</summary>
    public const string Delivery = "delivery";

    /// <summary>Invoicing period (BG-14): {start (BT-73), end (BT-74)}.</summary>
    public const string Period = "period";

    /// <summary>Payment instructions (BG-16), see <see cref="PaymentFields"/>.</summary>
    public const string Payment = "payment";

    /// <summary>Several payment instructions (BG-16), each like <see cref="Payment"/>.</summary>
    public const string Payments = "payments";

    /// <summary>Document level allowances (BG-20), see <see cref="AllowanceChargeFields"/>.</summary>
    public const string Allowances = "allowances";

    /// <summary>Document level charges (BG-21), see <see cref="AllowanceChargeFields"/>.</summary>
    public const string Charges = "charges";

    /// <summary>Paid amount, e.g. an advance already paid (BT-113).</summary>
    public const string PrepaidAmount = "prepaidAmount";

    /// <summary>Rounding amount added to the amount due (BT-114).</summary>
    public const string RoundingAmount = "roundingAmount";

    /// <summary>
    /// Supporting documents (BG-24): {id (BT-122), description (BT-123), url (BT-124), fileName (BT-125-2),
    /// mimeType (BT-125-1), content (BT-125, base64)}.
    /// </summary>
    public const string Attachments = "attachments";

    /// <summary>
    /// The invoice lines (BG-25), see <see cref="LineFields"/>. Required, at least one, at most 20,000 (more is
    /// EF-JSON-LIMIT, refused before any line is read: ANAF takes documents up to 10 MB, and at about 600 bytes of UBL
    /// per line no invoice it accepts has more than about 16,000 lines).
    /// </summary>
    public const string Lines = "lines";

    /// <summary>Totals the sender expects, checked against the computed ones (BG-22), see <see cref="TotalsFields"/>.</summary>
    public const string ExpectedTotals = "expectedTotals";
}
