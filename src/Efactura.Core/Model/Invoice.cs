using System.Collections.Immutable;

namespace Efactura.Core.Model;

/// <summary>
/// An electronic invoice or credit note as EN 16931 defines it and CIUS-RO restricts it.
/// The record is a faithful document: it holds the totals and the VAT breakdown as written,
/// so that an invoice read from XML keeps its (possibly wrong) numbers for validation.
/// Use <see cref="Calculation.InvoiceCalculator"/> to compute them from the lines.
/// </summary>
public sealed record Invoice
{
    /// <summary>Specification identifier, the CIUS-RO CustomizationID (BT-24).</summary>
    public string CustomizationId { get; init; } = Specification.CiusRo;

    /// <summary>Business process type (BT-23).</summary>
    public string? ProfileId { get; init; }

    /// <summary>Invoice number, unique within the seller's series (BT-1).</summary>
    public required string Number { get; init; }

    /// <summary>Invoice issue date (BT-2).</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>Invoice type code from UNCL 1001 (BT-3).</summary>
    public InvoiceTypeCode TypeCode { get; init; } = InvoiceTypeCode.CommercialInvoice;

    /// <summary>Invoice currency code, ISO 4217 (BT-5).</summary>
    public required string CurrencyCode { get; init; }

    /// <summary>VAT accounting currency code, ISO 4217; RON when the invoice currency is not RON (BT-6).</summary>
    public string? TaxCurrencyCode { get; init; }

    /// <summary>Value added tax point date (BT-7).</summary>
    public DateOnly? TaxPointDate { get; init; }

    /// <summary>Payment due date (BT-9).</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Buyer reference, the routing reference given by the buyer (BT-10).</summary>
    public string? BuyerReference { get; init; }

    /// <summary>Project reference (BT-11).</summary>
    public string? ProjectReference { get; init; }

    /// <summary>Contract reference (BT-12).</summary>
    public string? ContractReference { get; init; }

    /// <summary>Purchase order reference issued by the buyer; required by Romanian public buyers (BT-13).</summary>
    public string? PurchaseOrderReference { get; init; }

    /// <summary>Sales order reference issued by the seller (BT-14).</summary>
    public string? SalesOrderReference { get; init; }

    /// <summary>Receiving advice reference (BT-15).</summary>
    public string? ReceivingAdviceReference { get; init; }

    /// <summary>Despatch advice reference (BT-16).</summary>
    public string? DespatchAdviceReference { get; init; }

    /// <summary>Tender or lot reference (BT-17).</summary>
    public string? TenderOrLotReference { get; init; }

    /// <summary>Invoiced object identifier, with its scheme (BT-18, BT-18-1).</summary>
    public Identifier? InvoicedObjectIdentifier { get; init; }

    /// <summary>Buyer accounting reference (BT-19).</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>Payment terms, free text (BT-20).</summary>
    public string? PaymentTerms { get; init; }

    /// <summary>Invoice notes (BG-1).</summary>
    public ImmutableArray<InvoiceNote> Notes { get; init; } = [];

    /// <summary>References to preceding invoices, e.g. the invoice a credit note corrects (BG-3).</summary>
    public ImmutableArray<PrecedingInvoiceReference> PrecedingInvoices { get; init; } = [];

    /// <summary>The seller (BG-4).</summary>
    public required Party Seller { get; init; }

    /// <summary>The buyer (BG-7).</summary>
    public required Party Buyer { get; init; }

    /// <summary>The payee, when different from the seller (BG-10).</summary>
    public Payee? Payee { get; init; }

    /// <summary>The seller's tax representative (BG-11).</summary>
    public TaxRepresentative? SellerTaxRepresentative { get; init; }

    /// <summary>Delivery information (BG-13).</summary>
    public Delivery? Delivery { get; init; }

    /// <summary>Invoicing period, with the VAT point date code (BG-14, BT-8).</summary>
    public InvoicePeriod? InvoicePeriod { get; init; }

    /// <summary>Payment instructions, one per means of payment (BG-16).</summary>
    public ImmutableArray<PaymentInstructions> PaymentInstructions { get; init; } = [];

    /// <summary>Document level allowances (BG-20) and charges (BG-21).</summary>
    public ImmutableArray<AllowanceCharge> AllowanceCharges { get; init; } = [];

    /// <summary>Document totals (BG-22).</summary>
    public required DocumentTotals Totals { get; init; }

    /// <summary>VAT breakdown, one per VAT category and rate (BG-23).</summary>
    public ImmutableArray<VatBreakdown> VatBreakdown { get; init; } = [];

    /// <summary>Additional supporting documents, with embedded attachments (BG-24).</summary>
    public ImmutableArray<SupportingDocument> SupportingDocuments { get; init; } = [];

    /// <summary>Invoice lines (BG-25).</summary>
    public ImmutableArray<InvoiceLine> Lines { get; init; } = [];

    /// <summary>Document level allowances (BG-20).</summary>
    public IEnumerable<AllowanceCharge> Allowances => AllowanceCharges.Where(a => !a.IsCharge);

    /// <summary>Document level charges (BG-21).</summary>
    public IEnumerable<AllowanceCharge> Charges => AllowanceCharges.Where(a => a.IsCharge);

    /// <summary>True when the document is written as a UBL CreditNote (type code in the credit note subset of UNCL 1001).</summary>
    public bool IsCreditNote => TypeCode.IsCreditNote;
}
