using System.Reflection;
using System.Text.Json.Nodes;
using Efactura.Core.Json;
using Microsoft.OpenApi;

namespace Efactura.Server.Api.Reference;

/// <summary>
/// The invoice JSON contract (docs/json-contract.md, <c>Efactura.Core.Json</c>) as OpenAPI component schemas: every
/// member of every <c>*Fields</c> class with its type and, from that class's XML docs, its meaning and business
/// term ids (BT-/BG-). The contract has no C# type to derive a schema from (it is read member by member), so the
/// types are stated here, once per field; a test checks that every field constant has one.
/// </summary>
internal static class InvoiceJsonSchema
{
    /// <summary>The root object's schema name.</summary>
    public const string Invoice = "Invoice";

    private const string Party = "Party";
    private const string Customer = "Customer";
    private const string Address = "Address";
    private const string Line = "InvoiceLine";
    private const string AllowanceCharge = "AllowanceCharge";
    private const string Payment = "PaymentInstructions";
    private const string Totals = "ExpectedTotals";
    private const string Identifier = "Identifier";
    private const string Note = "Note";
    private const string Period = "Period";
    private const string PrecedingInvoice = "PrecedingInvoice";
    private const string Delivery = "Delivery";
    private const string Payee = "Payee";
    private const string TaxRepresentative = "TaxRepresentative";
    private const string Attachment = "Attachment";
    private const string Classification = "ItemClassification";
    private const string Attribute = "ItemAttribute";
    private const string Card = "Card";
    private const string DirectDebit = "DirectDebit";

