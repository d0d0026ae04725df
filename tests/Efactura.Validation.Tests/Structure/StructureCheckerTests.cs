using Efactura.Validation.Structure;
using static Efactura.Validation.Tests.Structure.MinimalDocument;

namespace Efactura.Validation.Tests.Structure;

/// <summary>
/// Each kind of schema violation, with the JDK's id and wording (checked against javax.xml.validation on the same
/// documents) and our position: the line and column of the element's (or attribute's) name.
/// </summary>
public sealed class StructureCheckerTests
{
    private const string InvoiceStart = $"\"{Ext}\":UBLExtensions, \"{Cbc}\":UBLVersionID, \"{Cbc}\":CustomizationID, \"{Cbc}\":ProfileID, \"{Cbc}\":ProfileExecutionID, \"{Cbc}\":ID";
    private const string AfterId = $"\"{Cbc}\":CopyIndicator, \"{Cbc}\":UUID, \"{Cbc}\":IssueDate";

    private static StructureIssue Single(string xml) => Check(xml).ShouldHaveSingleItem();

    private static void ShouldBeAt(StructureIssue issue, string id, int line, int column)
    {
        issue.Id.ShouldBe(id);
        issue.OfficialText.ShouldStartWith(id + ": ");
        var finding = issue.ToFinding();
        finding.Line.ShouldBe(line);
        finding.Column.ShouldBe(column);
    }

    [Fact]
    public void The_smallest_invoice_and_credit_note_are_valid()
    {
        Check(Invoice).ShouldBeEmpty();
        Check(CreditNote).ShouldBeEmpty();
    }

    [Fact]
    public void Elements_out_of_order_are_invalid_content_listing_what_may_come_instead()
    {
        var issue = Single(InvoiceWith("<cbc:ID>F-1</cbc:ID>\n  <cbc:IssueDate>2026-11-20</cbc:IssueDate>", "<cbc:IssueDate>2026-11-20</cbc:IssueDate>\n  <cbc:ID>F-1</cbc:ID>"));

        ShouldBeAt(issue, "cvc-complex-type.2.4.a", 5, 4);
        issue.OfficialText.ShouldBe($"cvc-complex-type.2.4.a: Invalid content was found starting with element '{{\"{Cbc}\":IssueDate}}'. One of '{{{InvoiceStart}}}' is expected.");
        issue.Message.ShouldContain("cbc:IssueDate is not allowed here");
        issue.ToFinding().XPath.ShouldBe("/ubl:Invoice[1]/cbc:IssueDate[1]");
    }

    [Fact]
    public void An_element_repeated_beyond_its_maximum_is_invalid_content()
    {
        var issue = Single(InvoiceWith("<cbc:ID>F-1</cbc:ID>", "<cbc:ID>F-1</cbc:ID><cbc:ID>F-2</cbc:ID>"));

        ShouldBeAt(issue, "cvc-complex-type.2.4.a", 5, 24);
        issue.OfficialText.ShouldBe($"cvc-complex-type.2.4.a: Invalid content was found starting with element '{{\"{Cbc}\":ID}}'. One of '{{{AfterId}}}' is expected.");
        issue.ToFinding().XPath.ShouldBe("/ubl:Invoice[1]/cbc:ID[2]");
    }

    [Fact]
    public void A_missing_required_element_before_others_is_reported_at_the_next_element()
    {
        var issue = Single(InvoiceWith("  <cbc:IssueDate>2026-11-20</cbc:IssueDate>\n", ""));

        ShouldBeAt(issue, "cvc-complex-type.2.4.a", 6, 4);
        issue.OfficialText.ShouldBe($"cvc-complex-type.2.4.a: Invalid content was found starting with element '{{\"{Cac}\":AccountingSupplierParty}}'. One of '{{{AfterId}}}' is expected.");
        issue.Fix.ShouldContain("cbc:IssueDate");
    }

    [Fact]
    public void A_missing_required_element_at_the_end_makes_the_content_incomplete()
    {
        var issue = Single(InvoiceWith("  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID=\"RON\">100.00</cbc:LineExtensionAmount><cac:Item/></cac:InvoiceLine>\n", ""));

        ShouldBeAt(issue, "cvc-complex-type.2.4.b", 2, 2);
        issue.OfficialText.ShouldBe($"cvc-complex-type.2.4.b: The content of element 'Invoice' is not complete. One of '{{\"{Cac}\":InvoiceLine}}' is expected.");
        issue.Message.ShouldContain("cac:InvoiceLine is missing");
        issue.MessageRo.ShouldContain("lipsește elementul obligatoriu cac:InvoiceLine");
    }

