using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Efactura.Core.Calculation;
using Efactura.Core.Json;
using Efactura.Core.Model;
using static Efactura.Core.Tests.Json.InvoiceJsonSamples;

namespace Efactura.Core.Tests.Json;

public sealed class InvoiceJsonWriteTests
{
    private const string Rich = """
        {
          "number": "FCT-2026-042",
          "issueDate": "2026-03-05",
          "dueDate": "2026-04-04",
          "taxPointDate": "2026-03-01",
          "vatPointDateCode": "3",
          "type": "correctedInvoice",
          "currency": "EUR",
          "exchangeRate": 4.9771,
          "buyerReference": "REF-7",
          "orderReference": "PO-2026-17",
          "salesOrderReference": "SO-3",
          "contractReference": "CTR-2025-9",
          "projectReference": "PRJ-1",
          "despatchAdviceReference": "AVZ-12",
          "receivingAdviceReference": "NIR-5",
          "tenderReference": "LOT-2",
          "invoicedObject": { "id": "CAR-B-123", "scheme": "AAB" },
          "accountingReference": "6022",
          "paymentTerms": "Plata în 30 de zile",
          "notes": ["Mulțumim pentru colaborare!", { "text": "Capital social 1000 RON", "subjectCode": "REG" }],
          "precedingInvoices": [{ "number": "FCT-2026-040", "issueDate": "2026-02-01" }, { "number": "FCT-2026-041" }],
          "period": { "start": "2026-02-01", "end": "2026-02-28" },
          "supplier": {
            "name": "Furnizor „Ștefan” SRL",
            "tradingName": "Ștefan",
            "vatNumber": "RO14080700",
            "cui": "14080700",
            "legalInfo": "Capital social 1000 RON",
            "identifiers": ["FURN-1", { "id": "5941234000007", "scheme": "0088" }],
            "electronicAddress": "facturi@furnizor.ro",
            "address": { "street": "Str. Memorandumului 1", "street2": "Et. 2", "city": "Cluj-Napoca", "county": "Cluj", "postalCode": "400114" },
            "email": "contact@furnizor.ro",
            "phone": "+40 264 000 000",
            "contactName": "Ana Pop"
          },
          "customer": {
            "name": "Client GmbH",
            "vatNumber": "DE123456789",
            "tradeRegister": "HRB 12345",
            "address": { "street": "Hauptstraße 1", "city": "München", "county": "Bayern", "postalCode": "80331", "country": "DE" }
          },
          "payee": { "name": "Factor SA", "identifier": { "id": "FACT-1", "scheme": "0088" }, "legalRegistrationId": "J40/2/2001" },
          "taxRepresentative": { "name": "Reprezentant SRL", "vatNumber": "RO18001017", "address": { "street": "Str. X 2", "city": "Sector 1", "county": "București" } },
          "delivery": { "date": "2026-02-27", "name": "Depozit", "locationId": { "id": "5941234000014", "scheme": "0088" }, "address": { "street": "Str. Depozitului 3", "city": "Ilfov", "county": "IF" } },
          "payments": [
            { "means": "transfer", "iban": "RO49AAAA1B31007593840000", "accountName": "Furnizor SRL", "bic": "AAAAROBU", "reference": "FCT-2026-042" },
            { "means": "card", "card": { "lastDigits": "1234", "holder": "ANA POP", "network": "VISA" } },
            { "means": "directDebit", "directDebit": { "mandate": "MND-1", "creditorId": "RO00ZZZ000000", "account": "RO49AAAA1B31007593840000" } }
          ],
          "lines": [
            {
              "id": "10",
              "description": "Consultanță IT",
              "details": "Martie 2026",
              "note": "Conform contract",
              "quantity": "10.5",
              "unit": "ore",
              "unitPrice": "100.125",
              "grossPrice": 110,
              "priceDiscount": "9.875",
              "vatRate": 21,
              "discount": { "percent": 5, "reason": "Fidelitate" },
              "charges": [{ "amount": 12.5, "reasonCode": "FC", "reason": "Transport" }],
              "itemCode": "IT-01",
              "buyerItemCode": "B-77",
              "gtin": "5941234567890",
              "cpv": "72000000-5",
              "nc": "85176990",
              "classifications": [{ "code": "1234", "listId": "ZZZ", "listVersion": "2" }],
              "originCountry": "RO",
              "attributes": { "Nivel": "Senior" },
              "orderLineReference": "3",
              "accountingReference": "628",
              "period": { "start": "2026-03-01", "end": "2026-03-31" },
              "objectId": { "id": "OBJ-1", "scheme": "AAB" }
            },
            {
              "id": "11",
              "description": "Licență",
              "quantity": 1,
              "unit": "buc",
              "unitPrice": 1000,
              "baseQuantity": 1,
              "baseQuantityUnit": "buc",
              "vatCategory": "AE",
              "exemptionReason": "Taxare inversă",
              "discount": 50,
              "attributes": [{ "name": "Tip", "value": "A" }, { "name": "Tip", "value": "B" }]
            },
            { "description": "Carte", "quantity": 2, "unitPrice": 45, "vatRate": 11, "allowances": [{ "amount": 1 }, { "amount": 2, "reasonCode": "100" }] }
          ],
          "allowances": [{ "percent": 10, "vatCategory": "S", "vatRate": 21, "reason": "Volum" }],
          "charges": [{ "amount": 20, "vatCategory": "S", "vatRate": 11, "reason": "Ambalare", "reasonCode": "ABL" }],
          "prepaidAmount": 100,
          "roundingAmount": "0.01",
          "attachments": [{ "id": "Pontaj", "description": "Pontaj martie", "fileName": "pontaj.pdf", "mimeType": "application/pdf", "content": "JVBERi0xLjQK" }, { "id": "Contract", "url": "https://furnizor.ro/c.pdf" }]
        }
        """;

