using System.Collections.Immutable;
using System.Xml;
using Efactura.Core.Model;

namespace Efactura.Ubl;

/// <summary>
/// Reads one UBL document from an <see cref="XmlReader"/> in a single forward pass. Each method reads one
/// aggregate: it starts on the aggregate's start tag, takes the children it knows in any order, skips the
/// others and ends after the end tag. Values of the document level are gathered in fields and assembled
/// into the model at the end, because UBL places some of them apart (BT-90 among party identifiers,
/// BT-111 in a second TaxTotal, a credit note's BT-9 in the payment means).
/// </summary>
internal sealed partial class UblDocumentReader(XmlReader xml) : XmlDocumentReader(xml)
{
    private bool _isCreditNoteRoot;
    private string? _customizationId, _profileId, _number, _typeCode, _currency, _taxCurrency;
    private DateOnly? _issueDate, _dueDate, _paymentMeansDueDate, _taxPointDate;
    private string? _buyerReference, _projectReference, _contractReference, _orderReference, _salesOrderReference;
    private string? _receivingAdvice, _despatchAdvice, _tenderOrLot, _accountingCost, _paymentTerms;
    private Identifier? _invoicedObject;
    private InvoicePeriod? _period;
    private Party? _seller, _buyer;
    private Payee? _payee;
    private TaxRepresentative? _taxRepresentative;
    private Delivery? _delivery;
    private DocumentTotals? _totals;
    private readonly List<Identifier> _sellerSepaIds = [], _payeeSepaIds = [];
    private readonly List<(decimal? Amount, string? Currency, List<VatBreakdown> Subtotals)> _taxTotals = [];
    private readonly ImmutableArray<InvoiceNote>.Builder _notes = ImmutableArray.CreateBuilder<InvoiceNote>();
    private readonly ImmutableArray<PrecedingInvoiceReference>.Builder _preceding = ImmutableArray.CreateBuilder<PrecedingInvoiceReference>();
    private readonly ImmutableArray<SupportingDocument>.Builder _documents = ImmutableArray.CreateBuilder<SupportingDocument>();
    private readonly ImmutableArray<PaymentInstructions>.Builder _payments = ImmutableArray.CreateBuilder<PaymentInstructions>();
    private readonly ImmutableArray<AllowanceCharge>.Builder _allowanceCharges = ImmutableArray.CreateBuilder<AllowanceCharge>();
    private readonly ImmutableArray<InvoiceLine>.Builder _lines = ImmutableArray.CreateBuilder<InvoiceLine>();

    /// <summary>True when the reader stands on a UBL 2.1 Invoice or CreditNote start tag.</summary>
    public static bool IsRoot(XmlReader xml) =>
        (xml.LocalName == "Invoice" && xml.NamespaceURI == UblNamespaces.Invoice) || (xml.LocalName == "CreditNote" && xml.NamespaceURI == UblNamespaces.CreditNote);

    public Invoice ReadDocument()
    {
        Xml.MoveToContent();
        if (Xml.NodeType != XmlNodeType.Element) throw Error("the document has no root element");
        _isCreditNoteRoot = Xml.LocalName == "CreditNote" && Xml.NamespaceURI == UblNamespaces.CreditNote;
        var isInvoiceRoot = Xml.LocalName == "Invoice" && Xml.NamespaceURI == UblNamespaces.Invoice;
        if (!_isCreditNoteRoot && !isInvoiceRoot)
            throw Error($"the root element is {{{Xml.NamespaceURI}}}{Xml.LocalName}; expected a UBL 2.1 Invoice ({UblNamespaces.Invoice}) or CreditNote ({UblNamespaces.CreditNote})");
        for (var more = FirstChild(); more; more = NextChild())
            ReadDocumentChild();
        // Read to the end so that anything malformed after the root is refused too.
        while (Xml.Read()) { }
        return Assemble();
    }

