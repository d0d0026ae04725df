using Efactura.Validation.Structure;
using Efactura.Validation.Xml;

namespace Efactura.Validation.Tests.Structure;

/// <summary>
/// The smallest schema-valid Invoice and CreditNote (only the elements UBL 2.1 requires), one element per line so
/// that a test can name the line and column of what it breaks. Every variant used by the tests was checked with
/// the JDK's validator, whose wording the expected texts copy.
/// </summary>
internal static class MinimalDocument
{
    public const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public const string Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public const string Ext = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";

    public const string Invoice = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:ID>F-1</cbc:ID>
          <cbc:IssueDate>2026-11-20</cbc:IssueDate>
          <cac:AccountingSupplierParty><cac:Party/></cac:AccountingSupplierParty>
          <cac:AccountingCustomerParty><cac:Party/></cac:AccountingCustomerParty>
          <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="RON">100.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
          <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID="RON">100.00</cbc:LineExtensionAmount><cac:Item/></cac:InvoiceLine>
        </Invoice>
        """;

    public const string CreditNote = """
        <?xml version="1.0" encoding="UTF-8"?>
        <CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:ID>C-1</cbc:ID>
          <cbc:IssueDate>2026-11-20</cbc:IssueDate>
          <cac:AccountingSupplierParty><cac:Party/></cac:AccountingSupplierParty>
          <cac:AccountingCustomerParty><cac:Party/></cac:AccountingCustomerParty>
          <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="RON">100.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
          <cac:CreditNoteLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID="RON">100.00</cbc:LineExtensionAmount><cac:Item/></cac:CreditNoteLine>
        </CreditNote>
        """;

    /// <summary>The minimal invoice with one piece of text replaced (which must occur in it).</summary>
    public static string InvoiceWith(string original, string replacement) => Replace(Invoice, original, replacement);

    public static string Replace(string document, string original, string replacement)
    {
        var at = document.IndexOf(original, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{original}' is not in the document", nameof(original));
        return document[..at] + replacement + document[(at + original.Length)..];
    }

    public static IReadOnlyList<StructureIssue> Check(string xml) =>
        StructureChecker.Check(DocumentParser.Parse(xml, long.MaxValue));
}
