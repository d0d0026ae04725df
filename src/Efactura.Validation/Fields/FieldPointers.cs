using Efactura.Core.Json;
using Efactura.Core.Model;
using static Efactura.Validation.Fields.Pointer;

namespace Efactura.Validation.Fields;

/// <summary>
/// Maps the XPath of a finding in the UBL that <c>UblWriter</c> wrote from an <see cref="Invoice"/> to the JSON
/// pointer of the field to change in the invoice JSON (the contract of <see cref="InvoiceJson"/>): e.g.
/// <c>/ubl:Invoice[1]/cac:InvoiceLine[3]/cac:Price[1]/cbc:PriceAmount[1]</c> → <c>/lines/2/unitPrice</c>. Every
/// element the writer emits has a place here. Values the JSON does not hold but the reader computes point at their
/// inputs where there is one (a line's net amount at the line, BT-111 at the exchange rate) or at the document.
/// </summary>
internal sealed partial class FieldPointers(Invoice invoice, JsonLayout json)
{
    /// <summary>The pointer for a finding; null when it has no XPath. The document itself is "".</summary>
    public string? For(string? code, string? xpath)
    {
        if (xpath is null) return null;
        if (code is not null && RuleField(code) is { } field) return field;
        var steps = XPathStep.Parse(xpath);
        if (steps.Count == 0) return "";
        // A rule whose context is a container but whose test is about one field points at that field.
        if (code is not null && RuleTargets.TryGetValue(code, out var target) && !steps[^1].IsAttribute) steps.AddRange(XPathStep.Parse(target));
        return Document(steps.ToArray().AsSpan(1));
    }

    private string Document(ReadOnlySpan<XPathStep> steps)
    {
        if (steps.IsEmpty) return "";
        var (name, position, isAttribute) = steps[0];
        var rest = steps[1..];
        if (isAttribute) return "";
        return name switch
        {
            "CustomizationID" => "/" + InvoiceFields.CustomizationId,
            "ProfileID" => "/" + InvoiceFields.ProfileId,
            "ID" => "/" + InvoiceFields.Number,
            "IssueDate" => "/" + InvoiceFields.IssueDate,
            "DueDate" => "/" + InvoiceFields.DueDate,
            "InvoiceTypeCode" or "CreditNoteTypeCode" => "/" + InvoiceFields.Type,
            "Note" => Item("/" + InvoiceFields.Notes, position - 1),
            "TaxPointDate" => "/" + InvoiceFields.TaxPointDate,
            "DocumentCurrencyCode" => "/" + InvoiceFields.Currency,
            "TaxCurrencyCode" => "/" + InvoiceFields.TaxCurrency,
            "AccountingCost" => "/" + InvoiceFields.AccountingReference,
            "BuyerReference" => "/" + InvoiceFields.BuyerReference,
            "InvoicePeriod" => Period("/" + InvoiceFields.Period, rest, documentLevel: true),
            "OrderReference" => rest.Length > 0 && rest[0].Name == "SalesOrderID" ? "/" + InvoiceFields.SalesOrderReference : "/" + InvoiceFields.OrderReference,
            "BillingReference" => PrecedingInvoice(position - 1, rest),
            "DespatchDocumentReference" => "/" + InvoiceFields.DespatchAdviceReference,
            "ReceiptDocumentReference" => "/" + InvoiceFields.ReceivingAdviceReference,
            "OriginatorDocumentReference" => "/" + InvoiceFields.TenderReference,
            "ContractDocumentReference" => "/" + InvoiceFields.ContractReference,
            "AdditionalDocumentReference" => AdditionalDocument(position - 1, rest),
            "ProjectReference" => "/" + InvoiceFields.ProjectReference,
            "AccountingSupplierParty" => Party("/" + InvoiceFields.Supplier, invoice.Seller, isSeller: true, Skip(rest, "Party")),
            "AccountingCustomerParty" => Party("/" + InvoiceFields.Customer, invoice.Buyer, isSeller: false, Skip(rest, "Party")),
            "PayeeParty" => Payee(rest),
            "TaxRepresentativeParty" => TaxRepresentative(rest),
            "Delivery" => Delivery(rest),
            "PaymentMeans" => PaymentMeans(position - 1, rest),
            "PaymentTerms" => PaymentTerms(),
            "AllowanceCharge" => DocumentAllowanceCharge(position - 1, rest),
            "TaxTotal" => TaxTotal(position, rest),
            "LegalMonetaryTotal" => MonetaryTotal(rest),
            "InvoiceLine" or "CreditNoteLine" => Line(position - 1, rest),
            _ => "",
        };
    }