    [Fact]
    public void An_element_UBL_does_not_declare_is_invalid_content_and_named_unknown()
    {
        var issue = Single(InvoiceWith("<cbc:ID>F-1</cbc:ID>", "<cbc:ID>F-1</cbc:ID><cbc:InvoiceDate>2026-11-20</cbc:InvoiceDate>"));

        ShouldBeAt(issue, "cvc-complex-type.2.4.a", 5, 24);
        issue.OfficialText.ShouldBe($"cvc-complex-type.2.4.a: Invalid content was found starting with element '{{\"{Cbc}\":InvoiceDate}}'. One of '{{{AfterId}}}' is expected.");
        issue.Message.ShouldContain("cbc:InvoiceDate is not an element of UBL 2.1");
    }

    [Fact]
    public void An_element_in_the_wrong_namespace_is_invalid_content()
    {
        var issue = Single(InvoiceWith("<cbc:ID>F-1</cbc:ID>", "<cac:ID>F-1</cac:ID>"));

        ShouldBeAt(issue, "cvc-complex-type.2.4.a", 5, 4);
        issue.OfficialText.ShouldBe($"cvc-complex-type.2.4.a: Invalid content was found starting with element '{{\"{Cac}\":ID}}'. One of '{{{InvoiceStart}}}' is expected.");
    }

    [Fact]
    public void An_invoice_line_in_a_credit_note_is_invalid_content()
    {
        var issue = Single(CreditNote.Replace("cac:CreditNoteLine", "cac:InvoiceLine", StringComparison.Ordinal));

        ShouldBeAt(issue, "cvc-complex-type.2.4.a", 10, 4);
        issue.OfficialText.ShouldBe($"cvc-complex-type.2.4.a: Invalid content was found starting with element '{{\"{Cac}\":InvoiceLine}}'. One of '{{\"{Cac}\":CreditNoteLine}}' is expected.");
    }

    [Fact]
    public void A_child_after_the_last_one_allowed_is_unexpected()
    {
        var issue = Single(InvoiceWith("<cac:AccountingSupplierParty><cac:Party/>",
            "<cac:AccountingSupplierParty><cac:Party><cac:PostalAddress><cac:Country><cbc:Name>a</cbc:Name><cbc:Name>b</cbc:Name></cac:Country></cac:PostalAddress></cac:Party>"));

        ShouldBeAt(issue, "cvc-complex-type.2.4.d", 7, 98);
        issue.OfficialText.ShouldBe("cvc-complex-type.2.4.d: Invalid content was found starting with element 'cbc:Name'. No child element is expected at this point.");
    }

    [Fact]
    public void After_invalid_content_the_parent_is_not_checked_further_but_the_misplaced_element_is()
    {
        var issues = Check(InvoiceWith("<cbc:ID>F-1</cbc:ID>", "<cac:TaxTotal><cac:TaxSubtotal/></cac:TaxTotal><cbc:ID>F-1</cbc:ID>"));

        issues.Select(i => (i.Id, i.Element.QualifiedName)).ShouldBe([
            ("cvc-complex-type.2.4.a", "cac:TaxTotal"),
            ("cvc-complex-type.2.4.a", "cac:TaxSubtotal"),
            ("cvc-complex-type.2.4.b", "cac:TaxSubtotal"),
        ]);
        issues[1].OfficialText.ShouldBe($"cvc-complex-type.2.4.a: Invalid content was found starting with element '{{\"{Cac}\":TaxSubtotal}}'. One of '{{\"{Cbc}\":TaxAmount}}' is expected.");
        issues[2].OfficialText.ShouldBe($"cvc-complex-type.2.4.b: The content of element 'cac:TaxSubtotal' is not complete. One of '{{\"{Cbc}\":TaxableAmount, \"{Cbc}\":TaxAmount}}' is expected.");
    }

    [Fact]
    public void Text_inside_an_aggregate_is_not_allowed()
    {
        var issue = Single(InvoiceWith("<cac:Item/>", "<cac:Item>Laptop</cac:Item>"));

        ShouldBeAt(issue, "cvc-complex-type.2.3", 10, 113);
        issue.OfficialText.ShouldBe("cvc-complex-type.2.3: Element 'cac:Item' cannot have character [children], because the type's content type is element-only.");
        issue.Message.ShouldContain("\"Laptop\"");
    }

    [Fact]
    public void An_amount_needs_its_currency()
    {
        var issue = Single(InvoiceWith("<cbc:PayableAmount currencyID=\"RON\">", "<cbc:PayableAmount>"));

        ShouldBeAt(issue, "cvc-complex-type.4", 9, 28);
        issue.OfficialText.ShouldBe("cvc-complex-type.4: Attribute 'currencyID' must appear on element 'cbc:PayableAmount'.");
        issue.Fix.ShouldContain("currencyID=\"RON\"");
    }