    [Fact]
    public void A_rich_request_parses_without_findings()
    {
        var invoice = ParseClean(JsonNode.Parse(Rich)!);

        invoice.Seller.LegalRegistrationId.ShouldBe(new Identifier("14080700"));
        invoice.Buyer.LegalRegistrationId.ShouldBe(new Identifier("HRB 12345"));
        invoice.SellerTaxRepresentative!.Address.City.ShouldBe("SECTOR1");
        invoice.PaymentInstructions.Select(p => p.MeansCode).ShouldBe(["30", "48", "49"]);
        invoice.Lines[0].NetAmount.ShouldBe(1011.24m); // 10.5 × 100.125 = 1051.3125 → 1051.31; − 5% (52.5655 → 52.57) + 12.50
        invoice.TaxCurrencyCode.ShouldBe("RON");
        invoice.VatBreakdown.Select(v => (v.Category.Code, v.Rate)).ShouldBe([("S", 21m), ("AE", 0m), ("S", 11m)]);
    }

    [Fact]
    public void Writing_and_parsing_again_gives_the_same_invoice()
    {
        var original = ParseClean(JsonNode.Parse(Rich)!);

        var written = InvoiceJson.Write(original);
        var again = InvoiceJson.Parse(written);

        again.Findings.ShouldBeEmpty(string.Join(Environment.NewLine, again.Findings) + Environment.NewLine + written);
        again.Invoice!.ShouldEqualModel(original);
    }

    [Fact]
    public void The_minimal_invoice_survives_a_round_trip()
    {
        var original = ParseClean(MinimalNode());

        InvoiceJson.Parse(InvoiceJson.Write(original)).Invoice!.ShouldEqualModel(original);
    }

    [Fact]
    public void Written_JSON_is_indented_camel_case_without_nulls_and_keeps_amount_scale()
    {
        var request = MinimalNode();
        Line(request)["unitPrice"] = "12.50";

        var written = InvoiceJson.Write(ParseClean(request));

        written.ShouldContain("\n  \"number\": \"FCT-2026-001\"");
        written.ShouldContain("\"unitPrice\": 12.50");
        written.ShouldContain("\"description\": \"Consultanță\"");
        written.ShouldNotContain("null");
        written.ShouldNotContain("\"vatCategory\""); // S is what a positive rate means
        var node = JsonNode.Parse(written)!.AsObject();
        node["customer"]!["cui"]!.GetValue<string>().ShouldBe("2816464");
        node["customer"]!["address"]!["city"]!.GetValue<string>().ShouldBe("SECTOR3");
        node["customer"]!["address"]!["county"]!.GetValue<string>().ShouldBe("RO-B");
    }