    /// <summary>Adds the schemas to <paramref name="document"/>'s components (the invoice and what it nests).</summary>
    public static void AddTo(OpenApiDocument document, CoreFieldDocumentation docs)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var (name, schema) in Build(new Builder(document, docs))) document.AddComponent(name, schema);
    }

    /// <summary>The JSON member names each schema documents, by <c>*Fields</c> class (for the test that none is missing).</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> DocumentedFields(OpenApiDocument document, CoreFieldDocumentation docs)
    {
        var builder = new Builder(document, docs);
        _ = Build(builder);
        return builder.Documented.ToDictionary(d => d.Key, d => (IReadOnlySet<string>)d.Value);
    }

    private static IEnumerable<(string Name, OpenApiSchema Schema)> Build(Builder b)
    {
        const string contract = " Member names are case-insensitive; an unknown member gets a warning naming the closest known one. Reference: docs/json-contract.md; examples: examples/.";
        yield return (Invoice, b.Object(typeof(InvoiceFields), b.Summary(typeof(InvoiceFields)) + contract,
            [nameof(InvoiceFields.Number), nameof(InvoiceFields.IssueDate), nameof(InvoiceFields.Supplier), nameof(InvoiceFields.Customer), nameof(InvoiceFields.Lines)],
            (nameof(InvoiceFields.Number), b.Text()),
            (nameof(InvoiceFields.IssueDate), b.Date()),
            (nameof(InvoiceFields.DueDate), b.Date()),
            (nameof(InvoiceFields.TaxPointDate), b.Date()),
            (nameof(InvoiceFields.VatPointDateCode), b.Text("3", "35", "432")),
            (nameof(InvoiceFields.Type), b.Text()),
            (nameof(InvoiceFields.Currency), b.Text()),
            (nameof(InvoiceFields.TaxCurrency), b.Text()),
            (nameof(InvoiceFields.ExchangeRate), b.Decimal()),
            (nameof(InvoiceFields.VatTotalRon), b.Decimal()),
            (nameof(InvoiceFields.CustomizationId), b.Text()),
            (nameof(InvoiceFields.ProfileId), b.Text()),
            (nameof(InvoiceFields.BuyerReference), b.Text()),
            (nameof(InvoiceFields.ProjectReference), b.Text()),
            (nameof(InvoiceFields.ContractReference), b.Text()),
            (nameof(InvoiceFields.OrderReference), b.Text()),
            (nameof(InvoiceFields.SalesOrderReference), b.Text()),
            (nameof(InvoiceFields.ReceivingAdviceReference), b.Text()),
            (nameof(InvoiceFields.DespatchAdviceReference), b.Text()),
            (nameof(InvoiceFields.TenderReference), b.Text()),
            (nameof(InvoiceFields.InvoicedObject), b.IdentifierOrText()),
            (nameof(InvoiceFields.AccountingReference), b.Text()),
            (nameof(InvoiceFields.PaymentTerms), b.Text()),
            (nameof(InvoiceFields.Notes), b.ArrayOf(b.OneOf(b.Text(), b.Ref(Note)))),
            (nameof(InvoiceFields.PrecedingInvoice), b.Ref(PrecedingInvoice)),
            (nameof(InvoiceFields.PrecedingInvoices), b.ArrayOf(b.Ref(PrecedingInvoice))),
            (nameof(InvoiceFields.Supplier), b.Ref(Party)),
            (nameof(InvoiceFields.Customer), b.Ref(Customer)),
            (nameof(InvoiceFields.Payee), b.Ref(Payee)),
            (nameof(InvoiceFields.TaxRepresentative), b.Ref(TaxRepresentative)),
            (nameof(InvoiceFields.Delivery), b.Ref(Delivery)),
            (nameof(InvoiceFields.Period), b.Ref(Period)),
            (nameof(InvoiceFields.Payment), b.Ref(Payment)),
            (nameof(InvoiceFields.Payments), b.ArrayOf(b.Ref(Payment))),
            (nameof(InvoiceFields.Allowances), b.ArrayOf(b.Ref(AllowanceCharge))),
            (nameof(InvoiceFields.Charges), b.ArrayOf(b.Ref(AllowanceCharge))),
            (nameof(InvoiceFields.PrepaidAmount), b.Decimal()),
            (nameof(InvoiceFields.RoundingAmount), b.Decimal()),
            (nameof(InvoiceFields.Attachments), b.ArrayOf(b.Ref(Attachment))),
            (nameof(InvoiceFields.Lines), b.ArrayOf(b.Ref(Line), minItems: 1)),
            (nameof(InvoiceFields.ExpectedTotals), b.Ref(Totals))));

        // The supplier, and the customer, which may name a partner instead of giving its name and address.
        (string, IOpenApiSchema)[] PartyMembers() =>
        [
            (nameof(PartyFields.Name), b.Text()),
            (nameof(PartyFields.TradingName), b.Text()),
            (nameof(PartyFields.VatNumber), b.Text()),
            (nameof(PartyFields.Cui), b.Text()),
            (nameof(PartyFields.Cnp), b.Text()),
            (nameof(PartyFields.TradeRegister), b.Text()),
            (nameof(PartyFields.LegalRegistrationId), b.IdentifierOrText()),
            (nameof(PartyFields.TaxRegistrationId), b.Text()),
            (nameof(PartyFields.LegalInfo), b.Text()),
            (nameof(PartyFields.Identifiers), b.ArrayOf(b.IdentifierOrText())),
            (nameof(PartyFields.ElectronicAddress), b.IdentifierOrText()),
            (nameof(PartyFields.Address), b.Ref(Address)),
            (nameof(PartyFields.Email), b.Text()),
            (nameof(PartyFields.Phone), b.Text()),
            (nameof(PartyFields.ContactName), b.Text()),
        ];
        yield return (Party, b.Object(typeof(PartyFields), b.Summary(typeof(PartyFields)),
            [nameof(PartyFields.Name), nameof(PartyFields.Address)], PartyMembers()));
        yield return (Customer, b.Object(typeof(PartyFields),
            b.Summary(typeof(PartyFields)) + " The customer may name one of the company's partners (partnerId) instead: the members it does not give are filled from the partner, so name and address are required only without partnerId.",
            [], [.. PartyMembers(), (nameof(PartyFields.PartnerId), b.Text())]));

        yield return (Address, b.Object(typeof(AddressFields), b.Summary(typeof(AddressFields)), [],
            (nameof(AddressFields.Street), b.Text()),
            (nameof(AddressFields.Street2), b.Text()),
            (nameof(AddressFields.Street3), b.Text()),
            (nameof(AddressFields.City), b.Text()),
            (nameof(AddressFields.County), b.Text()),
            (nameof(AddressFields.PostalCode), b.Text()),
            (nameof(AddressFields.Country), b.Text())));

        yield return (Line, b.Object(typeof(LineFields), b.Summary(typeof(LineFields)),
            [nameof(LineFields.Description), nameof(LineFields.Quantity), nameof(LineFields.UnitPrice)],
            (nameof(LineFields.Id), b.Text()),
            (nameof(LineFields.Description), b.Text()),
            (nameof(LineFields.Details), b.Text()),
            (nameof(LineFields.Note), b.Text()),
            (nameof(LineFields.Quantity), b.Decimal()),
            (nameof(LineFields.Unit), b.Text()),
            (nameof(LineFields.UnitPrice), b.Decimal()),
            (nameof(LineFields.GrossPrice), b.Decimal()),
            (nameof(LineFields.PriceDiscount), b.Decimal()),
            (nameof(LineFields.BaseQuantity), b.Decimal()),
            (nameof(LineFields.BaseQuantityUnit), b.Text()),
            (nameof(LineFields.VatRate), b.Decimal()),
            (nameof(LineFields.VatCategory), b.Text()),
            (nameof(LineFields.ExemptionReason), b.Text()),
            (nameof(LineFields.ExemptionReasonCode), b.Text()),
            (nameof(LineFields.Discount), b.OneOf(b.Decimal(), b.Ref(AllowanceCharge))),
            (nameof(LineFields.Allowances), b.ArrayOf(b.Ref(AllowanceCharge))),
            (nameof(LineFields.Charges), b.ArrayOf(b.Ref(AllowanceCharge))),
            (nameof(LineFields.ItemCode), b.Text()),
            (nameof(LineFields.BuyerItemCode), b.Text()),
            (nameof(LineFields.StandardId), b.IdentifierOrText()),
            (nameof(LineFields.Gtin), b.Text()),
            (nameof(LineFields.Cpv), b.Text()),
            (nameof(LineFields.Nc), b.Text()),
            (nameof(LineFields.Classifications), b.ArrayOf(b.Ref(Classification))),
            (nameof(LineFields.OriginCountry), b.Text()),
            (nameof(LineFields.Attributes), b.OneOf(b.TextMap(), b.ArrayOf(b.Ref(Attribute)))),
            (nameof(LineFields.OrderLineReference), b.Text()),
            (nameof(LineFields.AccountingReference), b.Text()),
            (nameof(LineFields.Period), b.Ref(Period)),
            (nameof(LineFields.ObjectId), b.IdentifierOrText())));

        yield return (AllowanceCharge, b.Object(typeof(AllowanceChargeFields), b.Summary(typeof(AllowanceChargeFields)), [],
            (nameof(AllowanceChargeFields.Amount), b.Decimal()),
            (nameof(AllowanceChargeFields.Percent), b.Decimal()),
            (nameof(AllowanceChargeFields.BaseAmount), b.Decimal()),
            (nameof(AllowanceChargeFields.Reason), b.Text()),
            (nameof(AllowanceChargeFields.ReasonCode), b.Text()),
            (nameof(AllowanceChargeFields.VatRate), b.Decimal()),
            (nameof(AllowanceChargeFields.VatCategory), b.Text()),
            (nameof(AllowanceChargeFields.ExemptionReason), b.Text()),
            (nameof(AllowanceChargeFields.ExemptionReasonCode), b.Text())));

        yield return (Payment, b.Object(typeof(PaymentFields), b.Summary(typeof(PaymentFields)), [],
            (nameof(PaymentFields.Means), b.Text()),
            (nameof(PaymentFields.MeansText), b.Text()),
            (nameof(PaymentFields.Iban), b.Text()),
            (nameof(PaymentFields.AccountName), b.Text()),
            (nameof(PaymentFields.Bic), b.Text()),
            (nameof(PaymentFields.Reference), b.Text()),
            (nameof(PaymentFields.Terms), b.Text()),
            (nameof(PaymentFields.Card), b.Ref(Card)),
            (nameof(PaymentFields.DirectDebit), b.Ref(DirectDebit))));

        yield return (Totals, b.Object(typeof(TotalsFields), b.Summary(typeof(TotalsFields)), [],
            (nameof(TotalsFields.LineNetTotal), b.Decimal()),
            (nameof(TotalsFields.AllowanceTotal), b.Decimal()),
            (nameof(TotalsFields.ChargeTotal), b.Decimal()),
            (nameof(TotalsFields.TaxExclusive), b.Decimal()),
            (nameof(TotalsFields.Vat), b.Decimal()),
            (nameof(TotalsFields.VatRon), b.Decimal()),
            (nameof(TotalsFields.TaxInclusive), b.Decimal()),
            (nameof(TotalsFields.Payable), b.Decimal())));

        // The small objects share ComponentFields: each lists the members it takes.
        var c = typeof(ComponentFields);
        yield return (Identifier, b.Object(c, "An identifier with its scheme; where a field takes an identifier, a plain string is the identifier without a scheme.",
            [nameof(ComponentFields.Id)], (nameof(ComponentFields.Id), b.Text()), (nameof(ComponentFields.Scheme), b.Text())));
        yield return (Note, b.Object(c, "A note (BG-1).", [nameof(ComponentFields.Text)],
            (nameof(ComponentFields.Text), b.Text()), (nameof(ComponentFields.SubjectCode), b.Text())));
        yield return (Period, b.Object(c, "A period: of the invoice (BG-14) or of a line (BG-26).", [],
            (nameof(ComponentFields.Start), b.Date()), (nameof(ComponentFields.End), b.Date())));
        yield return (PrecedingInvoice, b.Object(c, "A preceding invoice (BG-3) that a credit note or a correction refers to.", [nameof(ComponentFields.Number)],
            (nameof(ComponentFields.Number), b.Text()), (nameof(ComponentFields.IssueDate), b.Date())));
        yield return (Delivery, b.Object(c, "Delivery information (BG-13).", [],
            (nameof(ComponentFields.Date), b.Date()), (nameof(ComponentFields.Name), b.Text()),
            (nameof(ComponentFields.LocationId), b.IdentifierOrText()), (nameof(ComponentFields.Address), b.Ref(Address))));
        yield return (Payee, b.Object(c, "The payee, when not the seller (BG-10).", [nameof(ComponentFields.Name)],
            (nameof(ComponentFields.Name), b.Text()), (nameof(ComponentFields.Identifier), b.IdentifierOrText()),
            (nameof(ComponentFields.LegalRegistrationId), b.IdentifierOrText())));
        yield return (TaxRepresentative, b.Object(c, "The seller's tax representative (BG-11).",
            [nameof(ComponentFields.Name), nameof(ComponentFields.VatNumber), nameof(ComponentFields.Address)],
            (nameof(ComponentFields.Name), b.Text()), (nameof(ComponentFields.VatNumber), b.Text()), (nameof(ComponentFields.Address), b.Ref(Address))));
        yield return (Attachment, b.Object(c, "A supporting document (BG-24): a reference, an external location, or the file itself (base64).", [nameof(ComponentFields.Id)],
            (nameof(ComponentFields.Id), b.Text()), (nameof(ComponentFields.Description), b.Text()), (nameof(ComponentFields.Url), b.Text()),
            (nameof(ComponentFields.FileName), b.Text()), (nameof(ComponentFields.MimeType), b.Text()), (nameof(ComponentFields.Content), b.Base64())));
        yield return (Classification, b.Object(c, "An item classification (BT-158).", [nameof(ComponentFields.Code), nameof(ComponentFields.ListId)],
            (nameof(ComponentFields.Code), b.Text()), (nameof(ComponentFields.ListId), b.Text()), (nameof(ComponentFields.ListVersion), b.Text())));
        yield return (Attribute, b.Object(c, "An item attribute (BG-32).", [nameof(ComponentFields.Name), nameof(ComponentFields.Value)],
            (nameof(ComponentFields.Name), b.Text()), (nameof(ComponentFields.Value), b.Text())));
        yield return (Card, b.Object(c, "Payment card information (BG-18).", [nameof(ComponentFields.LastDigits)],
            (nameof(ComponentFields.LastDigits), b.Text()), (nameof(ComponentFields.Holder), b.Text()), (nameof(ComponentFields.Network), b.Text())));
        yield return (DirectDebit, b.Object(c, "Direct debit (BG-19).", [],
            (nameof(ComponentFields.Mandate), b.Text()), (nameof(ComponentFields.CreditorId), b.IdentifierOrText()), (nameof(ComponentFields.Account), b.Text())));
    }

    private sealed class Builder(OpenApiDocument document, CoreFieldDocumentation docs)
    {
        public Dictionary<string, HashSet<string>> Documented { get; } = new(StringComparer.Ordinal);

        public string Summary(Type fields) => docs.OfType(fields);

        /// <summary>An object whose members are constants of <paramref name="fields"/> (C# names), described by their XML docs.</summary>
        public OpenApiSchema Object(Type fields, string description, string[] required, params (string Constant, IOpenApiSchema Type)[] members)
        {
            var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            var documented = Documented.TryGetValue(fields.Name, out var set) ? set : Documented[fields.Name] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (constant, type) in members)
            {
                var name = JsonName(fields, constant);
                type.Description = docs.Of(fields, constant);
                properties[name] = type;
                documented.Add(name);
            }
            return new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = description,
                Properties = properties,
                Required = new HashSet<string>(required.Select(r => JsonName(fields, r)), StringComparer.Ordinal),
                AdditionalPropertiesAllowed = false,
            };
        }

        public OpenApiSchema Text(params string[] values) => new()
        {
            Type = JsonSchemaType.String,
            Enum = values.Length == 0 ? null : [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
        };

        public OpenApiSchema Date() => new() { Type = JsonSchemaType.String, Format = "date" };

        public OpenApiSchema Decimal() => new() { Type = JsonSchemaType.Number, Format = "decimal" };

        public OpenApiSchema Base64() => new() { Type = JsonSchemaType.String, Format = "byte", ContentEncoding = "base64" };

        public OpenApiSchema TextMap() => new() { Type = JsonSchemaType.Object, AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String } };

        public OpenApiSchema IdentifierOrText() => OneOf(Text(), Ref(Identifier));

        public OpenApiSchema OneOf(params IOpenApiSchema[] variants) => new() { OneOf = [.. variants] };

        public OpenApiSchema ArrayOf(IOpenApiSchema items, int? minItems = null) => new() { Type = JsonSchemaType.Array, Items = items, MinItems = minItems };

        // OpenAPI 3.1 lets a $ref carry its own description beside it: the property's meaning, the referenced object's shape.
        public OpenApiSchemaReference Ref(string schema) => new(schema, document);

        private static string JsonName(Type fields, string constant) =>
            fields.GetField(constant, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
            ?? throw new InvalidOperationException($"{fields.Name}.{constant} is not a field name constant");
    }
}