    [Fact]
    public void An_amount_with_a_decimal_comma_is_not_a_decimal()
    {
        var issues = Check(InvoiceWith("<cbc:PayableAmount currencyID=\"RON\">100.00<", "<cbc:PayableAmount currencyID=\"RON\">1.234,50<"));

        issues.Count.ShouldBe(2);
        ShouldBeAt(issues[0], "cvc-datatype-valid.1.2.1", 9, 28);
        issues[0].OfficialText.ShouldBe("cvc-datatype-valid.1.2.1: '1.234,50' is not a valid value for 'decimal'.");
        issues[0].Message.ShouldContain("decimal number");
        issues[1].OfficialText.ShouldBe("cvc-complex-type.2.2: Element 'cbc:PayableAmount' must have no element [children], and the value must be valid.");
    }

    [Fact]
    public void A_date_that_is_not_in_the_calendar_is_not_a_date()
    {
        var issues = Check(InvoiceWith("2026-11-20", "2026-02-30"));

        issues.Select(i => i.Id).ShouldBe(["cvc-datatype-valid.1.2.1", "cvc-complex-type.2.2"]);
        ShouldBeAt(issues[0], "cvc-datatype-valid.1.2.1", 6, 4);
        issues[0].OfficialText.ShouldBe("cvc-datatype-valid.1.2.1: '2026-02-30' is not a valid value for 'date'.");
        issues[0].MessageRo.ShouldContain("AAAA-LL-ZZ");
    }

    [Fact]
    public void An_indicator_is_true_or_false()
    {
        var issues = Check(InvoiceWith("<cbc:ID>F-1</cbc:ID>", "<cbc:ID>F-1</cbc:ID><cbc:CopyIndicator>yes</cbc:CopyIndicator>"));

        ShouldBeAt(issues[0], "cvc-datatype-valid.1.2.1", 5, 24);
        issues[0].OfficialText.ShouldBe("cvc-datatype-valid.1.2.1: 'yes' is not a valid value for 'boolean'.");
    }

    [Fact]
    public void A_value_element_cannot_hold_elements()
    {
        var issue = Single(InvoiceWith("<cbc:ID>F-1</cbc:ID>", "<cbc:ID><cbc:ID>F-1</cbc:ID></cbc:ID>"));

        ShouldBeAt(issue, "cvc-complex-type.2.2", 5, 4);
        issue.Message.ShouldContain("cannot contain child elements");
    }

    [Fact]
    public void An_attribute_the_type_does_not_declare_is_reported_at_the_attribute()
    {
        var issue = Single(InvoiceWith("<cbc:ID>F-1</cbc:ID>", "<cbc:ID schemeId=\"0088\">F-1</cbc:ID>"));

        ShouldBeAt(issue, "cvc-complex-type.3.2.2", 5, 11);
        issue.OfficialText.ShouldBe("cvc-complex-type.3.2.2: Attribute 'schemeId' is not allowed to appear in element 'cbc:ID'.");
        issue.Message.ShouldContain("schemeID");
        issue.ToFinding().XPath.ShouldBe("/ubl:Invoice[1]/cbc:ID[1]/@schemeId");
    }

    [Fact]
    public void Schema_instance_attributes_are_allowed_anywhere()
    {
        Check(InvoiceWith("<Invoice ", "<Invoice xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 UBL-Invoice-2.1.xsd\" "))
            .ShouldBeEmpty();
    }

    [Fact]
    public void No_UBL_element_is_nillable()
    {
        var issue = Single(InvoiceWith("<cac:Item/>", "<cac:Item xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>"));

        issue.Id.ShouldBe("cvc-elt.3.1");
        issue.OfficialText.ShouldBe("cvc-elt.3.1: Attribute 'http://www.w3.org/2001/XMLSchema-instance,nil' must not appear on element 'cac:Item', because the {nillable} property of 'cac:Item' is false.");
    }

    [Fact]
    public void A_language_identifier_follows_the_language_pattern()
    {
        var issues = Check(InvoiceWith("<cac:Item/>", "<cac:Item><cbc:Description languageID=\"ro_RO\">Laptop</cbc:Description></cac:Item>"));

        issues.Select(i => i.Id).ShouldBe(["cvc-pattern-valid", "cvc-attribute.3"]);
        ShouldBeAt(issues[0], "cvc-pattern-valid", 10, 139);
        issues[0].OfficialText.ShouldBe("cvc-pattern-valid: Value 'ro_RO' is not facet-valid with respect to pattern '([a-zA-Z]{1,8})(-[a-zA-Z0-9]{1,8})*' for type 'language'.");
        issues[1].OfficialText.ShouldBe("cvc-attribute.3: The value 'ro_RO' of attribute 'languageID' on element 'cbc:Description' is not valid with respect to its type, 'language'.");
    }

