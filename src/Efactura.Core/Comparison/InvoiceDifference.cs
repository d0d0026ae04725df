using Efactura.Core.Model;

namespace Efactura.Core.Comparison;

/// <summary>
/// Compares two invoices business term by business term, e.g. an invoice with the one read back from its XML.
/// </summary>
/// <remarks>
/// Semantic equality: decimals are equal by value (10.00 equals 10.0), an empty text equals an absent one
/// (UBL omits both), an empty code (VAT category, type code) equals an absent one, and a default immutable
/// array equals an empty one. Lists are compared element by element in order, since the records' own
/// equality compares immutable arrays by reference.
/// </remarks>
public static class InvoiceDifference
{
    /// <summary>The first business term in which <paramref name="actual"/> differs from <paramref name="expected"/>.</summary>
    /// <param name="expected">The reference invoice.</param>
    /// <param name="actual">The invoice to compare with it.</param>
    /// <returns>Null when equal; else e.g. "BT-131 Lines[3].NetAmount: expected 10.00, got 10.1"
    /// (list indexes count from 0).</returns>
    public static string? First(Invoice expected, Invoice actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return new InvoiceComparison().Compare(expected, actual);
    }
}

/// <summary>One comparison: records the first difference and stops looking after it.</summary>
internal sealed partial class InvoiceComparison
{
    private string? _difference;

    public string? Compare(Invoice e, Invoice a)
    {
        Text("BT-24", "CustomizationId", e.CustomizationId, a.CustomizationId);
        Text("BT-23", "ProfileId", e.ProfileId, a.ProfileId);
        Text("BT-1", "Number", e.Number, a.Number);
        Date("BT-2", "IssueDate", e.IssueDate, a.IssueDate);
        Text("BT-3", "TypeCode", e.TypeCode.Code, a.TypeCode.Code);
        Text("BT-5", "CurrencyCode", e.CurrencyCode, a.CurrencyCode);
        Text("BT-6", "TaxCurrencyCode", e.TaxCurrencyCode, a.TaxCurrencyCode);
        Date("BT-7", "TaxPointDate", e.TaxPointDate, a.TaxPointDate);
        Date("BT-9", "DueDate", e.DueDate, a.DueDate);
        Text("BT-10", "BuyerReference", e.BuyerReference, a.BuyerReference);
        Text("BT-11", "ProjectReference", e.ProjectReference, a.ProjectReference);
        Text("BT-12", "ContractReference", e.ContractReference, a.ContractReference);
        Text("BT-13", "PurchaseOrderReference", e.PurchaseOrderReference, a.PurchaseOrderReference);
        Text("BT-14", "SalesOrderReference", e.SalesOrderReference, a.SalesOrderReference);
        Text("BT-15", "ReceivingAdviceReference", e.ReceivingAdviceReference, a.ReceivingAdviceReference);
        Text("BT-16", "DespatchAdviceReference", e.DespatchAdviceReference, a.DespatchAdviceReference);
        Text("BT-17", "TenderOrLotReference", e.TenderOrLotReference, a.TenderOrLotReference);
        Id("BT-18", "InvoicedObjectIdentifier", e.InvoicedObjectIdentifier, a.InvoicedObjectIdentifier);
        Text("BT-19", "BuyerAccountingReference", e.BuyerAccountingReference, a.BuyerAccountingReference);
        Text("BT-20", "PaymentTerms", e.PaymentTerms, a.PaymentTerms);
        List("BG-1", "Notes", e.Notes, a.Notes, (p, x, y) =>
        {
            Text("BT-21", p + ".SubjectCode", x.SubjectCode, y.SubjectCode);
            Text("BT-22", p + ".Text", x.Text, y.Text);
        });
        List("BG-3", "PrecedingInvoices", e.PrecedingInvoices, a.PrecedingInvoices, (p, x, y) =>
        {
            Text("BT-25", p + ".Number", x.Number, y.Number);
            Date("BT-26", p + ".IssueDate", x.IssueDate, y.IssueDate);
        });
        Party("BG-4", "Seller", e.Seller, a.Seller);
        Party("BG-7", "Buyer", e.Buyer, a.Buyer);
        Payee(e.Payee, a.Payee);
        TaxRepresentative(e.SellerTaxRepresentative, a.SellerTaxRepresentative);
        Delivery(e.Delivery, a.Delivery);
        Period("BG-14", "InvoicePeriod", e.InvoicePeriod, a.InvoicePeriod);
        List("BG-16", "PaymentInstructions", e.PaymentInstructions, a.PaymentInstructions, PaymentInstructions);
        List("BG-20/BG-21", "AllowanceCharges", e.AllowanceCharges, a.AllowanceCharges, (p, x, y) => AllowanceCharge(p, x, y, documentLevel: true));
        Totals(e.Totals, a.Totals);
        List("BG-23", "VatBreakdown", e.VatBreakdown, a.VatBreakdown, VatBreakdown);
        List("BG-24", "SupportingDocuments", e.SupportingDocuments, a.SupportingDocuments, SupportingDocument);
        List("BG-25", "Lines", e.Lines, a.Lines, Line);
        return _difference;
    }

