using System.Collections.Immutable;
using System.Xml;
using Efactura.Core.Model;

namespace Efactura.Ubl.Cii;

/// <summary>
/// Reads one UN/CEFACT Cross Industry Invoice (D16B, as EN 16931 binds it) from an <see cref="XmlReader"/> in a single
/// forward pass, into the same model as <see cref="UblDocumentReader"/>. CII groups the business terms by trade
/// agreement, delivery and settlement, and writes the lines first; values that CII keeps apart from where the model
/// holds them (the payment reference BT-83, the mandate BT-89 and creditor id BT-90, the VAT point date BT-7 and its
/// code BT-8) are gathered in fields and assembled at the end. Unknown elements are skipped, as in the UBL reader.
/// </summary>
internal sealed partial class CiiDocumentReader(XmlReader xml) : XmlDocumentReader(xml)
{
    private string? _customizationId, _profileId, _number, _typeCode, _currency, _taxCurrency;
    private DateOnly? _issueDate, _dueDate, _taxPointDate;
    private string? _vatPointDateCode;
    private string? _buyerReference, _projectReference, _contractReference, _orderReference, _salesOrderReference;
    private string? _receivingAdvice, _despatchAdvice, _tenderOrLot, _accountingCost, _paymentTerms;
    private string? _paymentReference, _mandateReference, _creditorId;
    private Identifier? _invoicedObject;
    private InvoicePeriod? _period;
    private Party? _seller, _buyer;
    private Payee? _payee;
    private TaxRepresentative? _taxRepresentative;
    private Delivery? _delivery;
    private DocumentTotals? _totals;
    private readonly List<(decimal Amount, string? Currency)> _taxTotals = [];
    private readonly List<CiiPaymentMeans> _paymentMeans = [];
    private readonly ImmutableArray<InvoiceNote>.Builder _notes = ImmutableArray.CreateBuilder<InvoiceNote>();
    private readonly ImmutableArray<PrecedingInvoiceReference>.Builder _preceding = ImmutableArray.CreateBuilder<PrecedingInvoiceReference>();
    private readonly ImmutableArray<SupportingDocument>.Builder _documents = ImmutableArray.CreateBuilder<SupportingDocument>();
    private readonly ImmutableArray<VatBreakdown>.Builder _breakdown = ImmutableArray.CreateBuilder<VatBreakdown>();
    private readonly ImmutableArray<AllowanceCharge>.Builder _allowanceCharges = ImmutableArray.CreateBuilder<AllowanceCharge>();
    private readonly ImmutableArray<InvoiceLine>.Builder _lines = ImmutableArray.CreateBuilder<InvoiceLine>();

    /// <summary>True when the reader stands on a <c>rsm:CrossIndustryInvoice</c> start tag.</summary>
    public static bool IsRoot(XmlReader xml) => xml.LocalName == CiiNamespaces.RootName && xml.NamespaceURI == CiiNamespaces.Rsm;