    private static ReadOnlySpan<XPathStep> Skip(ReadOnlySpan<XPathStep> steps, string name) =>
        steps.Length > 0 && steps[0].Name == name ? steps[1..] : [];

    private static string Period(string at, ReadOnlySpan<XPathStep> rest, bool documentLevel) => rest.IsEmpty ? at : rest[0].Name switch
    {
        "StartDate" => Member(at, ComponentFields.Start),
        "EndDate" => Member(at, ComponentFields.End),
        "DescriptionCode" when documentLevel => "/" + InvoiceFields.VatPointDateCode,
        _ => at,
    };

    private string PrecedingInvoice(int index, ReadOnlySpan<XPathStep> rest)
    {
        var at = json.Has("/" + InvoiceFields.PrecedingInvoice) ? "/" + InvoiceFields.PrecedingInvoice : Item("/" + InvoiceFields.PrecedingInvoices, index);
        var leaf = rest.Length > 1 ? rest[1].Name : "";
        return leaf switch
        {
            "ID" => Member(at, ComponentFields.Number),
            "IssueDate" => Member(at, ComponentFields.IssueDate),
            _ => at,
        };
    }

    // The writer puts BT-18 first, then (credit notes) the project reference, then the supporting documents (BG-24).
    private string AdditionalDocument(int index, ReadOnlySpan<XPathStep> rest)
    {
        var hasInvoicedObject = invoice.InvoicedObjectIdentifier is { Value.Length: > 0 };
        if (hasInvoicedObject && index == 0) return Identifier("/" + InvoiceFields.InvoicedObject, rest.Length > 1 ? rest[1] : null);
        if (hasInvoicedObject) index--;
        if (invoice.IsCreditNote && !string.IsNullOrEmpty(invoice.ProjectReference))
        {
            if (index == 0) return "/" + InvoiceFields.ProjectReference;
            index--;
        }
        var at = Item("/" + InvoiceFields.Attachments, index);
        if (rest.IsEmpty) return at;
        return rest[0].Name switch
        {
            "ID" => Member(at, ComponentFields.Id),
            "DocumentDescription" => Member(at, ComponentFields.Description),
            "Attachment" => Attachment(at, rest[1..]),
            _ => at,
        };
    }

    private static string Attachment(string at, ReadOnlySpan<XPathStep> rest)
    {
        if (rest.IsEmpty) return at;
        if (rest[0].Name == "ExternalReference") return Member(at, ComponentFields.Url);
        if (rest[0].Name != "EmbeddedDocumentBinaryObject") return at;
        return rest.Length > 1 && rest[1].IsAttribute
            ? Member(at, rest[1].Name == "filename" ? ComponentFields.FileName : ComponentFields.MimeType)
            : Member(at, ComponentFields.Content);
    }

    /// <summary>An identifier written as a string or {id, scheme}: its scheme attribute points at "scheme" when the JSON has the object form.</summary>
    private string Identifier(string at, XPathStep? attribute) =>
        attribute is { IsAttribute: true, Name: "schemeID" } && json.IsObject(at) ? Member(at, ComponentFields.Scheme) : at;

    private string PaymentTerms() =>
        !json.Has("/" + InvoiceFields.PaymentTerms) && json.Has(Member(FirstPayment(), PaymentFields.Terms))
            ? Member(FirstPayment(), PaymentFields.Terms)
            : "/" + InvoiceFields.PaymentTerms;

    private string FirstPayment() => PaymentAt(0);

    private string PaymentAt(int index) =>
        json.Has("/" + InvoiceFields.Payment) ? "/" + InvoiceFields.Payment : Item("/" + InvoiceFields.Payments, index);

