using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efactura.Core.Calculation;
using Efactura.Core.Model;
using F = Efactura.Core.Json.InvoiceFields;

namespace Efactura.Core.Json;

/// <summary>
/// Writes an <see cref="Invoice"/> as the friendly JSON, choosing the friendly names where they express
/// the value exactly and the general ones otherwise, so that parsing the result gives the invoice back.
/// </summary>
internal static class InvoiceWriter
{
    private const string Ron = "RON";

    /// <summary>The invoice as JSON; with <paramref name="expectedTotals"/>, its totals as they are in <c>expectedTotals</c>.</summary>
    public static string Write(Invoice invoice, bool expectedTotals)
    {
        var root = new JsonObject()
            .Put(F.Number, invoice.Number)
            .Put(F.IssueDate, invoice.IssueDate)
            .Put(F.Type, invoice.TypeCode == InvoiceTypeCode.CommercialInvoice ? null : InvoiceTypeReader.NameOf(invoice.TypeCode))
            .Put(F.Currency, invoice.CurrencyCode)
            .Put(F.TaxCurrency, invoice.TaxCurrencyCode)
            .Put(F.VatTotalRon, invoice.TaxCurrencyCode is null ? null : invoice.Totals.VatTotalInTaxCurrency)
            .Put(F.CustomizationId, invoice.CustomizationId == Specification.CiusRo ? null : invoice.CustomizationId)
            .Put(F.ProfileId, invoice.ProfileId)
            .Put(F.TaxPointDate, invoice.TaxPointDate)
            .Put(F.DueDate, invoice.DueDate)
            .Put(F.VatPointDateCode, invoice.InvoicePeriod?.VatPointDateCode)
            .Put(F.Period, Period(invoice.InvoicePeriod))
            .Put(F.BuyerReference, invoice.BuyerReference)
            .Put(F.OrderReference, invoice.PurchaseOrderReference)
            .Put(F.SalesOrderReference, invoice.SalesOrderReference)
            .Put(F.ContractReference, invoice.ContractReference)
            .Put(F.ProjectReference, invoice.ProjectReference)
            .Put(F.DespatchAdviceReference, invoice.DespatchAdviceReference)
            .Put(F.ReceivingAdviceReference, invoice.ReceivingAdviceReference)
            .Put(F.TenderReference, invoice.TenderOrLotReference)
            .Put(F.InvoicedObject, invoice.InvoicedObjectIdentifier.ToNode())
            .Put(F.AccountingReference, invoice.BuyerAccountingReference)
            .Put(F.PaymentTerms, invoice.PaymentTerms)
            .Put(F.Notes, invoice.Notes.Select(Note).ToJsonArray());
        PutPrecedingInvoices(root, invoice);
        root.Put(F.Supplier, PartyWriter.Write(invoice.Seller, PartyRole.Seller))
            .Put(F.Customer, PartyWriter.Write(invoice.Buyer, PartyRole.Buyer))
            .Put(F.Payee, Payee(invoice.Payee))
            .Put(F.TaxRepresentative, TaxRepresentative(invoice.SellerTaxRepresentative))
            .Put(F.Delivery, Delivery(invoice.Delivery));
        PutPayments(root, invoice);
        var reasons = new ExemptionReasonPlacement(invoice);
        root.Put(F.Lines, invoice.Lines.Select(l => LineWriter.Write(l, reasons)).ToJsonArray())
            .Put(F.Allowances, invoice.Allowances.Select(a => DocumentAllowanceCharge(a, reasons)).ToJsonArray())
            .Put(F.Charges, invoice.Charges.Select(c => DocumentAllowanceCharge(c, reasons)).ToJsonArray())
            .Put(F.PrepaidAmount, invoice.Totals.PrepaidAmount)
            .Put(F.RoundingAmount, invoice.Totals.RoundingAmount)
            .Put(F.Attachments, invoice.SupportingDocuments.Select(Attachment).ToJsonArray());
        if (expectedTotals) root.Put(F.ExpectedTotals, ExpectedTotals.Write(invoice.Totals));
        return ToText(root);
    }

    private static string ToText(JsonObject root)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps Romanian letters (ă, ș, ț) and quotes readable; the output is JSON, not HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            root.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static JsonObject? Period(InvoicePeriod? period) =>
        period is null || (period.StartDate is null && period.EndDate is null)
            ? null
            : new JsonObject().Put(ComponentFields.Start, period.StartDate).Put(ComponentFields.End, period.EndDate);