    private void ReadDocumentChild()
    {
        switch (ChildName())
        {
            case "CustomizationID": Keep(ref _customizationId, Text()); break;
            case "ProfileID": Keep(ref _profileId, OptionalText()); break;
            case "ID": Keep(ref _number, Text()); break;
            case "IssueDate": Keep(ref _issueDate, Date()); break;
            case "DueDate": Keep(ref _dueDate, Date()); break;
            case "InvoiceTypeCode" or "CreditNoteTypeCode": Keep(ref _typeCode, Text()); break;
            case "Note": AddNote(OptionalText()); break;
            case "TaxPointDate": Keep(ref _taxPointDate, Date()); break;
            case "DocumentCurrencyCode": Keep(ref _currency, Text()); break;
            case "TaxCurrencyCode": Keep(ref _taxCurrency, OptionalText()); break;
            case "AccountingCost": Keep(ref _accountingCost, OptionalText()); break;
            case "BuyerReference": Keep(ref _buyerReference, OptionalText()); break;
            case "InvoicePeriod": Keep(ref _period, ReadPeriod()); break;
            case "OrderReference": ReadOrderReference(); break;
            case "BillingReference": ReadBillingReference(); break;
            case "DespatchDocumentReference": Keep(ref _despatchAdvice, ReadReferenceId()); break;
            case "ReceiptDocumentReference": Keep(ref _receivingAdvice, ReadReferenceId()); break;
            case "OriginatorDocumentReference": Keep(ref _tenderOrLot, ReadReferenceId()); break;
            case "ContractDocumentReference": Keep(ref _contractReference, ReadReferenceId()); break;
            case "AdditionalDocumentReference": ReadAdditionalDocument(); break;
            case "ProjectReference": Keep(ref _projectReference, ReadReferenceId()); break;
            case "AccountingSupplierParty": Keep(ref _seller, ReadRoleParty(_sellerSepaIds)); break;
            case "AccountingCustomerParty": Keep(ref _buyer, ReadRoleParty(null)); break;
            case "PayeeParty": Keep(ref _payee, ReadPayee()); break;
            case "TaxRepresentativeParty": Keep(ref _taxRepresentative, ReadTaxRepresentative()); break;
            case "Delivery": Keep(ref _delivery, ReadDelivery()); break;
            case "PaymentMeans": _payments.Add(ReadPaymentMeans()); break;
            case "PaymentTerms": ReadPaymentTerms(); break;
            case "AllowanceCharge": _allowanceCharges.Add(ReadAllowanceCharge(documentLevel: true)); break;
            case "TaxTotal": ReadTaxTotal(); break;
            case "LegalMonetaryTotal": Keep(ref _totals, ReadMonetaryTotal()); break;
            case "InvoiceLine" or "CreditNoteLine": _lines.Add(ReadLine()); break;
            default: Xml.Skip(); break;
        }
    }

    // An empty note is no note: the writer omits it.
    private void AddNote(string? text)
    {
        if (text is not null) _notes.Add(Note(text));
    }

    // BT-21 travels as a "#CODE#" prefix of the note text (EN 16931 UBL binding); UNCL 4451 codes have 3 characters.
    private static InvoiceNote Note(string text)
    {
        var isCoded = text.Length >= 5 && text[0] == '#' && text[4] == '#'
            && char.IsAsciiLetterOrDigit(text[1]) && char.IsAsciiLetterOrDigit(text[2]) && char.IsAsciiLetterOrDigit(text[3]);
        return isCoded ? new InvoiceNote(text[5..], text[1..4]) : new InvoiceNote(text);
    }