    private void Party(string group, string path, Party? e, Party? a)
    {
        if (!Presence(group, path, e, a, out var x, out var y)) return;
        var seller = group == "BG-4";
        Text(seller ? "BT-27" : "BT-44", path + ".Name", x.Name, y.Name);
        Text(seller ? "BT-28" : "BT-45", path + ".TradingName", x.TradingName, y.TradingName);
        List(seller ? "BT-29" : "BT-46", path + ".Identifiers", x.Identifiers, y.Identifiers,
            (p, i, j) => Id(seller ? "BT-29" : "BT-46", p, i, j));
        Id(seller ? "BT-30" : "BT-47", path + ".LegalRegistrationId", x.LegalRegistrationId, y.LegalRegistrationId);
        Text(seller ? "BT-31" : "BT-48", path + ".VatIdentifier", x.VatIdentifier, y.VatIdentifier);
        Text("BT-32", path + ".TaxRegistrationId", x.TaxRegistrationId, y.TaxRegistrationId);
        Text("BT-33", path + ".AdditionalLegalInformation", x.AdditionalLegalInformation, y.AdditionalLegalInformation);
        Id(seller ? "BT-34" : "BT-49", path + ".ElectronicAddress", x.ElectronicAddress, y.ElectronicAddress);
        Address(path + ".Address", x.Address, y.Address);
        Contact(path + ".Contact", x.Contact, y.Contact);
    }

    // An address with no values is no address: UBL omits it.
    private void Address(string path, Address? e, Address? a)
    {
        var x = e ?? new Address { CountryCode = "" };
        var y = a ?? new Address { CountryCode = "" };
        Text("BT-35", path + ".Line1", x.Line1, y.Line1);
        Text("BT-36", path + ".Line2", x.Line2, y.Line2);
        Text("BT-162", path + ".Line3", x.Line3, y.Line3);
        Text("BT-37", path + ".City", x.City, y.City);
        Text("BT-38", path + ".PostalCode", x.PostalCode, y.PostalCode);
        Text("BT-39", path + ".CountrySubdivision", x.CountrySubdivision, y.CountrySubdivision);
        Text("BT-40", path + ".CountryCode", x.CountryCode, y.CountryCode);
    }

    private void Contact(string path, Contact? e, Contact? a)
    {
        // An empty contact is no contact: UBL omits both.
        if (IsEmpty(e) && IsEmpty(a)) return;
        var x = e ?? new Contact();
        var y = a ?? new Contact();
        Text("BT-41", path + ".Name", x.Name, y.Name);
        Text("BT-42", path + ".Telephone", x.Telephone, y.Telephone);
        Text("BT-43", path + ".Email", x.Email, y.Email);
    }

    private static bool IsEmpty(Contact? contact) =>
        contact is null || (string.IsNullOrEmpty(contact.Name) && string.IsNullOrEmpty(contact.Telephone) && string.IsNullOrEmpty(contact.Email));

    private void Payee(Payee? e, Payee? a)
    {
        if (!Presence("BG-10", "Payee", e, a, out var x, out var y)) return;
        Text("BT-59", "Payee.Name", x.Name, y.Name);
        Id("BT-60", "Payee.Identifier", x.Identifier, y.Identifier);
        Id("BT-61", "Payee.LegalRegistrationId", x.LegalRegistrationId, y.LegalRegistrationId);
    }

    private void TaxRepresentative(TaxRepresentative? e, TaxRepresentative? a)
    {
        if (!Presence("BG-11", "SellerTaxRepresentative", e, a, out var x, out var y)) return;
        Text("BT-62", "SellerTaxRepresentative.Name", x.Name, y.Name);
        Text("BT-63", "SellerTaxRepresentative.VatIdentifier", x.VatIdentifier, y.VatIdentifier);
        Address("SellerTaxRepresentative.Address", x.Address, y.Address);
    }

    private void Delivery(Delivery? e, Delivery? a)
    {
        if (!Presence("BG-13", "Delivery", e, a, out var x, out var y)) return;
        Text("BT-70", "Delivery.PartyName", x.PartyName, y.PartyName);
        Id("BT-71", "Delivery.LocationId", x.LocationId, y.LocationId);
        Date("BT-72", "Delivery.ActualDeliveryDate", x.ActualDeliveryDate, y.ActualDeliveryDate);
        Address("Delivery.Address", x.Address, y.Address);
    }

    private void Period(string group, string path, InvoicePeriod? e, InvoicePeriod? a)
    {
        var x = e ?? new InvoicePeriod();
        var y = a ?? new InvoicePeriod();
        var line = group == "BG-26";
        Date(line ? "BT-134" : "BT-73", path + ".StartDate", x.StartDate, y.StartDate);
        Date(line ? "BT-135" : "BT-74", path + ".EndDate", x.EndDate, y.EndDate);
        Text("BT-8", path + ".VatPointDateCode", x.VatPointDateCode, y.VatPointDateCode);
    }
}