    public Invoice ReadDocument()
    {
        Xml.MoveToContent();
        if (Xml.NodeType != XmlNodeType.Element) throw Error("the document has no root element");
        if (!IsRoot(Xml))
            throw Error($"the root element is {{{Xml.NamespaceURI}}}{Xml.LocalName}; expected a CII CrossIndustryInvoice ({CiiNamespaces.Rsm})");
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ExchangedDocumentContext": ReadContext(); break;
                case "ExchangedDocument": ReadExchangedDocument(); break;
                case "SupplyChainTradeTransaction": ReadTransaction(); break;
                default: Xml.Skip(); break;
            }
        }
        // Read to the end so that anything malformed after the root is refused too.
        while (Xml.Read()) { }
        return Assemble();
    }

    // The local name of an rsm, ram, udt or qdt child; null (so: skipped) for any other namespace.
    protected override string? ChildName()
    {
        var ns = Xml.NamespaceURI;
        return ns == CiiNamespaces.Ram || ns == CiiNamespaces.Rsm || ns == CiiNamespaces.Udt || ns == CiiNamespaces.Qdt ? Xml.LocalName : null;
    }

    // BT-23 and BT-24.
    private void ReadContext()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "BusinessProcessSpecifiedDocumentContextParameter": Keep(ref _profileId, ReadChildText("ID")); break;
                case "GuidelineSpecifiedDocumentContextParameter": Keep(ref _customizationId, ReadChildText("ID")); break;
                default: Xml.Skip(); break;
            }
        }
    }

    private void ReadExchangedDocument()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref _number, Text()); break;
                case "TypeCode": Keep(ref _typeCode, Text()); break;
                case "IssueDateTime": Keep(ref _issueDate, ReadDate()); break;
                case "IncludedNote": ReadNote(); break;
                default: Xml.Skip(); break;
            }
        }
    }

    // BG-1: the subject code (BT-21) is an element of its own in CII, not a "#CODE#" prefix as in UBL.
    private void ReadNote()
    {
        string? content = null, subject = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "Content": content = Join(content, OptionalText()); break;
                case "SubjectCode": Keep(ref subject, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
        if (content is not null) _notes.Add(new InvoiceNote(content, subject));
    }

    private void ReadTransaction()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "IncludedSupplyChainTradeLineItem": _lines.Add(ReadLine()); break;
                case "ApplicableHeaderTradeAgreement": ReadAgreement(); break;
                case "ApplicableHeaderTradeDelivery": ReadDelivery(); break;
                case "ApplicableHeaderTradeSettlement": ReadSettlement(); break;
                default: Xml.Skip(); break;
            }
        }
    }

    private void ReadAgreement()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "BuyerReference": Keep(ref _buyerReference, OptionalText()); break;
                case "SellerTradeParty": Keep(ref _seller, ReadParty()); break;
                case "BuyerTradeParty": Keep(ref _buyer, ReadParty()); break;
                case "SellerTaxRepresentativeTradeParty": Keep(ref _taxRepresentative, ReadTaxRepresentative()); break;
                case "SellerOrderReferencedDocument": Keep(ref _salesOrderReference, ReadReferencedDocument().Id); break;
                case "BuyerOrderReferencedDocument": Keep(ref _orderReference, ReadReferencedDocument().Id); break;
                case "ContractReferencedDocument": Keep(ref _contractReference, ReadReferencedDocument().Id); break;
                case "AdditionalReferencedDocument": AddAdditionalDocument(ReadReferencedDocument()); break;
                case "SpecifiedProcuringProject": Keep(ref _projectReference, ReadChildText("ID")); break;
                default: Xml.Skip(); break;
            }
        }
    }

    // One ram:AdditionalReferencedDocument is BT-17 (type 50), BT-18 (type 130, scheme in ReferenceTypeCode) or BG-24 (type 916).
    private void AddAdditionalDocument(CiiReferencedDocument document)
    {
        switch (document.TypeCode)
        {
            case CiiCodes.TenderOrLotType when document.Id is not null: _tenderOrLot ??= document.Id; break;
            case CiiCodes.InvoicedObjectType when document.Id is not null: _invoicedObject ??= new Identifier(document.Id, document.ReferenceTypeCode); break;
            default:
                _documents.Add(new SupportingDocument
                {
                    Id = document.Id ?? "", Description = document.Name, ExternalUri = document.Uri, Attachment = document.Attachment,
                });
                break;
        }
    }

    private void ReadDelivery()
    {
        DateOnly? date = null;
        (string? Name, Identifier? LocationId, Address? Address)? shipTo = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ShipToTradeParty": shipTo ??= ReadShipTo(); break;
                case "ActualDeliverySupplyChainEvent":
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        if (ChildName() == "OccurrenceDateTime") Keep(ref date, ReadDate());
                        else Xml.Skip();
                    }
                    break;
                case "DespatchAdviceReferencedDocument": Keep(ref _despatchAdvice, ReadReferencedDocument().Id); break;
                case "ReceivingAdviceReferencedDocument": Keep(ref _receivingAdvice, ReadReferencedDocument().Id); break;
                default: Xml.Skip(); break;
            }
        }
        if (shipTo is null && date is null) return;
        _delivery = new Delivery { PartyName = shipTo?.Name, LocationId = shipTo?.LocationId, ActualDeliveryDate = date, Address = shipTo?.Address };
    }

    private Invoice Assemble()
    {
        var currency = _currency ?? "";
        var separateTaxCurrency = _taxCurrency is not null && _taxCurrency != currency;
        // BT-110 is the TaxTotalAmount in the invoice currency (or without one); BT-111 the one in the VAT accounting currency.
        decimal? vatTotal = null, inTaxCurrency = null;
        foreach (var (amount, amountCurrency) in _taxTotals)
        {
            if (separateTaxCurrency && amountCurrency == _taxCurrency) inTaxCurrency ??= amount;
            else if (string.IsNullOrEmpty(amountCurrency) || amountCurrency == currency || currency.Length == 0) vatTotal ??= amount;
        }
        return new Invoice
        {
            CustomizationId = _customizationId ?? "",
            ProfileId = _profileId,
            Number = _number ?? "",
            IssueDate = _issueDate ?? DateOnly.MinValue,
            TypeCode = new InvoiceTypeCode(_typeCode ?? ""),
            CurrencyCode = currency,
            TaxCurrencyCode = _taxCurrency,
            TaxPointDate = _taxPointDate,
            DueDate = _dueDate,
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
            Seller = _seller ?? EmptyParty(),
            Buyer = _buyer ?? EmptyParty(),
            Payee = _payee,
            SellerTaxRepresentative = _taxRepresentative,
            Delivery = _delivery,
            InvoicePeriod = PeriodWithVatPointDateCode(),
            PaymentInstructions = [.. _paymentMeans.Select(PaymentInstructions)],
            AllowanceCharges = _allowanceCharges.DrainToImmutable(),
            Totals = (_totals ?? EmptyTotals()) with { VatTotal = vatTotal, VatTotalInTaxCurrency = inTaxCurrency },
            VatBreakdown = _breakdown.DrainToImmutable(),
            SupportingDocuments = _documents.DrainToImmutable(),
            Lines = _lines.DrainToImmutable(),
        };
    }

    // BT-8 sits in the VAT breakdown in CII and in the invoicing period in UBL and the model.
    private InvoicePeriod? PeriodWithVatPointDateCode()
    {
        if (_vatPointDateCode is null) return _period;
        return (_period ?? new InvoicePeriod()) with { VatPointDateCode = _vatPointDateCode };
    }

    private static Party EmptyParty() => new() { Name = "", Address = new Address { CountryCode = "" } };

    private static DocumentTotals EmptyTotals() => new() { LineNetTotal = 0m, TaxExclusiveAmount = 0m, TaxInclusiveAmount = 0m, PayableAmount = 0m };
}
