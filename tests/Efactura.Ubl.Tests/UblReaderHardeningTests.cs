using System.Text;

namespace Efactura.Ubl.Tests;

/// <summary>Hostile or broken input is refused with a <see cref="UblReadException"/> that says what and where.</summary>
public class UblReaderHardeningTests
{
    private readonly UblReader _reader = new();

    private const string Namespaces =
        "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" " +
        "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" " +
        "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"";

    private UblReadException Refused(string xml)
    {
        var fromString = Should.Throw<UblReadException>(() => _reader.Read(xml));
        var fromStream = Should.Throw<UblReadException>(() => _reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))));
        fromStream.Message.ShouldBe(fromString.Message);
        return fromString;
    }

    [Fact]
    public void A_DTD_is_refused()
    {
        var error = Refused($"<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [ <!ELEMENT Invoice ANY> ]>\n<Invoice {Namespaces}/>");

        error.Message.ShouldBe("line 2, column 1: DTDs are not allowed in e-invoices (no DOCTYPE, no entities)");
        (error.Line, error.Column).ShouldBe((2, 1));
    }

    [Fact]
    public void Billion_laughs_entity_expansion_is_refused_before_any_expansion()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [{entities}]>\n<Invoice {Namespaces}><cbc:ID>&lol9;</cbc:ID></Invoice>";

        Refused(xml).Reason.ShouldContain("DTDs are not allowed");
    }

    [Fact]
    public void An_external_entity_is_refused_and_the_file_is_never_read()
    {
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<Invoice {Namespaces}><cbc:ID>&secret;</cbc:ID></Invoice>";

        var error = Refused(xml);

        error.Reason.ShouldContain("DTDs are not allowed");
        error.Message.ShouldNotContain("root:");
    }

    [Fact]
    public void A_50_MB_stream_without_length_is_refused_while_reading_at_the_10_MiB_limit()
    {
        var stream = new GeneratedDocumentStream(50L * 1024 * 1024);

        var error = Should.Throw<UblReadException>(() => _reader.Read(stream));

        error.Reason.ShouldContain("larger than the limit of 10485760 bytes");
        error.Line.ShouldBeGreaterThan(0);
        stream.BytesRead.ShouldBeLessThan(11L * 1024 * 1024);
    }

    [Fact]
    public void A_generated_document_under_the_limit_is_read()
    {
        var invoice = _reader.Read(new GeneratedDocumentStream(1024 * 1024));

        invoice.Notes[0].Text.Length.ShouldBeGreaterThan(1_000_000);
    }

    [Fact]
    public void A_seekable_stream_over_the_limit_is_refused_before_reading()
    {
        var small = new UblReader(new UblReaderOptions { MaxDocumentBytes = 100 });
        var stream = new MemoryStream(new byte[200]);

        Should.Throw<UblReadException>(() => small.Read(stream)).Message.ShouldBe(
            "line 1, column 1: the document is larger than the limit of 100 bytes (UblReaderOptions.MaxDocumentBytes)");
        stream.Position.ShouldBe(0);
    }

    [Fact]
    public void A_string_over_the_limit_is_refused()
    {
        var small = new UblReader(new UblReaderOptions { MaxDocumentBytes = 100 });

        var error = Should.Throw<UblReadException>(() => small.Read($"<Invoice {Namespaces}><cbc:Note>{new string('ă', 60)}</cbc:Note></Invoice>"));

        error.Reason.ShouldContain("larger than the limit of 100 bytes");
    }

    [Fact]
    public void Text_that_is_not_XML_is_refused_at_its_first_character()
    {
        var error = Refused("this is a PDF, not an invoice");

        error.Message.ShouldStartWith("line 1, column 1: not well-formed XML");
    }

    [Fact]
    public void An_empty_document_is_refused()
    {
        Refused("").Reason.ShouldContain("not well-formed XML");
    }

    [Fact]
    public void An_unclosed_element_is_refused_where_the_document_ends()
    {
        var error = Refused($"<Invoice {Namespaces}>\n  <cbc:ID>1</cbc:ID>\n  <cbc:Note>open\n");

        error.Reason.ShouldContain("not well-formed XML");
        error.Line.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Content_after_the_root_element_is_refused()
    {
        Refused($"<Invoice {Namespaces}></Invoice>\n<Invoice/>").Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>", "{urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order")]
    [InlineData("<Invoice/>", "{}Invoice")]
    [InlineData("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>", "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}CreditNote")]
    public void A_root_other_than_a_UBL_Invoice_or_CreditNote_is_refused(string xml, string root)
    {
        var error = Refused("<?xml version=\"1.0\"?>\n" + xml);

        error.Message.ShouldStartWith("line 2, column 2: the root element is " + root);
        error.Reason.ShouldContain("expected a UBL 2.1 Invoice");
    }

    [Fact]
    public void A_non_numeric_amount_is_refused_with_its_position()
    {
        var xml = $"<Invoice {Namespaces}>\n  <cac:LegalMonetaryTotal>\n    <cbc:PayableAmount currencyID=\"RON\">12,50</cbc:PayableAmount>\n  </cac:LegalMonetaryTotal>\n</Invoice>";

        var error = Refused(xml);

        error.Message.ShouldBe("line 3, column 6: cbc:PayableAmount '12,50' is not a decimal number");
    }

    [Theory]
    [InlineData("1.5E3")]
    [InlineData("NaN")]
    [InlineData("")]
    [InlineData("1 000")]
    public void Numbers_must_have_the_decimal_syntax_of_XML_schema(string number)
    {
        Refused($"<Invoice {Namespaces}><cac:InvoiceLine><cbc:InvoicedQuantity unitCode=\"H87\">{number}</cbc:InvoicedQuantity></cac:InvoiceLine></Invoice>")
            .Reason.ShouldContain("cbc:InvoicedQuantity");
    }

    [Fact]
    public void A_number_beyond_the_decimal_range_is_refused_as_too_large()
    {
        Refused($"<Invoice {Namespaces}><cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"RON\">{new string('9', 40)}</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>")
            .Reason.ShouldContain("is too large for a decimal");
    }

    [Fact]
    public void A_bad_date_is_refused_with_its_position()
    {
        var error = Refused($"<Invoice {Namespaces}>\n<cbc:ID>1</cbc:ID>\n<cbc:IssueDate>2025-02-30</cbc:IssueDate>\n</Invoice>");

        error.Message.ShouldBe("line 3, column 2: cbc:IssueDate '2025-02-30' is not a date (YYYY-MM-DD)");
    }

    [Fact]
    public void A_date_with_a_time_zone_is_read_as_its_calendar_date()
    {
        _reader.Read($"<Invoice {Namespaces}><cbc:IssueDate>2025-02-28+02:00</cbc:IssueDate></Invoice>").IssueDate.ShouldBe(new DateOnly(2025, 2, 28));
    }

    [Fact]
    public void A_bad_charge_indicator_is_refused()
    {
        Refused($"<Invoice {Namespaces}><cac:AllowanceCharge><cbc:ChargeIndicator>yes</cbc:ChargeIndicator></cac:AllowanceCharge></Invoice>")
            .Reason.ShouldBe("cbc:ChargeIndicator 'yes' is not an indicator (true or false)");
    }

    [Fact]
    public void An_attachment_that_is_not_base64_is_refused()
    {
        Refused($"<Invoice {Namespaces}><cac:AdditionalDocumentReference><cbc:ID>A</cbc:ID><cac:Attachment>" +
                "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\" filename=\"a.pdf\">not*base64</cbc:EmbeddedDocumentBinaryObject>" +
                "</cac:Attachment></cac:AdditionalDocumentReference></Invoice>")
            .Reason.ShouldBe("cbc:EmbeddedDocumentBinaryObject is not valid base64");
    }
}