    [Fact]
    public void An_attachment_needs_a_mime_code_but_not_a_file_name()
    {
        const string Attachment = "  <cac:AdditionalDocumentReference><cbc:ID>A</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject{0}>JVBERi0=</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>\n  <cac:AccountingSupplierParty>";
        string With(string attributes) => InvoiceWith("  <cac:AccountingSupplierParty>", string.Format(System.Globalization.CultureInfo.InvariantCulture, Attachment, attributes));

        var issue = Single(With(" filename=\"a.pdf\""));
        ShouldBeAt(issue, "cvc-complex-type.4", 7, 71);
        issue.OfficialText.ShouldBe("cvc-complex-type.4: Attribute 'mimeCode' must appear on element 'cbc:EmbeddedDocumentBinaryObject'.");
        Check(With(" mimeCode=\"application/pdf\"")).ShouldBeEmpty();
    }

    [Fact]
    public void An_attachment_is_padded_base64()
    {
        var xml = InvoiceWith("  <cac:AccountingSupplierParty>",
            "  <cac:AdditionalDocumentReference><cbc:ID>A</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\">JVBERi0</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>\n  <cac:AccountingSupplierParty>");

        Check(xml)[0].OfficialText.ShouldBe("cvc-datatype-valid.1.2.1: 'JVBERi0' is not a valid value for 'base64Binary'.");
    }

    [Fact]
    public void Extension_content_admits_any_foreign_element_and_checks_UBL_elements_inside_it()
    {
        string Extension(string content) => InvoiceWith("  <cbc:ID>F-1</cbc:ID>",
            $"  <ext:UBLExtensions xmlns:ext=\"{Ext}\"><ext:UBLExtension><ext:ExtensionContent>{content}</ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>\n  <cbc:ID>F-1</cbc:ID>");

        Check(Extension("<my:Data xmlns:my=\"urn:example:my\"><my:Anything a=\"b\"/></my:Data>")).ShouldBeEmpty();
        Check(Extension("<my:Data xmlns:my=\"urn:example:my\"><cbc:IssueDate>tomorrow</cbc:IssueDate></my:Data>"))[0]
            .OfficialText.ShouldBe("cvc-datatype-valid.1.2.1: 'tomorrow' is not a valid value for 'date'.");
        Single(Extension("")).OfficialText.ShouldBe($"cvc-complex-type.2.4.b: The content of element 'ext:ExtensionContent' is not complete. One of '{{WC[##other:\"{Ext}\"]}}' is expected.");
    }

    [Fact]
    public void A_finding_is_fatal_and_carries_both_languages_the_fix_and_the_official_text()
    {
        var finding = new InvoiceValidator().Validate(InvoiceWith("<cbc:PayableAmount currencyID=\"RON\">", "<cbc:PayableAmount>")).Findings
            .First(f => f.Code.StartsWith("cvc-", StringComparison.Ordinal));

        finding.Code.ShouldBe("cvc-complex-type.4");
        finding.Severity.ShouldBe(Efactura.Core.Findings.Severity.Fatal);
        finding.Message.ShouldEndWith("[cvc-complex-type.4: Attribute 'currencyID' must appear on element 'cbc:PayableAmount'.]");
        finding.MessageRo.ShouldBe("cbc:PayableAmount trebuie să aibă atributul currencyID (moneda sumei).");
        finding.Fix.ShouldNotBeNullOrWhiteSpace();
        finding.XPath.ShouldBe("/ubl:Invoice[1]/cac:LegalMonetaryTotal[1]/cbc:PayableAmount[1]");
        (finding.Line, finding.Column).ShouldBe((9, 28));
    }

    [Fact]
    public void Structure_findings_come_first_and_can_be_turned_off()
    {
        new InvoiceValidatorOptions().CheckStructure.ShouldBeTrue();
        var xml = InvoiceWith("<cbc:PayableAmount currencyID=\"RON\">", "<cbc:PayableAmount>");

        new InvoiceValidator().Validate(xml).Findings[0].Code.ShouldBe("cvc-complex-type.4");
        new InvoiceValidator(new InvoiceValidatorOptions { CheckStructure = false }).Validate(xml).Findings
            .ShouldAllBe(f => !f.Code.StartsWith("cvc-", StringComparison.Ordinal));
    }
}