    private static JsonNode Note(InvoiceNote note) =>
        note.SubjectCode is null
            ? JsonValue.Create(note.Text)
            : new JsonObject().Put(ComponentFields.Text, note.Text).Put(ComponentFields.SubjectCode, note.SubjectCode);

    private static void PutPrecedingInvoices(JsonObject root, Invoice invoice)
    {
        var references = invoice.PrecedingInvoices
            .Select(p => (JsonNode)new JsonObject().Put(ComponentFields.Number, p.Number).Put(ComponentFields.IssueDate, p.IssueDate))
            .ToList();
        if (references.Count == 1) root.Put(F.PrecedingInvoice, references[0]);
        else root.Put(F.PrecedingInvoices, references.ToJsonArray());
    }

    private static void PutPayments(JsonObject root, Invoice invoice)
    {
        var payments = invoice.PaymentInstructions.Select(Payment).ToList();
        if (payments.Count == 1) root.Put(F.Payment, payments[0]);
        else root.Put(F.Payments, payments.ToJsonArray());
    }

    private static JsonNode Payment(PaymentInstructions payment) => new JsonObject()
        .Put(PaymentFields.Means, PaymentReader.NameOf(payment.MeansCode))
        .Put(PaymentFields.MeansText, payment.MeansText)
        .Put(PaymentFields.Iban, payment.CreditTransfer?.AccountId)
        .Put(PaymentFields.AccountName, payment.CreditTransfer?.AccountName)
        .Put(PaymentFields.Bic, payment.CreditTransfer?.ServiceProviderId)
        .Put(PaymentFields.Reference, payment.RemittanceInformation)
        .Put(PaymentFields.Card, payment.Card is not { } card ? null : new JsonObject()
            .Put(ComponentFields.LastDigits, card.PrimaryAccountNumber)
            .Put(ComponentFields.Holder, card.HolderName)
            .Put(ComponentFields.Network, card.NetworkId == "NA" ? null : card.NetworkId))
        .Put(PaymentFields.DirectDebit, payment.DirectDebit is not { } debit ? null : new JsonObject()
            .Put(ComponentFields.Mandate, debit.MandateReference)
            .Put(ComponentFields.CreditorId, debit.CreditorId.ToNode())
            .Put(ComponentFields.Account, debit.DebitedAccountId));

    private static JsonObject? Payee(Payee? payee) => payee is null ? null : new JsonObject()
        .Put(ComponentFields.Name, payee.Name)
        .Put(ComponentFields.Identifier, payee.Identifier.ToNode())
        .Put(ComponentFields.LegalRegistrationId, payee.LegalRegistrationId.ToNode());

    private static JsonObject? TaxRepresentative(TaxRepresentative? representative) => representative is null ? null : new JsonObject()
        .Put(ComponentFields.Name, representative.Name)
        .Put(ComponentFields.VatNumber, representative.VatIdentifier)
        .Put(ComponentFields.Address, PartyWriter.Address(representative.Address));

    private static JsonObject? Delivery(Delivery? delivery) => delivery is null ? null : new JsonObject()
        .Put(ComponentFields.Date, delivery.ActualDeliveryDate)
        .Put(ComponentFields.Name, delivery.PartyName)
        .Put(ComponentFields.LocationId, delivery.LocationId.ToNode())
        .Put(ComponentFields.Address, delivery.Address is null ? null : PartyWriter.Address(delivery.Address));

    private static JsonNode DocumentAllowanceCharge(AllowanceCharge ac, ExemptionReasonPlacement reasons)
    {
        var node = AllowanceChargeWriter.Write(ac)
            .Put(AllowanceChargeFields.VatCategory, ac.VatCategory?.Code)
            .Put(AllowanceChargeFields.VatRate, ac.VatRate);
        if (ac.VatCategory is { } category && reasons.Claim(category) is { } reason)
        {
            node.Put(AllowanceChargeFields.ExemptionReason, reason.Text).Put(AllowanceChargeFields.ExemptionReasonCode, reason.Code);
        }
        return node;
    }

    private static JsonNode Attachment(SupportingDocument document) => new JsonObject()
        .Put(ComponentFields.Id, document.Id)
        .Put(ComponentFields.Description, document.Description)
        .Put(ComponentFields.Url, document.ExternalUri)
        .Put(ComponentFields.FileName, document.Attachment?.FileName)
        .Put(ComponentFields.MimeType, document.Attachment?.MimeCode)
        .Put(ComponentFields.Content, document.Attachment is { } a ? Convert.ToBase64String(a.Content.AsSpan()) : null);
}
