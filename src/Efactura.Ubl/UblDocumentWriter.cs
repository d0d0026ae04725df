using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using Efactura.Core.Model;

namespace Efactura.Ubl;

/// <summary>
/// Writes one invoice through an <see cref="XmlWriter"/>. Each method writes one UBL aggregate with
/// its children in the order of the UBL 2.1 XSD sequence (maindoc and CommonAggregateComponents).
/// </summary>
internal sealed partial class UblDocumentWriter(XmlWriter xml, Invoice invoice)
{
    private const string Cac = UblNamespaces.Cac;
    private const string Cbc = UblNamespaces.Cbc;

    // Formatting buffer for numbers and dates: a decimal needs at most 31 characters.
    private readonly char[] _buffer = new char[64];
    private readonly bool _creditNote = invoice.IsCreditNote;
    private readonly string _currency = invoice.CurrencyCode ?? "";

    public void WriteDocument()
    {
        xml.WriteStartDocument();
        var (root, ns) = _creditNote ? ("CreditNote", UblNamespaces.CreditNote) : ("Invoice", UblNamespaces.Invoice);
        xml.WriteStartElement(root, ns);
        xml.WriteAttributeString("xmlns", "cac", null, Cac);
        xml.WriteAttributeString("xmlns", "cbc", null, Cbc);
        WriteHeader();
        WriteReferences();
        WriteParties();
        WritePayment();
        foreach (var allowanceCharge in invoice.AllowanceCharges.OrEmpty())
            WriteAllowanceCharge(allowanceCharge, withTaxCategory: true);
        WriteTaxTotals();
        WriteMonetaryTotal(invoice.Totals);
        foreach (var line in invoice.Lines.OrEmpty())
            WriteLine(line);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // CustomizationID .. BuyerReference; the credit note puts TaxPointDate before its type code and has no DueDate.
    private void WriteHeader()
    {
        Text("CustomizationID", invoice.CustomizationId);
        Text("ProfileID", invoice.ProfileId);
        Text("ID", invoice.Number ?? "", required: true);
        Date("IssueDate", invoice.IssueDate);
        if (_creditNote)
        {
            Date("TaxPointDate", invoice.TaxPointDate);
            Text("CreditNoteTypeCode", invoice.TypeCode.Code);
        }
        else
        {
            Date("DueDate", invoice.DueDate);
            Text("InvoiceTypeCode", invoice.TypeCode.Code);
        }
        foreach (var note in invoice.Notes.OrEmpty())
            Text("Note", note.SubjectCode is { Length: > 0 } code ? $"#{code}#{note.Text}" : note.Text);
        if (!_creditNote) Date("TaxPointDate", invoice.TaxPointDate);
        Text("DocumentCurrencyCode", invoice.CurrencyCode);
        Text("TaxCurrencyCode", invoice.TaxCurrencyCode);
        Text("AccountingCost", invoice.BuyerAccountingReference);
        Text("BuyerReference", invoice.BuyerReference);
    }

    // InvoicePeriod .. ProjectReference.
    private void WriteReferences()
    {
        WritePeriod(invoice.InvoicePeriod);
        if (HasText(invoice.PurchaseOrderReference) || HasText(invoice.SalesOrderReference))
        {
            Start("OrderReference");
            // cbc:ID is required by the XSD; without BT-13 it stays empty rather than invented.
            Text("ID", invoice.PurchaseOrderReference ?? "", required: true);
            Text("SalesOrderID", invoice.SalesOrderReference);
            End();
        }
        foreach (var preceding in invoice.PrecedingInvoices.OrEmpty())
        {
            Start("BillingReference");
            Start("InvoiceDocumentReference");
            Text("ID", preceding.Number ?? "", required: true);
            Date("IssueDate", preceding.IssueDate);
            End();
            End();
        }
        if (_creditNote)
        {
            // UBL 2.1 CreditNote: ContractDocumentReference and AdditionalDocumentReference come before
            // the Statement and Originator references.
            DocumentReference("DespatchDocumentReference", invoice.DespatchAdviceReference);
            DocumentReference("ReceiptDocumentReference", invoice.ReceivingAdviceReference);
            DocumentReference("ContractDocumentReference", invoice.ContractReference);
            WriteAdditionalDocuments();
            DocumentReference("OriginatorDocumentReference", invoice.TenderOrLotReference);
            return;
        }
        DocumentReference("DespatchDocumentReference", invoice.DespatchAdviceReference);
        DocumentReference("ReceiptDocumentReference", invoice.ReceivingAdviceReference);
        DocumentReference("OriginatorDocumentReference", invoice.TenderOrLotReference);
        DocumentReference("ContractDocumentReference", invoice.ContractReference);
        WriteAdditionalDocuments();
        if (HasText(invoice.ProjectReference))
        {
            Start("ProjectReference");
            Text("ID", invoice.ProjectReference);
            End();
        }
    }

    // BT-18 (type code 130), the credit note's BT-11 (type code 50, EN 16931 UBL binding), then BG-24.
    private void WriteAdditionalDocuments()
    {
        if (invoice.InvoicedObjectIdentifier is { } invoiced && HasText(invoiced.Value))
        {
            Start("AdditionalDocumentReference");
            Identifier("ID", invoiced);
            Text("DocumentTypeCode", UblCodes.InvoicedObjectDocumentType);
            End();
        }
        if (_creditNote && HasText(invoice.ProjectReference))
        {
            Start("AdditionalDocumentReference");
            Text("ID", invoice.ProjectReference);
            Text("DocumentTypeCode", UblCodes.ProjectDocumentType);
            End();
        }
        foreach (var document in invoice.SupportingDocuments.OrEmpty())
            WriteSupportingDocument(document);
    }

    private void WriteSupportingDocument(SupportingDocument document)
    {
        Start("AdditionalDocumentReference");
        Text("ID", document.Id ?? "", required: true);
        Text("DocumentDescription", document.Description);
        if (document.Attachment is not null || HasText(document.ExternalUri))
        {
            Start("Attachment");
            if (document.Attachment is { } attachment)
            {
                Start("EmbeddedDocumentBinaryObject", Cbc);
                xml.WriteAttributeString("mimeCode", attachment.MimeCode ?? "");
                if (HasText(attachment.FileName)) xml.WriteAttributeString("filename", attachment.FileName);
                var bytes = attachment.Content.IsDefault ? [] : ImmutableCollectionsMarshal.AsArray(attachment.Content)!;
                xml.WriteBase64(bytes, 0, bytes.Length);
                End();
            }
            if (HasText(document.ExternalUri))
            {
                Start("ExternalReference");
                Text("URI", document.ExternalUri);
                End();
            }
            End();
        }
        End();
    }

    private void DocumentReference(string name, string? id)
    {
        if (!HasText(id)) return;
        Start(name);
        Text("ID", id);
        End();
    }

    private void WritePeriod(InvoicePeriod? period)
    {
        if (period is null || (period.StartDate is null && period.EndDate is null && !HasText(period.VatPointDateCode))) return;
        Start("InvoicePeriod");
        Date("StartDate", period.StartDate);
        Date("EndDate", period.EndDate);
        Text("DescriptionCode", period.VatPointDateCode);
        End();
    }

    private void WriteTaxTotals()
    {
        var breakdown = invoice.VatBreakdown.OrEmpty();
        if (invoice.Totals.VatTotal is not null || breakdown.Length > 0)
        {
            Start("TaxTotal");
            // TaxAmount is required by the XSD; without BT-110 the sum of the breakdown (BR-CO-14) stands in.
            Amount("TaxAmount", invoice.Totals.VatTotal ?? breakdown.Sum(b => b.TaxAmount));
            foreach (var subtotal in breakdown)
                WriteTaxSubtotal(subtotal);
            End();
        }
        if (invoice.Totals.VatTotalInTaxCurrency is { } inTaxCurrency && HasText(invoice.TaxCurrencyCode)
            && invoice.TaxCurrencyCode != _currency)
        {
            // BT-111: a second TaxTotal with only the amount in the VAT accounting currency (EN 16931 UBL binding).
            Start("TaxTotal");
            Amount("TaxAmount", inTaxCurrency, invoice.TaxCurrencyCode!);
            End();
        }
    }

    private void WriteTaxSubtotal(VatBreakdown subtotal)
    {
        Start("TaxSubtotal");
        Amount("TaxableAmount", subtotal.TaxableAmount);
        Amount("TaxAmount", subtotal.TaxAmount);
        Start("TaxCategory");
        Text("ID", subtotal.Category.Code ?? "", required: true);
        Number("Percent", subtotal.Rate);
        Text("TaxExemptionReasonCode", subtotal.ExemptionReasonCode);
        Text("TaxExemptionReason", subtotal.ExemptionReason);
        VatScheme();
        End();
        End();
    }

    private void WriteMonetaryTotal(DocumentTotals totals)
    {
        Start("LegalMonetaryTotal");
        Amount("LineExtensionAmount", totals.LineNetTotal);
        Amount("TaxExclusiveAmount", totals.TaxExclusiveAmount);
        Amount("TaxInclusiveAmount", totals.TaxInclusiveAmount);
        Amount("AllowanceTotalAmount", totals.AllowanceTotal);
        Amount("ChargeTotalAmount", totals.ChargeTotal);
        Amount("PrepaidAmount", totals.PrepaidAmount);
        Amount("PayableRoundingAmount", totals.RoundingAmount);
        Amount("PayableAmount", totals.PayableAmount);
        End();
    }

    private void WriteAllowanceCharge(AllowanceCharge allowanceCharge, bool withTaxCategory)
    {
        Start("AllowanceCharge");
        Text("ChargeIndicator", allowanceCharge.IsCharge ? "true" : "false");
        Text("AllowanceChargeReasonCode", allowanceCharge.ReasonCode);
        Text("AllowanceChargeReason", allowanceCharge.Reason);
        Number("MultiplierFactorNumeric", allowanceCharge.Percentage);
        Amount("Amount", allowanceCharge.Amount);
        Amount("BaseAmount", allowanceCharge.BaseAmount);
        if (withTaxCategory && (HasText(allowanceCharge.VatCategory?.Code) || allowanceCharge.VatRate is not null))
        {
            Start("TaxCategory");
            Text("ID", allowanceCharge.VatCategory?.Code ?? "", required: true);
            Number("Percent", allowanceCharge.VatRate);
            VatScheme();
            End();
        }
        End();
    }

    private void VatScheme()
    {
        Start("TaxScheme");
        Text("ID", UblCodes.VatScheme);
        End();
    }

    private static bool HasText(string? value) => !string.IsNullOrEmpty(value);

    private void Start(string name, string ns = Cac) => xml.WriteStartElement(ns == Cac ? "cac" : "cbc", name, ns);

    private void End() => xml.WriteEndElement();

    private void Text(string name, string? value, bool required = false)
    {
        if (!required && !HasText(value)) return;
        xml.WriteStartElement("cbc", name, Cbc);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private void Identifier(string name, Identifier? identifier)
    {
        if (identifier is null || !HasText(identifier.Value)) return;
        xml.WriteStartElement("cbc", name, Cbc);
        if (HasText(identifier.SchemeId)) xml.WriteAttributeString("schemeID", identifier.SchemeId);
        xml.WriteString(identifier.Value);
        xml.WriteEndElement();
    }

    private void Date(string name, DateOnly? date)
    {
        if (date is not { } value) return;
        xml.WriteStartElement("cbc", name, Cbc);
        value.TryFormat(_buffer, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        xml.WriteChars(_buffer, 0, length);
        xml.WriteEndElement();
    }

    private void Number(string name, decimal? value)
    {
        if (value is not { } number) return;
        xml.WriteStartElement("cbc", name, Cbc);
        WriteDecimal(number);
        xml.WriteEndElement();
    }

    private void Amount(string name, decimal? value) => Amount(name, value, _currency);

    private void Amount(string name, decimal? value, string currency)
    {
        if (value is not { } amount) return;
        xml.WriteStartElement("cbc", name, Cbc);
        xml.WriteAttributeString("currencyID", currency);
        WriteDecimal(amount);
        xml.WriteEndElement();
    }

    private void Quantity(string name, decimal? value, string? unitCode)
    {
        if (value is not { } quantity) return;
        xml.WriteStartElement("cbc", name, Cbc);
        if (HasText(unitCode)) xml.WriteAttributeString("unitCode", unitCode);
        WriteDecimal(quantity);
        xml.WriteEndElement();
    }

    private void WriteDecimal(decimal value)
    {
        // A decimal may hold a negative zero (e.g. 0 × −1); "-0.00" is the same number, written without the sign.
        if (value == 0m && decimal.IsNegative(value)) value = decimal.Negate(value);
        value.TryFormat(_buffer, out var length, default, CultureInfo.InvariantCulture);
        xml.WriteChars(_buffer, 0, length);
    }
}
