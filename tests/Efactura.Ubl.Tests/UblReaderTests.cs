using System.Text;
using Efactura.Core.Comparison;
using Efactura.Core.Model;
using Efactura.Testing;

namespace Efactura.Ubl.Tests;

public class UblReaderTests
{
    private readonly UblReader _reader = new();
    private readonly UblWriter _writer = new();

    public static TheoryData<string> Samples => [.. SampleInvoices.All.Select(s => s.Name)];

    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
        """;

    private static string Minimal(string body) => Header + "\n" + body + "\n</Invoice>";

    [Theory]
    [MemberData(nameof(Samples))]
    public void Written_sample_reads_back_to_the_same_model(string name)
    {
        var invoice = SampleInvoices.All.Single(s => s.Name == name).Invoice;

        var read = _reader.Read(new MemoryStream(_writer.ToBytes(invoice)));

        InvoiceDifference.First(invoice, read).ShouldBeNull();
    }

    [Fact]
    public void Quantity_with_four_decimals_survives_the_round_trip_exactly()
    {
        var read = _reader.Read(_writer.ToXml(SampleInvoices.EuroInvoice()));

        read.Lines[0].Quantity.ShouldBe(1.2345m);
        read.Lines[0].Quantity.Scale.ShouldBe((byte)4);
        read.Totals.LineNetTotal.Scale.ShouldBe((byte)2);
    }

    [Fact]
    public void Reads_the_business_terms_of_the_CEN_maximum_content_invoice()
    {
        var invoice = _reader.Read(File.ReadAllText(Path.Combine(TestPaths.Corpus, "en16931-testfiles/Invoice-Max_content.xml")));

        invoice.Number.ShouldBe("2018210");
        invoice.CurrencyCode.ShouldBe("SEK");
        invoice.TaxCurrencyCode.ShouldBe("EUR");
        invoice.Totals.VatTotal.ShouldBe(2500m);
        invoice.Totals.VatTotalInTaxCurrency.ShouldBe(249m);
        invoice.VatBreakdown.Length.ShouldBe(2);
        invoice.VatBreakdown[1].ExemptionReasonCode.ShouldBe("vatex-eu-132-1g");
        invoice.InvoicedObjectIdentifier.ShouldBe(new Identifier("ABC123", "VT"));
        invoice.SupportingDocuments.Select(d => d.Id).ShouldBe(["MT123", "Time report 1", "Example 1"]);
        invoice.SupportingDocuments[1].Attachment!.MimeCode.ShouldBe("text/csv");
        invoice.SupportingDocuments[1].Attachment!.FileName.ShouldBe("testfilnamn.abc");
        invoice.SupportingDocuments[2].ExternalUri.ShouldBe("http://www.example.com/index.html");
        invoice.Notes[0].Text.ShouldBe("Document level Note\nLine break should be respected here.");
        invoice.Seller.Identifiers.ShouldBe([new Identifier("7350000001204", "0088"), new Identifier("BilateralID")]);
        invoice.Seller.VatIdentifier.ShouldBe("SE123456789001");
        invoice.Seller.TaxRegistrationId.ShouldBe("Godkänd för F-skatt");
        invoice.Seller.Address.Line3.ShouldBe("Address-line3");
        invoice.Payee!.Name.ShouldBe("Finansiell Support u.p.a.");
        invoice.SellerTaxRepresentative!.VatIdentifier.ShouldBe("SE998877665501");
        invoice.Delivery!.Address!.City.ShouldBe("DELIV Town");
        invoice.PaymentInstructions.Length.ShouldBe(4);
        invoice.PaymentInstructions[0].MeansText.ShouldBe("Credit transfer");
        invoice.PaymentInstructions[0].CreditTransfer!.ServiceProviderId.ShouldBe("BANKSBIC");
        invoice.Totals.RoundingAmount.ShouldBe(0m);
        var line = invoice.Lines[0];
        line.ObjectIdentifier.ShouldBe(new Identifier("130-DR35141", "ABZ"));
        line.AllowanceCharges.Select(a => a.IsCharge).ShouldBe([false, true]);
        line.AllowanceCharges[0].VatCategory.ShouldBeNull();
        line.Price.ShouldBe(new Price { NetAmount = 20m, Discount = 0.50m, GrossAmount = 20.50m, BaseQuantity = 1m, BaseQuantityUnitCode = "MTR" });
        line.Item.Classifications.ShouldBe([new ItemClassification("9873242", "SSR", "1.0"), new ItemClassification("SST3242", "SST")]);
        line.VatCategory.ShouldBe(VatCategory.Standard);
        line.VatRate.ShouldBe(25m);
    }

    [Fact]
    public void Tax_totals_are_told_apart_by_currency_whatever_their_order()
    {
        var invoice = _reader.Read(Minimal("""
            <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
            <cbc:TaxCurrencyCode>RON</cbc:TaxCurrencyCode>
            <cac:TaxTotal><cbc:TaxAmount currencyID="RON">99.54</cbc:TaxAmount></cac:TaxTotal>
            <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount></cac:TaxTotal>
            """));

        invoice.Totals.VatTotal.ShouldBe(20.00m);
        invoice.Totals.VatTotalInTaxCurrency.ShouldBe(99.54m);
    }

    [Fact]
    public void A_VAT_total_in_a_third_currency_is_neither_BT_110_nor_BT_111()
    {
        var invoice = _reader.Read(Minimal("""
            <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
            <cac:TaxTotal><cbc:TaxAmount currencyID="USD">20.00</cbc:TaxAmount></cac:TaxTotal>
            """));

        invoice.Totals.VatTotal.ShouldBeNull();
        invoice.Totals.VatTotalInTaxCurrency.ShouldBeNull();
    }

    [Fact]
    public void Only_type_code_130_makes_a_document_reference_an_invoiced_object()
    {
        var invoice = _reader.Read(Minimal("""
            <cac:AdditionalDocumentReference><cbc:ID>DOC-1</cbc:ID></cac:AdditionalDocumentReference>
            <cac:AdditionalDocumentReference><cbc:ID schemeID="AAA">OBJ-1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>
            <cac:AdditionalDocumentReference><cbc:ID>PRJ-1</cbc:ID><cbc:DocumentTypeCode>50</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>
            <cac:InvoiceLine>
              <cbc:ID>1</cbc:ID>
              <cac:DocumentReference><cbc:ID>OTHER</cbc:ID><cbc:DocumentTypeCode>916</cbc:DocumentTypeCode></cac:DocumentReference>
              <cac:DocumentReference><cbc:ID schemeID="ABZ">LINE-OBJ</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference>
            </cac:InvoiceLine>
            """));

        invoice.InvoicedObjectIdentifier.ShouldBe(new Identifier("OBJ-1", "AAA"));
        // Type code 50 is the project reference only in a credit note; in an invoice it is a supporting document.
        invoice.SupportingDocuments.Select(d => d.Id).ShouldBe(["DOC-1", "PRJ-1"]);
        invoice.ProjectReference.ShouldBeNull();
        invoice.Lines[0].ObjectIdentifier.ShouldBe(new Identifier("LINE-OBJ", "ABZ"));
    }

    [Fact]
    public void Credit_note_reads_its_project_reference_due_date_and_credited_quantity()
    {
        var invoice = _reader.Read(_writer.ToXml(SampleInvoices.CreditNote()));

        invoice.IsCreditNote.ShouldBeTrue();
        invoice.ProjectReference.ShouldBe("PRJ-42");
        invoice.DueDate.ShouldBe(new DateOnly(2025, 10, 20));
        invoice.Lines[0].Quantity.ShouldBe(10m);
        invoice.PaymentInstructions[0].DirectDebit!.CreditorId.ShouldBe(new Identifier("RO98ZZZ0000000001"));
        invoice.Seller.Identifiers.ShouldBe([new Identifier("5940000000000", "0088")]);
    }

    [Fact]
    public void Note_subject_code_prefix_is_read_apart_from_the_text_and_empty_notes_are_dropped()
    {
        var invoice = _reader.Read(Minimal("<cbc:Note>#AAI#Text</cbc:Note><cbc:Note> </cbc:Note><cbc:Note>#1 not a code</cbc:Note>"));

        invoice.Notes.ShouldBe([new InvoiceNote("Text", "AAI"), new InvoiceNote("#1 not a code")]);
    }

    [Fact]
    public void Unknown_elements_extensions_and_comments_are_ignored()
    {
        var invoice = _reader.Read(Minimal("""
            <ext:UBLExtensions xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2">
              <ext:UBLExtension><ext:ExtensionContent><cbc:ID>NOT-THE-NUMBER</cbc:ID></ext:ExtensionContent></ext:UBLExtension>
            </ext:UBLExtensions>
            <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
            <!-- a comment -->
            <cbc:ID>  INV-1  </cbc:ID>
            <cbc:CopyIndicator>false</cbc:CopyIndicator>
            <cac:Signature><cbc:ID>S</cbc:ID></cac:Signature>
            """));

        invoice.Number.ShouldBe("INV-1");
    }

    [Fact(Timeout = 30_000)]
    public async Task Repeated_elements_at_every_level_are_read_once_and_the_first_wins()
    {
        var document = System.Xml.Linq.XDocument.Parse(_writer.ToXml(SampleInvoices.FullInvoice()));
        foreach (var element in document.Root!.Descendants().ToList())
            element.AddAfterSelf(new System.Xml.Linq.XElement(element));
        var xml = document.ToString();

        var invoice = await Task.Run(() => _reader.Read(xml), TestContext.Current.CancellationToken);

        invoice.Number.ShouldBe("FCT-2025-0001");
        invoice.Seller.TradingName.ShouldBe("Exemplu Shop");
        invoice.Lines.Length.ShouldBe(6);
        invoice.Lines[0].Item.Name.ShouldBe("Surub M8");
    }

    [Fact]
    public void Missing_required_values_read_as_empty_and_zero()
    {
        var invoice = _reader.Read(Minimal("<cac:InvoiceLine><cbc:ID>1</cbc:ID></cac:InvoiceLine>"));

        invoice.Number.ShouldBe("");
        invoice.CustomizationId.ShouldBe("");
        invoice.CurrencyCode.ShouldBe("");
        invoice.TypeCode.Code.ShouldBe("");
        invoice.IssueDate.ShouldBe(DateOnly.MinValue);
        invoice.Seller.Name.ShouldBe("");
        invoice.Seller.Address.CountryCode.ShouldBe("");
        invoice.Totals.PayableAmount.ShouldBe(0m);
        invoice.Lines[0].Quantity.ShouldBe(0m);
        invoice.Lines[0].UnitCode.ShouldBe("");
        invoice.Lines[0].Item.Name.ShouldBe("");
        invoice.Lines[0].VatCategory.Code.ShouldBe("");
        InvoiceDifference.First(invoice, _reader.Read(_writer.ToXml(invoice))).ShouldBeNull();
    }

    [Fact]
    public void Text_decoded_with_its_byte_order_mark_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(_writer.ToBytes(SampleInvoices.EuroInvoice())).ToArray();

        _reader.Read(Encoding.UTF8.GetString(bytes)).Number.ShouldBe("EXP-2025-0007");
        _reader.Read(new MemoryStream(bytes)).Number.ShouldBe("EXP-2025-0007");
    }

    [Fact]
    public void A_UTF_16_document_is_read_in_the_encoding_it_declares()
    {
        var xml = _writer.ToXml(SampleInvoices.EuroInvoice()).Replace("encoding=\"utf-8\"", "encoding=\"utf-16\"", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();

        InvoiceDifference.First(SampleInvoices.EuroInvoice(), _reader.Read(new MemoryStream(bytes))).ShouldBeNull();
    }

    [Fact]
    public void Default_size_limit_is_ANAFs_10_MiB_upload_limit()
    {
        new UblReaderOptions().MaxDocumentBytes.ShouldBe(10L * 1024 * 1024);
        _reader.Options.MaxDocumentBytes.ShouldBe(UblReaderOptions.DefaultMaxDocumentBytes);
        Should.Throw<ArgumentOutOfRangeException>(() => new UblReader(new UblReaderOptions { MaxDocumentBytes = 0 }));
    }

    [Fact]
    public void Reader_accepts_a_document_up_to_its_limit()
    {
        var bytes = _writer.ToBytes(SampleInvoices.FullInvoice());

        _reader.Read(new MemoryStream(bytes)).Number.ShouldBe("FCT-2025-0001");
        new UblReader(new UblReaderOptions { MaxDocumentBytes = bytes.Length }).Read(new MemoryStream(bytes)).Number.ShouldBe("FCT-2025-0001");
        Should.Throw<UblReadException>(() => new UblReader(new UblReaderOptions { MaxDocumentBytes = bytes.Length - 1 }).Read(new MemoryStream(bytes)));
    }
}