    private void ReadOrderReference()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref _orderReference, OptionalText()); break;
                case "SalesOrderID": Keep(ref _salesOrderReference, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
    }

    private void ReadBillingReference()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() != "InvoiceDocumentReference") { Xml.Skip(); continue; }
            string? number = null;
            DateOnly? issueDate = null;
            for (var inner = FirstChild(); inner; inner = NextChild())
            {
                switch (ChildName())
                {
                    case "ID": Keep(ref number, Text()); break;
                    case "IssueDate": Keep(ref issueDate, Date()); break;
                    default: Xml.Skip(); break;
                }
            }
            _preceding.Add(new PrecedingInvoiceReference(number ?? "", issueDate));
        }
    }

    private string? ReadReferenceId()
    {
        string? id = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() == "ID") Keep(ref id, OptionalText());
            else Xml.Skip();
        }
        return id;
    }

    // BG-24, or BT-18 with type code 130, or in a credit note BT-11 with type code 50.
    private void ReadAdditionalDocument()
    {
        Identifier? id = null;
        string? typeCode = null, description = null, uri = null;
        Attachment? attachment = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref id, IdentifierValue() ?? new Identifier("")); break;
                case "DocumentTypeCode": Keep(ref typeCode, OptionalText()); break;
                case "DocumentDescription": Keep(ref description, OptionalText()); break;
                case "Attachment": ReadAttachment(ref attachment, ref uri); break;
                default: Xml.Skip(); break;
            }
        }
        id ??= new Identifier("");
        if (typeCode == UblCodes.InvoicedObjectDocumentType && id.Value.Length > 0) { _invoicedObject ??= id; return; }
        if (_isCreditNoteRoot && typeCode == UblCodes.ProjectDocumentType && id.Value.Length > 0) { _projectReference ??= id.Value; return; }
        _documents.Add(new SupportingDocument { Id = id.Value, Description = description, ExternalUri = uri, Attachment = attachment });
    }

    private void ReadAttachment(ref Attachment? attachment, ref string? uri)
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "EmbeddedDocumentBinaryObject": Keep(ref attachment, ReadEmbeddedDocument()); break;
                case "ExternalReference": Keep(ref uri, ReadChildText("URI")); break;
                default: Xml.Skip(); break;
            }
        }
    }

    private Attachment ReadEmbeddedDocument()
    {
        var (line, column) = Position();
        var mimeCode = Xml.GetAttribute("mimeCode")?.Trim() ?? "";
        var fileName = Xml.GetAttribute("filename")?.Trim() ?? "";
        var text = Xml.ReadElementContentAsString();
        try
        {
            return new Attachment([.. Convert.FromBase64String(text)], mimeCode, fileName);
        }
        catch (FormatException e)
        {
            throw new UblReadException(line, column, "cbc:EmbeddedDocumentBinaryObject is not valid base64", e);
        }
    }

    private void ReadPaymentTerms()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() == "Note") _paymentTerms = Join(_paymentTerms, OptionalText());
            else Xml.Skip();
        }
    }

    private void ReadTaxTotal()
    {
        decimal? amount = null;
        string? currency = null;
        var subtotals = new List<VatBreakdown>();
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "TaxAmount" when amount is null:
                    currency = Xml.GetAttribute("currencyID")?.Trim();
                    amount = Decimal();
                    break;
                case "TaxSubtotal": subtotals.Add(ReadTaxSubtotal()); break;
                default: Xml.Skip(); break;
            }
        }
        _taxTotals.Add((amount, currency, subtotals));
    }

    private VatBreakdown ReadTaxSubtotal()
    {
        decimal? taxable = null, tax = null, rate = null;
        string? category = null, reason = null, reasonCode = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "TaxableAmount": Keep(ref taxable, Decimal()); break;
                case "TaxAmount": Keep(ref tax, Decimal()); break;
                case "TaxCategory":
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        switch (ChildName())
                        {
                            case "ID": Keep(ref category, Text()); break;
                            case "Percent": Keep(ref rate, Decimal()); break;
                            case "TaxExemptionReasonCode": Keep(ref reasonCode, OptionalText()); break;
                            case "TaxExemptionReason": Keep(ref reason, OptionalText()); break;
                            default: Xml.Skip(); break;
                        }
                    }
                    break;
                default: Xml.Skip(); break;
            }
        }
        return new VatBreakdown
        {
            TaxableAmount = taxable ?? 0m, TaxAmount = tax ?? 0m, Category = new VatCategory(category ?? ""), Rate = rate,
            ExemptionReason = reason, ExemptionReasonCode = reasonCode,
        };
    }

    private DocumentTotals ReadMonetaryTotal()
    {
        decimal? lineNet = null, allowances = null, charges = null, exclusive = null, inclusive = null, prepaid = null, rounding = null, payable = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "LineExtensionAmount": Keep(ref lineNet, Decimal()); break;
                case "TaxExclusiveAmount": Keep(ref exclusive, Decimal()); break;
                case "TaxInclusiveAmount": Keep(ref inclusive, Decimal()); break;
                case "AllowanceTotalAmount": Keep(ref allowances, Decimal()); break;
                case "ChargeTotalAmount": Keep(ref charges, Decimal()); break;
                case "PrepaidAmount": Keep(ref prepaid, Decimal()); break;
                case "PayableRoundingAmount": Keep(ref rounding, Decimal()); break;
                case "PayableAmount": Keep(ref payable, Decimal()); break;
                default: Xml.Skip(); break;
            }
        }
        return new DocumentTotals
        {
            LineNetTotal = lineNet ?? 0m, AllowanceTotal = allowances, ChargeTotal = charges,
            TaxExclusiveAmount = exclusive ?? 0m, TaxInclusiveAmount = inclusive ?? 0m,
            PrepaidAmount = prepaid, RoundingAmount = rounding, PayableAmount = payable ?? 0m,
        };
    }

    private InvoicePeriod ReadPeriod()
    {
        DateOnly? start = null, end = null;
        string? code = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "StartDate": Keep(ref start, Date()); break;
                case "EndDate": Keep(ref end, Date()); break;
                case "DescriptionCode": Keep(ref code, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
        return new InvoicePeriod(start, end, code);
    }

    // BG-20 / BG-21 on the document, BG-27 / BG-28 on a line (which have no VAT category).
    private AllowanceCharge ReadAllowanceCharge(bool documentLevel)
    {
        bool? isCharge = null;
        decimal? amount = null, baseAmount = null, percentage = null, rate = null;
        string? reason = null, reasonCode = null, category = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ChargeIndicator": Keep(ref isCharge, Indicator()); break;
                case "AllowanceChargeReasonCode": Keep(ref reasonCode, OptionalText()); break;
                case "AllowanceChargeReason": Keep(ref reason, OptionalText()); break;
                case "MultiplierFactorNumeric": Keep(ref percentage, Decimal()); break;
                case "Amount": Keep(ref amount, Decimal()); break;
                case "BaseAmount": Keep(ref baseAmount, Decimal()); break;
                case "TaxCategory" when documentLevel && category is null:
                    (category, rate) = ReadTaxCategory();
                    break;
                default: Xml.Skip(); break;
            }
        }
        return new AllowanceCharge
        {
            IsCharge = isCharge ?? false, Amount = amount ?? 0m, BaseAmount = baseAmount, Percentage = percentage,
            VatCategory = category is { Length: > 0 } ? new VatCategory(category) : null, VatRate = rate,
            Reason = reason, ReasonCode = reasonCode,
        };
    }

    // A TaxCategory or ClassifiedTaxCategory: its code (BT-95, BT-102, BT-151) and rate; "" when the ID is missing.
    private (string Code, decimal? Rate) ReadTaxCategory() => ReadTaxCategory(out _);

    private (string Code, decimal? Rate) ReadTaxCategory(out bool isVat)
    {
        string? code = null;
        decimal? rate = null;
        isVat = true;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref code, Text()); break;
                case "Percent": Keep(ref rate, Decimal()); break;
                case "TaxScheme":
                    var scheme = ReadChildText("ID");
                    isVat = scheme is null || scheme.Equals(UblCodes.VatScheme, StringComparison.OrdinalIgnoreCase);
                    break;
                default: Xml.Skip(); break;
            }
        }
        return (code ?? "", rate);
    }

    private Invoice Assemble()
    {
        var (vatTotal, inTaxCurrency, breakdown) = ResolveTaxTotals();
        var payments = AttachCreditorId();
        return new Invoice
        {
            CustomizationId = _customizationId ?? "",
            ProfileId = _profileId,
            Number = _number ?? "",
            IssueDate = _issueDate ?? DateOnly.MinValue,
            TypeCode = new InvoiceTypeCode(_typeCode ?? ""),
            CurrencyCode = _currency ?? "",
            TaxCurrencyCode = _taxCurrency,
            TaxPointDate = _taxPointDate,
            DueDate = _dueDate ?? _paymentMeansDueDate,
            BuyerReference = _buyerReference,
            ProjectReference = _projectReference,
            ContractReference = _contractReference,
            PurchaseOrderReference = _orderReference,
            SalesOrderReference = _salesOrderReference,
            ReceivingAdviceReference = _receivingAdvice,
            DespatchAdviceReference = _despatchAdvice,
            TenderOrLotReference = _tenderOrLot,
            InvoicedObjectIdentifier = _invoicedObject,
            BuyerAccountingReference = _accountingCost,
            PaymentTerms = _paymentTerms,
            Notes = _notes.DrainToImmutable(),
            PrecedingInvoices = _preceding.DrainToImmutable(),
            Seller = WithoutCreditorIds(_seller ?? EmptyParty(), _sellerSepaIds, payments.CreditorIdPlaced),
            Buyer = _buyer ?? EmptyParty(),
            Payee = PayeeWithIdentifiers(payments.CreditorIdPlaced),
            SellerTaxRepresentative = _taxRepresentative,
            Delivery = _delivery,
            InvoicePeriod = _period,
            PaymentInstructions = payments.Instructions,
            AllowanceCharges = _allowanceCharges.DrainToImmutable(),
            Totals = (_totals ?? EmptyTotals()) with { VatTotal = vatTotal, VatTotalInTaxCurrency = inTaxCurrency },
            VatBreakdown = breakdown,
            SupportingDocuments = _documents.DrainToImmutable(),
            Lines = _lines.DrainToImmutable(),
        };
    }

    // BT-110 is the TaxAmount of the TaxTotal in the invoice currency (or with no currency given); BT-111 the one
    // in the VAT accounting currency when that differs. A TaxAmount in any other currency is neither, as for the
    // official rules (BR-CO-15, BR-53), so that the error stays visible; its subtotals still form the breakdown (BG-23).
    private (decimal? VatTotal, decimal? InTaxCurrency, ImmutableArray<VatBreakdown> Breakdown) ResolveTaxTotals()
    {
        decimal? vatTotal = null, inTaxCurrency = null;
        var breakdown = ImmutableArray.CreateBuilder<VatBreakdown>();
        var currency = _currency ?? "";
        var separateTaxCurrency = _taxCurrency is not null && _taxCurrency != currency;
        foreach (var (amount, amountCurrency, subtotals) in _taxTotals)
        {
            if (separateTaxCurrency && amountCurrency == _taxCurrency)
            {
                inTaxCurrency ??= amount;
                continue;
            }
            if (string.IsNullOrEmpty(amountCurrency) || amountCurrency == currency || currency.Length == 0) vatTotal ??= amount;
            breakdown.AddRange(subtotals);
        }
        return (vatTotal, inTaxCurrency, breakdown.DrainToImmutable());
    }

    private static Party EmptyParty() => new() { Name = "", Address = new Address { CountryCode = "" } };

    private static DocumentTotals EmptyTotals() => new() { LineNetTotal = 0m, TaxExclusiveAmount = 0m, TaxInclusiveAmount = 0m, PayableAmount = 0m };
}
