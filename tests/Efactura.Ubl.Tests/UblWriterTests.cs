using System.Text;
using System.Xml.Linq;
using Efactura.Core.Model;

namespace Efactura.Ubl.Tests;

public class UblWriterTests
{
    private static readonly XNamespace Cbc = UblNamespaces.Cbc;
    private static readonly XNamespace Cac = UblNamespaces.Cac;
    private readonly UblWriter _writer = new();

    private XDocument Written(Invoice invoice) => XDocument.Parse(_writer.ToXml(invoice));

    public static TheoryData<string> Samples => [.. SampleInvoices.All.Select(s => s.Name)];

    private static Invoice Sample(string name) => SampleInvoices.All.Single(s => s.Name == name).Invoice;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_element_follows_the_UBL_2_1_sequence_of_its_parent(string name)
    {
        UblSequence.Violations(Written(Sample(name))).ShouldBeEmpty();
    }

    [Fact]
    public void The_sequence_check_notices_an_element_out_of_order()
    {
        var document = Written(SampleInvoices.EuroInvoice());
        var dueDate = document.Root!.Element(Cbc + "DueDate")!;
        dueDate.Remove();
        document.Root!.Element(Cbc + "DocumentCurrencyCode")!.AddAfterSelf(dueDate);

        UblSequence.Violations(document).ShouldHaveSingleItem().ShouldContain("Invoice/DueDate");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_amount_carries_the_invoice_currency_except_the_VAT_total_in_the_tax_currency(string name)
    {
        var invoice = Sample(name);
        var amounts = Written(invoice).Descendants().Where(e => e.Attribute("currencyID") is not null).ToList();

        amounts.ShouldNotBeEmpty();
        var foreign = amounts.Where(a => a.Attribute("currencyID")!.Value != invoice.CurrencyCode).ToList();
        foreach (var amount in foreign)
        {
            amount.Attribute("currencyID")!.Value.ShouldBe(invoice.TaxCurrencyCode);
            amount.Name.LocalName.ShouldBe("TaxAmount");
        }
    }

    [Fact]
    public void Same_model_gives_the_same_bytes()
    {
        var first = _writer.ToBytes(SampleInvoices.FullInvoice());
        var second = new UblWriter().ToBytes(SampleInvoices.FullInvoice());

        second.ShouldBe(first);
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_declaration_two_space_indent_and_line_feeds()
    {
        var bytes = _writer.ToBytes(SampleInvoices.EuroInvoice());
        var text = Encoding.UTF8.GetString(bytes);

        bytes[0].ShouldBe((byte)'<');
        text.ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Invoice ");
        text.ShouldNotContain("\r");
        text.ShouldContain("\n  <cbc:ID>EXP-2025-0007</cbc:ID>\n");
        text.ShouldContain($"xmlns:cac=\"{UblNamespaces.Cac}\"");
        text.ShouldContain($"xmlns:cbc=\"{UblNamespaces.Cbc}\"");
        _writer.ToXml(SampleInvoices.EuroInvoice()).ShouldBe(text);
    }

    [Fact]
    public void Write_leaves_the_stream_open_and_writes_the_same_bytes()
    {
        using var stream = new MemoryStream();
        _writer.Write(SampleInvoices.CreditNote(), stream);

        stream.CanWrite.ShouldBeTrue();
        stream.ToArray().ShouldBe(_writer.ToBytes(SampleInvoices.CreditNote()));
    }

    [Fact]
    public void Foreign_currency_invoice_has_a_second_tax_total_with_only_the_VAT_in_RON()
    {
        var taxTotals = Written(SampleInvoices.EuroInvoice()).Root!.Elements(Cac + "TaxTotal").ToList();

        taxTotals.Count.ShouldBe(2);
        taxTotals[0].Element(Cbc + "TaxAmount")!.Attribute("currencyID")!.Value.ShouldBe("EUR");
        taxTotals[0].Element(Cbc + "TaxAmount")!.Value.ShouldBe("25.92");
        taxTotals[0].Elements(Cac + "TaxSubtotal").Count().ShouldBe(1);
        taxTotals[1].Elements().ShouldHaveSingleItem().Name.ShouldBe(Cbc + "TaxAmount");
        taxTotals[1].Element(Cbc + "TaxAmount")!.Attribute("currencyID")!.Value.ShouldBe("RON");
        taxTotals[1].Element(Cbc + "TaxAmount")!.Value.ShouldBe("131.54");
    }

    [Fact]
    public void Invoice_in_RON_has_one_tax_total()
    {
        var invoice = SampleInvoices.FullInvoice() with
        {
            TaxCurrencyCode = "RON", Totals = SampleInvoices.FullInvoice().Totals with { VatTotalInTaxCurrency = 44.19m },
        };

        Written(invoice).Root!.Elements(Cac + "TaxTotal").Count().ShouldBe(1);
    }

    [Fact]
    public void Credit_note_is_written_with_its_own_root_type_code_lines_and_quantities()
    {
        var root = Written(SampleInvoices.CreditNote()).Root!;

        root.Name.ShouldBe(XNamespace.Get(UblNamespaces.CreditNote) + "CreditNote");
        root.Element(Cbc + "CreditNoteTypeCode")!.Value.ShouldBe("381");
        root.Element(Cbc + "InvoiceTypeCode").ShouldBeNull();
        root.Element(Cbc + "DueDate").ShouldBeNull();
        root.Element(Cac + "PaymentMeans")!.Element(Cbc + "PaymentDueDate")!.Value.ShouldBe("2025-10-20");
        var line = root.Element(Cac + "CreditNoteLine")!;
        line.Element(Cbc + "CreditedQuantity")!.Value.ShouldBe("10");
        line.Element(Cbc + "CreditedQuantity")!.Attribute("unitCode")!.Value.ShouldBe("H87");
        root.Elements(Cac + "InvoiceLine").ShouldBeEmpty();
    }

    [Fact]
    public void Credit_note_project_reference_is_a_document_reference_with_type_code_50()
    {
        var reference = Written(SampleInvoices.CreditNote()).Root!.Elements(Cac + "AdditionalDocumentReference")
            .Single(r => r.Element(Cbc + "DocumentTypeCode")?.Value == "50");

        reference.Element(Cbc + "ID")!.Value.ShouldBe("PRJ-42");
    }

    [Fact]
    public void Invoiced_object_identifiers_are_document_references_with_type_code_130()
    {
        var root = Written(SampleInvoices.FullInvoice()).Root!;

        var header = root.Elements(Cac + "AdditionalDocumentReference").Single(r => r.Element(Cbc + "DocumentTypeCode")?.Value == "130");
        header.Element(Cbc + "ID")!.Value.ShouldBe("OBJ-9001");
        header.Element(Cbc + "ID")!.Attribute("schemeID")!.Value.ShouldBe("ABZ");
        var line = root.Element(Cac + "InvoiceLine")!.Element(Cac + "DocumentReference")!;
        line.Element(Cbc + "ID")!.Value.ShouldBe("SN-0001");
        line.Element(Cbc + "DocumentTypeCode")!.Value.ShouldBe("130");
    }

    [Fact]
    public void Attachment_is_embedded_as_base64_with_mime_code_and_file_name()
    {
        var binary = Written(SampleInvoices.FullInvoice()).Descendants(Cbc + "EmbeddedDocumentBinaryObject").Single();

        binary.Attribute("mimeCode")!.Value.ShouldBe("application/pdf");
        binary.Attribute("filename")!.Value.ShouldBe("pv-31.pdf");
        Encoding.UTF8.GetString(Convert.FromBase64String(binary.Value)).ShouldBe("%PDF-1.4 proces verbal");
    }

    [Fact]
    public void Quantities_prices_and_amounts_are_written_exactly_as_the_decimal_holds_them()
    {
        var line = SampleInvoices.WeighedLine() with
        {
            Quantity = 1.2345m, NetAmount = 123.450m, Price = new Price { NetAmount = 0.0000001m, BaseQuantity = 1000000m },
        };
        var xml = _writer.ToXml(SampleInvoices.EuroInvoice() with { Lines = [line] });

        xml.ShouldContain(">1.2345</cbc:InvoicedQuantity>");
        xml.ShouldContain(">123.450</cbc:LineExtensionAmount>");
        xml.ShouldContain(">0.0000001</cbc:PriceAmount>");
        xml.ShouldContain(">1000000</cbc:BaseQuantity>");
        var numbers = XDocument.Parse(xml).Descendants().Where(e => e.Attribute("currencyID") is not null || e.Attribute("unitCode") is not null);
        numbers.ShouldAllBe(n => System.Text.RegularExpressions.Regex.IsMatch(n.Value, @"^-?[0-9]+(\.[0-9]+)?$"));
    }

    [Fact]
    public void Negative_zero_is_written_as_zero()
    {
        var negativeZero = decimal.Negate(0.00m);
        var xml = _writer.ToXml(SampleInvoices.EuroInvoice() with { Totals = SampleInvoices.EuroInvoice().Totals with { PrepaidAmount = negativeZero } });

        xml.ShouldContain(">0.00</cbc:PrepaidAmount>");
    }

    [Fact]
    public void Customization_id_comes_from_the_model()
    {
        var invoice = SampleInvoices.EuroInvoice() with { CustomizationId = Specification.En16931 };

        Written(invoice).Root!.Element(Cbc + "CustomizationID")!.Value.ShouldBe(Specification.En16931);
        Written(SampleInvoices.EuroInvoice()).Root!.Element(Cbc + "CustomizationID")!.Value.ShouldBe(Specification.CiusRo);
    }

    [Fact]
    public void Empty_optional_values_are_omitted()
    {
        var invoice = SampleInvoices.EuroInvoice() with
        {
            BuyerReference = "", ProjectReference = null, PaymentTerms = "",
            Buyer = SampleInvoices.EuroInvoice().Buyer with { TradingName = "", Contact = new Contact("", null, "") },
        };
        var document = Written(invoice);

        document.Descendants().Where(e => !e.HasElements && e.Value.Length == 0).ShouldBeEmpty();
        document.Root!.Element(Cbc + "BuyerReference").ShouldBeNull();
        document.Root!.Element(Cac + "PaymentTerms").ShouldBeNull();
        document.Root!.Element(Cac + "AccountingCustomerParty")!.Descendants(Cac + "Contact").ShouldBeEmpty();
        document.Root!.Element(Cac + "AccountingCustomerParty")!.Descendants(Cac + "PartyName").ShouldBeEmpty();
    }

    [Fact]
    public void Note_subject_code_is_written_as_a_prefix()
    {
        var notes = Written(SampleInvoices.FullInvoice()).Root!.Elements(Cbc + "Note").Select(n => n.Value);

        notes.ShouldBe(["Factura emisa conform contractului.", "#AAI#Marfa livrata integral."]);
    }

    [Fact]
    public void Seller_tax_registration_identifier_is_a_party_tax_scheme_other_than_VAT()
    {
        var schemes = Written(SampleInvoices.FullInvoice()).Root!.Element(Cac + "AccountingSupplierParty")!.Descendants(Cac + "PartyTaxScheme")
            .Select(s => (s.Element(Cbc + "CompanyID")!.Value, s.Element(Cac + "TaxScheme")!.Element(Cbc + "ID")!.Value));

        schemes.ShouldBe([("RO10000008", "VAT"), ("10000008", "TAX")]);
    }

    [Fact]
    public void Creditor_identifier_is_a_SEPA_party_identification_of_the_payee_when_there_is_one()
    {
        var debit = new PaymentInstructions { MeansCode = "59", DirectDebit = new DirectDebit("M-1", new Identifier("DE98ZZZ09999999999")) };
        var withPayee = Written(SampleInvoices.FullInvoice() with { PaymentInstructions = [debit] }).Root!;
        var withoutPayee = Written(SampleInvoices.FullInvoice() with { PaymentInstructions = [debit], Payee = null }).Root!;

        static IEnumerable<string> Sepa(XElement party) => party.Descendants(Cbc + "ID")
            .Where(i => i.Attribute("schemeID")?.Value == "SEPA").Select(i => i.Value);
        Sepa(withPayee.Element(Cac + "PayeeParty")!).ShouldBe(["DE98ZZZ09999999999"]);
        Sepa(withPayee.Element(Cac + "AccountingSupplierParty")!).ShouldBeEmpty();
        Sepa(withoutPayee.Element(Cac + "AccountingSupplierParty")!).ShouldBe(["DE98ZZZ09999999999"]);
    }

    [Fact]
    public void A_thousand_line_invoice_is_written_with_every_line()
    {
        var document = Written(SampleInvoices.WithLines(1000));

        document.Root!.Elements(Cac + "InvoiceLine").Count().ShouldBe(1000);
        document.Root!.Elements(Cac + "InvoiceLine").Last().Element(Cbc + "ID")!.Value.ShouldBe("1000");
    }
}