    [Fact]
    public void Any_model_is_written_with_the_general_names_where_the_friendly_ones_do_not_fit()
    {
        // As a UBL reader could produce it: a seller with a legal id in a scheme and a local tax id beside the VAT number.
        var line = new InvoiceLine
        {
            Id = "1", Quantity = 2m, UnitCode = "KGM", Price = new Price { NetAmount = 7.5m }, VatCategory = VatCategory.Standard, VatRate = 21m,
            Item = new Item { Name = "Mere", Classifications = [new ItemClassification("0808", "TSP"), new ItemClassification("03222321-9", "STI")] },
            NetAmount = 15m,
        };
        var seller = new Party
        {
            Name = "Livada SRL",
            VatIdentifier = "RO2816464",
            TaxRegistrationId = "2816464",
            LegalRegistrationId = new Identifier("J12/34/2010", "0217"),
            Identifiers = [new Identifier("A"), new Identifier("B", "0088")],
            ElectronicAddress = new Identifier("9000", "0106"),
            Address = new Address { Line1 = "Str. Merilor 1", City = "Turda", CountrySubdivision = "RO-CJ", CountryCode = "RO" },
        };
        var buyer = new Party
        {
            Name = "Ion Popescu",
            LegalRegistrationId = new Identifier("1800101123450"),
            Address = new Address { Line1 = "Str. Lungă 2", City = "Brașov", CountrySubdivision = "RO-BV", CountryCode = "RO" },
        };
        var breakdown = InvoiceCalculator.VatBreakdown([line], []);
        var model = new Invoice
        {
            Number = "UBL-1", IssueDate = new DateOnly(2026, 1, 10), CurrencyCode = "RON", Seller = seller, Buyer = buyer,
            ProfileId = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
            Lines = [line], VatBreakdown = breakdown, Totals = InvoiceCalculator.Totals([line], [], breakdown),
        };

        var written = InvoiceJson.Write(model);
        var node = JsonNode.Parse(written)!;

        node["supplier"]!["taxRegistrationId"]!.GetValue<string>().ShouldBe("2816464");
        node["supplier"]!["legalRegistrationId"]!["scheme"]!.GetValue<string>().ShouldBe("0217");
        node["supplier"]!["identifiers"]!.AsArray().Count.ShouldBe(2);
        node["customer"]!["cnp"]!.GetValue<string>().ShouldBe("1800101123450");
        // Parsing lists cpv, then nc, then the others: the leading NC may use its short name, the CPV after it may not.
        node["lines"]![0]!["cpv"].ShouldBeNull();
        node["lines"]![0]!["nc"]!.GetValue<string>().ShouldBe("0808");
        node["lines"]![0]!["classifications"]!.AsArray().ShouldHaveSingleItem()!["listId"]!.GetValue<string>().ShouldBe("STI");
        var reparsed = InvoiceJson.Parse(written);
        reparsed.Findings.ShouldBeEmpty(string.Join(Environment.NewLine, reparsed.Findings));
        reparsed.Invoice!.ShouldEqualModel(model);
    }

    [Fact]
    public void Exemption_reasons_are_written_once_per_category()
    {
        var request = MinimalNode();
        request["lines"] = new JsonArray(
            new JsonObject { ["description"] = "a", ["quantity"] = 1, ["unitPrice"] = 1, ["vatCategory"] = "K" },
            new JsonObject { ["description"] = "b", ["quantity"] = 1, ["unitPrice"] = 2, ["vatCategory"] = "K" });
        var original = ParseClean(request);

        var node = JsonNode.Parse(InvoiceJson.Write(original))!;

        node["lines"]![0]!["exemptionReasonCode"]!.GetValue<string>().ShouldBe("VATEX-EU-IC");
        node["lines"]![1]!["exemptionReasonCode"].ShouldBeNull();
        InvoiceJson.Parse(node.ToJsonString()).Invoice!.ShouldEqualModel(original);
    }

    [Fact]
    public void Attachments_keep_their_bytes()
    {
        var request = MinimalNode();
        byte[] bytes = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF];
        request["attachments"] = new JsonArray(new JsonObject { ["id"] = "A1", ["fileName"] = "a.pdf", ["mimeType"] = "application/pdf", ["content"] = Convert.ToBase64String(bytes) });

        var original = ParseClean(request);

        original.SupportingDocuments[0].Attachment!.Content.ShouldBe(ImmutableArray.Create(bytes));
        InvoiceJson.Parse(InvoiceJson.Write(original)).Invoice!.ShouldEqualModel(original);
    }
}
