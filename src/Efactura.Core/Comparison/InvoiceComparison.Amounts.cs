using System.Collections.Immutable;
using Efactura.Core.Model;

namespace Efactura.Core.Comparison;

internal sealed partial class InvoiceComparison
{
    private void PaymentInstructions(string path, PaymentInstructions e, PaymentInstructions a)
    {
        Text("BT-81", path + ".MeansCode", e.MeansCode, a.MeansCode);
        Text("BT-82", path + ".MeansText", e.MeansText, a.MeansText);
        Text("BT-83", path + ".RemittanceInformation", e.RemittanceInformation, a.RemittanceInformation);
        if (Presence("BG-17", path + ".CreditTransfer", e.CreditTransfer, a.CreditTransfer, out var x, out var y))
        {
            Text("BT-84", path + ".CreditTransfer.AccountId", x.AccountId, y.AccountId);
            Text("BT-85", path + ".CreditTransfer.AccountName", x.AccountName, y.AccountName);
            Text("BT-86", path + ".CreditTransfer.ServiceProviderId", x.ServiceProviderId, y.ServiceProviderId);
        }
        if (Presence("BG-18", path + ".Card", e.Card, a.Card, out var c, out var d))
        {
            Text("BT-87", path + ".Card.PrimaryAccountNumber", c.PrimaryAccountNumber, d.PrimaryAccountNumber);
            Text("BT-88", path + ".Card.HolderName", c.HolderName, d.HolderName);
            Text("BG-18", path + ".Card.NetworkId", c.NetworkId, d.NetworkId);
        }
        if (Presence("BG-19", path + ".DirectDebit", e.DirectDebit, a.DirectDebit, out var m, out var n))
        {
            Text("BT-89", path + ".DirectDebit.MandateReference", m.MandateReference, n.MandateReference);
            Id("BT-90", path + ".DirectDebit.CreditorId", m.CreditorId, n.CreditorId);
            Text("BT-91", path + ".DirectDebit.DebitedAccountId", m.DebitedAccountId, n.DebitedAccountId);
        }
    }

