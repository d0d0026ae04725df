using Efactura.Core.Model;

namespace Efactura.Ubl.Cii;

internal sealed partial class CiiDocumentReader
{
    /// <summary>One ram:SpecifiedTradeSettlementPaymentMeans (BG-16), completed at the end with BT-83, BT-89 and BT-90.</summary>
    private sealed record CiiPaymentMeans(
        string Code, string? Text, CreditTransfer? Transfer, PaymentCard? Card, string? DebitedAccount);

    private void ReadSettlement()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "CreditorReferenceID": Keep(ref _creditorId, OptionalText()); break;
                case "PaymentReference": Keep(ref _paymentReference, OptionalText()); break;
                case "TaxCurrencyCode": Keep(ref _taxCurrency, OptionalText()); break;
                case "InvoiceCurrencyCode": Keep(ref _currency, Text()); break;
                case "PayeeTradeParty": Keep(ref _payee, ReadPayee()); break;
                case "SpecifiedTradeSettlementPaymentMeans": _paymentMeans.Add(ReadPaymentMeans()); break;
                case "ApplicableTradeTax": _breakdown.Add(ReadTradeTax()); break;
                case "BillingSpecifiedPeriod": Keep(ref _period, ReadPeriod()); break;
                case "SpecifiedTradeAllowanceCharge": _allowanceCharges.Add(ReadAllowanceCharge(documentLevel: true)); break;
                case "SpecifiedTradePaymentTerms": ReadPaymentTerms(); break;
                case "SpecifiedTradeSettlementHeaderMonetarySummation": Keep(ref _totals, ReadMonetarySummation()); break;
                case "InvoiceReferencedDocument":
                    var preceding = ReadReferencedDocument();
                    _preceding.Add(new PrecedingInvoiceReference(preceding.Id ?? "", preceding.IssueDate));
                    break;
                case "ReceivableSpecifiedTradeAccountingAccount": Keep(ref _accountingCost, ReadChildText("ID")); break;
                default: Xml.Skip(); break;
            }
        }
    }

    private CiiPaymentMeans ReadPaymentMeans()
    {
        string? code = null, text = null, debited = null, account = null, accountName = null, bic = null;
        PaymentCard? card = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "TypeCode": Keep(ref code, Text()); break;
                case "Information": Keep(ref text, OptionalText()); break;
                case "ApplicableTradeSettlementFinancialCard": Keep(ref card, ReadCard()); break;
                case "PayerPartyDebtorFinancialAccount": Keep(ref debited, ReadChildText("IBANID")); break;
                case "PayeePartyCreditorFinancialAccount":
                    // BT-84 is the IBAN, or a proprietary account id where there is none.
                    string? iban = null, proprietary = null;
                    for (var inner = FirstChild(); inner; inner = NextChild())
                    {
                        switch (ChildName())
                        {
                            case "IBANID": Keep(ref iban, OptionalText()); break;
                            case "ProprietaryID": Keep(ref proprietary, OptionalText()); break;
                            case "AccountName": Keep(ref accountName, OptionalText()); break;
                            default: Xml.Skip(); break;
                        }
                    }
                    Keep(ref account, iban ?? proprietary);
                    break;
                case "PayeeSpecifiedCreditorFinancialInstitution": Keep(ref bic, ReadChildText("BICID")); break;
                default: Xml.Skip(); break;
            }
        }
        var transfer = account is null && accountName is null && bic is null ? null : new CreditTransfer(account ?? "", accountName, bic);
        return new CiiPaymentMeans(code ?? "", text, transfer, card, debited);
    }

    // BG-18; CII has no card network (UBL's NetworkID), so the model's default stands.
    private PaymentCard ReadCard()
    {
        string? number = null, holder = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "ID": Keep(ref number, OptionalText()); break;
                case "CardholderName": Keep(ref holder, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
        return new PaymentCard(number ?? "", holder);
    }

    // BT-20 (joined when repeated), BT-9 and BT-89.
    private void ReadPaymentTerms()
    {
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "Description": _paymentTerms = Join(_paymentTerms, OptionalText()); break;
                case "DueDateDateTime": Keep(ref _dueDate, ReadDate()); break;
                case "DirectDebitMandateID": Keep(ref _mandateReference, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
    }

    // BG-23, with BT-7 and BT-8, which CII writes in the breakdown.
    private VatBreakdown ReadTradeTax()
    {
        decimal? tax = null, taxable = null, rate = null;
        string? category = null, reason = null, reasonCode = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "CalculatedAmount": Keep(ref tax, Decimal()); break;
                case "BasisAmount": Keep(ref taxable, Decimal()); break;
                case "CategoryCode": Keep(ref category, Text()); break;
                case "RateApplicablePercent": Keep(ref rate, Decimal()); break;
                case "ExemptionReason": Keep(ref reason, OptionalText()); break;
                case "ExemptionReasonCode": Keep(ref reasonCode, OptionalText()); break;
                case "TaxPointDate": Keep(ref _taxPointDate, ReadDate()); break;
                case "DueDateTypeCode": Keep(ref _vatPointDateCode, OptionalText()); break;
                default: Xml.Skip(); break;
            }
        }
        return new VatBreakdown
        {
            TaxableAmount = taxable ?? 0m, TaxAmount = tax ?? 0m, Category = new VatCategory(category ?? ""), Rate = rate,
            ExemptionReason = reason, ExemptionReasonCode = reasonCode,
        };
    }

    // BG-22; ram:TaxTotalAmount comes once in the invoice currency (BT-110) and once in the VAT accounting currency (BT-111).
    private DocumentTotals ReadMonetarySummation()
    {
        decimal? lineNet = null, allowances = null, charges = null, exclusive = null, inclusive = null, prepaid = null, rounding = null, payable = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            switch (ChildName())
            {
                case "LineTotalAmount": Keep(ref lineNet, Decimal()); break;
                case "ChargeTotalAmount": Keep(ref charges, Decimal()); break;
                case "AllowanceTotalAmount": Keep(ref allowances, Decimal()); break;
                case "TaxBasisTotalAmount": Keep(ref exclusive, Decimal()); break;
                case "TaxTotalAmount":
                    var currency = Xml.GetAttribute("currencyID")?.Trim();
                    _taxTotals.Add((Decimal(), currency));
                    break;
                case "RoundingAmount": Keep(ref rounding, Decimal()); break;
                case "GrandTotalAmount": Keep(ref inclusive, Decimal()); break;
                case "TotalPrepaidAmount": Keep(ref prepaid, Decimal()); break;
                case "DuePayableAmount": Keep(ref payable, Decimal()); break;
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

    // CII writes the remittance information (BT-83), the mandate (BT-89) and the creditor id (BT-90) once for the
    // document; the model keeps them with each means of payment, as UBL does. A direct debit is a means with a debited
    // account, or a SEPA direct debit (UNCL 4461 code 49 or 59) that names a mandate or a creditor.
    private PaymentInstructions PaymentInstructions(CiiPaymentMeans means)
    {
        var isDirectDebit = means.DebitedAccount is not null
            || (means.Code is "49" or "59" && (_mandateReference is not null || _creditorId is not null));
        return new PaymentInstructions
        {
            MeansCode = means.Code, MeansText = means.Text, RemittanceInformation = _paymentReference, CreditTransfer = means.Transfer, Card = means.Card,
            DirectDebit = isDirectDebit
                ? new DirectDebit(_mandateReference, _creditorId is null ? null : new Identifier(_creditorId), means.DebitedAccount)
                : null,
        };
    }
}
