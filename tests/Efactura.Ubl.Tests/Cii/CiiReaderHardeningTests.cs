using System.Text;

namespace Efactura.Ubl.Tests.Cii;

/// <summary>A CII document gets the same hardened parse as UBL: hostile or broken input is refused, saying what and where.</summary>
public class CiiReaderHardeningTests
{
    private readonly InvoiceXmlReader _reader = new();

    private const string Namespaces =
        "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" " +
        "xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\" " +
        "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\"";

    private UblReadException Refused(string xml, InvoiceXmlReader? reader = null)
    {
        reader ??= _reader;
        var fromString = Should.Throw<UblReadException>(() => reader.Read(xml));
        var fromStream = Should.Throw<UblReadException>(() => reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))));
        fromStream.Message.ShouldBe(fromString.Message);
        return fromString;
    }

    [Fact]
    public void A_DTD_is_refused_where_it_starts()
    {
        var error = Refused($"<?xml version=\"1.0\"?>\n<!DOCTYPE rsm:CrossIndustryInvoice [ <!ELEMENT rsm:CrossIndustryInvoice ANY> ]>\n<rsm:CrossIndustryInvoice {Namespaces}/>");

        error.Message.ShouldBe("line 2, column 1: DTDs are not allowed in e-invoices (no DOCTYPE, no entities)");
    }

    [Fact]
    public void Billion_laughs_entity_expansion_is_refused_before_any_expansion()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE r [{entities}]>\n<rsm:CrossIndustryInvoice {Namespaces}><rsm:ExchangedDocument><ram:ID>&lol9;</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>";

        Refused(xml).Reason.ShouldContain("DTDs are not allowed");
    }

    [Fact]
    public void An_external_entity_is_refused_and_the_file_is_never_read()
    {
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<rsm:CrossIndustryInvoice {Namespaces}><rsm:ExchangedDocument><ram:ID>&secret;</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>";

        var error = Refused(xml);

        error.Reason.ShouldContain("DTDs are not allowed");
        error.Message.ShouldNotContain("root:");
    }

    [Fact]
    public void A_huge_attribute_is_refused_at_the_size_limit()
    {
        var small = new InvoiceXmlReader(new UblReaderOptions { MaxDocumentBytes = 64 * 1024 });
        var xml = $"<rsm:CrossIndustryInvoice {Namespaces}><rsm:ExchangedDocument><ram:ID schemeID=\"{new string('x', 200_000)}\">1</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>";

        Refused(xml, small).Reason.ShouldContain("larger than the limit of 65536 bytes");
    }

    [Fact]
    public void A_stream_without_length_is_refused_while_reading_at_the_limit()
    {
        var small = new InvoiceXmlReader(new UblReaderOptions { MaxDocumentBytes = 64 * 1024 });
        var note = new string('a', 100_000);
        var bytes = Encoding.UTF8.GetBytes($"<rsm:CrossIndustryInvoice {Namespaces}><rsm:ExchangedDocument><ram:IncludedNote><ram:Content>{note}</ram:Content></ram:IncludedNote></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>");

        var error = Should.Throw<UblReadException>(() => small.Read(new UnseekableStream(bytes)));

        error.Reason.ShouldContain("larger than the limit of 65536 bytes");
    }

    [Fact]
    public void Content_after_the_root_element_is_refused()
    {
        Refused($"<rsm:CrossIndustryInvoice {Namespaces}></rsm:CrossIndustryInvoice>\n<x/>").Line.ShouldBe(2);
    }

    [Fact]
    public void A_root_of_neither_syntax_is_refused_naming_both()
    {
        var error = Refused("<?xml version=\"1.0\"?>\n<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>");

        error.Message.ShouldStartWith("line 2, column 2: the root element is {urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order");
        error.Reason.ShouldContain("UBL 2.1 Invoice");
        error.Reason.ShouldContain("CII CrossIndustryInvoice");
    }

    [Fact]
    public void A_non_numeric_amount_is_refused_with_its_position()
    {
        var xml = $"<rsm:CrossIndustryInvoice {Namespaces}>\n<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeSettlement>\n<ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n  <ram:DuePayableAmount>12,50</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>";

        Refused(xml).Message.ShouldBe("line 4, column 4: ram:DuePayableAmount '12,50' is not a decimal number");
    }

    [Theory]
    [InlineData("<udt:DateTimeString format=\"102\">2024-01-31</udt:DateTimeString>", "udt:DateTimeString '2024-01-31' is not a date in format 102 (CCYYMMDD)")]
    [InlineData("<udt:DateTimeString format=\"610\">202401</udt:DateTimeString>", "udt:DateTimeString has format '610'; EN 16931 allows only format 102 (CCYYMMDD)")]
    [InlineData("<udt:DateTimeString format=\"102\">20240231</udt:DateTimeString>", "udt:DateTimeString '20240231' is not a date in format 102 (CCYYMMDD)")]
    public void A_date_other_than_format_102_is_refused(string date, string reason)
    {
        var xml = $"<rsm:CrossIndustryInvoice {Namespaces}><rsm:ExchangedDocument><ram:IssueDateTime>{date}</ram:IssueDateTime></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>";

        Refused(xml).Reason.ShouldBe(reason);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}