    private void AllowanceCharge(string path, AllowanceCharge e, AllowanceCharge a, bool documentLevel)
    {
        var charge = e.IsCharge;
        string Term(string allowance, string documentCharge, string lineAllowance, string lineCharge) =>
            documentLevel ? (charge ? documentCharge : allowance) : (charge ? lineCharge : lineAllowance);
        Text(documentLevel ? "BG-20/BG-21" : "BG-27/BG-28", path + ".IsCharge", Bool(e.IsCharge), Bool(a.IsCharge));
        Number(Term("BT-92", "BT-99", "BT-136", "BT-141"), path + ".Amount", e.Amount, a.Amount);
        Number(Term("BT-93", "BT-100", "BT-137", "BT-142"), path + ".BaseAmount", e.BaseAmount, a.BaseAmount);
        Number(Term("BT-94", "BT-101", "BT-138", "BT-143"), path + ".Percentage", e.Percentage, a.Percentage);
        Text(Term("BT-95", "BT-102", "BG-27", "BG-28"), path + ".VatCategory", e.VatCategory?.Code, a.VatCategory?.Code);
        Number(Term("BT-96", "BT-103", "BG-27", "BG-28"), path + ".VatRate", e.VatRate, a.VatRate);
        Text(Term("BT-97", "BT-104", "BT-139", "BT-144"), path + ".Reason", e.Reason, a.Reason);
        Text(Term("BT-98", "BT-105", "BT-140", "BT-145"), path + ".ReasonCode", e.ReasonCode, a.ReasonCode);
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private void Totals(DocumentTotals? e, DocumentTotals? a)
    {
        if (!Presence("BG-22", "Totals", e, a, out var x, out var y)) return;
        Number("BT-106", "Totals.LineNetTotal", x.LineNetTotal, y.LineNetTotal);
        Number("BT-107", "Totals.AllowanceTotal", x.AllowanceTotal, y.AllowanceTotal);
        Number("BT-108", "Totals.ChargeTotal", x.ChargeTotal, y.ChargeTotal);
        Number("BT-109", "Totals.TaxExclusiveAmount", x.TaxExclusiveAmount, y.TaxExclusiveAmount);
        Number("BT-110", "Totals.VatTotal", x.VatTotal, y.VatTotal);
        Number("BT-111", "Totals.VatTotalInTaxCurrency", x.VatTotalInTaxCurrency, y.VatTotalInTaxCurrency);
        Number("BT-112", "Totals.TaxInclusiveAmount", x.TaxInclusiveAmount, y.TaxInclusiveAmount);
        Number("BT-113", "Totals.PrepaidAmount", x.PrepaidAmount, y.PrepaidAmount);
        Number("BT-114", "Totals.RoundingAmount", x.RoundingAmount, y.RoundingAmount);
        Number("BT-115", "Totals.PayableAmount", x.PayableAmount, y.PayableAmount);
    }

    private void VatBreakdown(string path, VatBreakdown e, VatBreakdown a)
    {
        Number("BT-116", path + ".TaxableAmount", e.TaxableAmount, a.TaxableAmount);
        Number("BT-117", path + ".TaxAmount", e.TaxAmount, a.TaxAmount);
        Text("BT-118", path + ".Category", e.Category.Code, a.Category.Code);
        Number("BT-119", path + ".Rate", e.Rate, a.Rate);
        Text("BT-120", path + ".ExemptionReason", e.ExemptionReason, a.ExemptionReason);
        Text("BT-121", path + ".ExemptionReasonCode", e.ExemptionReasonCode, a.ExemptionReasonCode);
    }

    private void SupportingDocument(string path, SupportingDocument e, SupportingDocument a)
    {
        Text("BT-122", path + ".Id", e.Id, a.Id);
        Text("BT-123", path + ".Description", e.Description, a.Description);
        Text("BT-124", path + ".ExternalUri", e.ExternalUri, a.ExternalUri);
        if (!Presence("BT-125", path + ".Attachment", e.Attachment, a.Attachment, out var x, out var y)) return;
        Text("BT-125-1", path + ".Attachment.MimeCode", x.MimeCode, y.MimeCode);
        Text("BT-125-2", path + ".Attachment.FileName", x.FileName, y.FileName);
        var (left, right) = (Bytes(x.Content), Bytes(y.Content));
        if (!left.AsSpan().SequenceEqual(right.AsSpan()))
            Differ("BT-125", path + ".Attachment.Content", $"{left.Length} bytes", $"{right.Length} bytes{(left.Length == right.Length ? " with other content" : "")}");
    }

    private static ImmutableArray<byte> Bytes(ImmutableArray<byte> bytes) => bytes.IsDefault ? [] : bytes;

    private void Line(string path, InvoiceLine e, InvoiceLine a)
    {
        Text("BT-126", path + ".Id", e.Id, a.Id);
        Text("BT-127", path + ".Note", e.Note, a.Note);
        Id("BT-128", path + ".ObjectIdentifier", e.ObjectIdentifier, a.ObjectIdentifier);
        Number("BT-129", path + ".Quantity", e.Quantity, a.Quantity);
        Text("BT-130", path + ".UnitCode", e.UnitCode, a.UnitCode);
        Number("BT-131", path + ".NetAmount", e.NetAmount, a.NetAmount);
        Text("BT-132", path + ".OrderLineReference", e.OrderLineReference, a.OrderLineReference);
        Text("BT-133", path + ".BuyerAccountingReference", e.BuyerAccountingReference, a.BuyerAccountingReference);
        Period("BG-26", path + ".Period", e.Period, a.Period);
        List("BG-27/BG-28", path + ".AllowanceCharges", e.AllowanceCharges, a.AllowanceCharges, (p, x, y) => AllowanceCharge(p, x, y, documentLevel: false));
        Price(path + ".Price", e.Price, a.Price);
        Text("BT-151", path + ".VatCategory", e.VatCategory.Code, a.VatCategory.Code);
        Number("BT-152", path + ".VatRate", e.VatRate, a.VatRate);
        Item(path + ".Item", e.Item, a.Item);
    }

    private void Price(string path, Price? e, Price? a)
    {
        if (!Presence("BG-29", path, e, a, out var x, out var y)) return;
        Number("BT-146", path + ".NetAmount", x.NetAmount, y.NetAmount);
        Number("BT-147", path + ".Discount", x.Discount, y.Discount);
        Number("BT-148", path + ".GrossAmount", x.GrossAmount, y.GrossAmount);
        Number("BT-149", path + ".BaseQuantity", x.BaseQuantity, y.BaseQuantity);
        Text("BT-150", path + ".BaseQuantityUnitCode", x.BaseQuantityUnitCode, y.BaseQuantityUnitCode);
    }

    private void Item(string path, Item? e, Item? a)
    {
        if (!Presence("BG-31", path, e, a, out var x, out var y)) return;
        Text("BT-153", path + ".Name", x.Name, y.Name);
        Text("BT-154", path + ".Description", x.Description, y.Description);
        Text("BT-155", path + ".SellersId", x.SellersId, y.SellersId);
        Text("BT-156", path + ".BuyersId", x.BuyersId, y.BuyersId);
        Id("BT-157", path + ".StandardId", x.StandardId, y.StandardId);
        List("BT-158", path + ".Classifications", x.Classifications, y.Classifications, (p, i, j) =>
        {
            Text("BT-158", p + ".Code", i.Code, j.Code);
            Text("BT-158-1", p + ".ListId", i.ListId, j.ListId);
            Text("BT-158-2", p + ".ListVersionId", i.ListVersionId, j.ListVersionId);
        });
        Text("BT-159", path + ".OriginCountry", x.OriginCountry, y.OriginCountry);
        List("BG-32", path + ".Attributes", x.Attributes, y.Attributes, (p, i, j) =>
        {
            Text("BT-160", p + ".Name", i.Name, j.Name);
            Text("BT-161", p + ".Value", i.Value, j.Value);
        });
    }
}