    private string PaymentMeans(int index, ReadOnlySpan<XPathStep> rest)
    {
        var at = PaymentAt(index);
        if (rest.IsEmpty) return at;
        var leaf = rest.Length > 1 ? rest[1] : (XPathStep?)null;
        return rest[0].Name switch
        {
            "PaymentMeansCode" => Member(at, leaf is { IsAttribute: true } ? PaymentFields.MeansText : PaymentFields.Means),
            "PaymentDueDate" => "/" + InvoiceFields.DueDate,
            "PaymentID" => Member(at, PaymentFields.Reference),
            "CardAccount" => Member(Member(at, PaymentFields.Card), leaf?.Name switch
            {
                "NetworkID" => ComponentFields.Network,
                "HolderName" => ComponentFields.Holder,
                _ => ComponentFields.LastDigits,
            }),
            "PayeeFinancialAccount" => Member(at, leaf?.Name switch
            {
                "Name" => PaymentFields.AccountName,
                "FinancialInstitutionBranch" => PaymentFields.Bic,
                _ => PaymentFields.Iban,
            }),
            "PaymentMandate" => Member(Member(at, PaymentFields.DirectDebit), leaf?.Name == "PayerFinancialAccount" ? ComponentFields.Account : ComponentFields.Mandate),
            _ => at,
        };
    }

    /// <summary>The payment whose direct debit holds the creditor identifier (BT-90) the writer put among a party's identifiers.</summary>
    private string CreditorId()
    {
        for (var i = 0; i < invoice.PaymentInstructions.Length; i++)
        {
            if (invoice.PaymentInstructions[i].DirectDebit?.CreditorId is not null)
                return Member(Member(PaymentAt(i), PaymentFields.DirectDebit), ComponentFields.CreditorId);
        }
        return FirstPayment();
    }

    private string Payee(ReadOnlySpan<XPathStep> rest)
    {
        const string at = "/" + InvoiceFields.Payee;
        if (rest.IsEmpty) return at;
        return rest[0].Name switch
        {
            "PartyIdentification" when rest[0].Position == 1 && invoice.Payee?.Identifier is { Value.Length: > 0 } =>
                Identifier(Member(at, ComponentFields.Identifier), rest.Length > 2 ? rest[2] : null),
            "PartyIdentification" => CreditorId(),
            "PartyName" => Member(at, ComponentFields.Name),
            "PartyLegalEntity" => Identifier(Member(at, ComponentFields.LegalRegistrationId), rest.Length > 2 ? rest[2] : null),
            _ => at,
        };
    }

    private static string TaxRepresentative(ReadOnlySpan<XPathStep> rest)
    {
        const string at = "/" + InvoiceFields.TaxRepresentative;
        if (rest.IsEmpty) return at;
        return rest[0].Name switch
        {
            "PartyName" => Member(at, ComponentFields.Name),
            "PostalAddress" => Address(Member(at, ComponentFields.Address), rest[1..]),
            "PartyTaxScheme" => Member(at, ComponentFields.VatNumber),
            _ => at,
        };
    }

    private string Delivery(ReadOnlySpan<XPathStep> rest)
    {
        const string at = "/" + InvoiceFields.Delivery;
        if (rest.IsEmpty) return at;
        switch (rest[0].Name)
        {
            case "ActualDeliveryDate":
                return Member(at, ComponentFields.Date);
            case "DeliveryParty":
                return Member(at, ComponentFields.Name);
            case "DeliveryLocation" when rest.Length > 1 && rest[1].Name == "Address":
                return Address(Member(at, ComponentFields.Address), rest[2..]);
            case "DeliveryLocation" when rest.Length > 1 && rest[1].Name == "ID":
                return Identifier(Member(at, ComponentFields.LocationId), rest.Length > 2 ? rest[2] : null);
            default:
                return at;
        }
    }

    private static string Address(string at, ReadOnlySpan<XPathStep> rest) => rest.IsEmpty ? at : rest[0].Name switch
    {
        "StreetName" => Member(at, AddressFields.Street),
        "AdditionalStreetName" => Member(at, AddressFields.Street2),
        "AddressLine" => Member(at, AddressFields.Street3),
        "CityName" => Member(at, AddressFields.City),
        "PostalZone" => Member(at, AddressFields.PostalCode),
        "CountrySubentity" => Member(at, AddressFields.County),
        "Country" => Member(at, AddressFields.Country),
        _ => at,
    };
}
