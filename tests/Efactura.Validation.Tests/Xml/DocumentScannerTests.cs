using System.Text;
using System.Xml;
using Efactura.Testing;
using Efactura.Validation.Tests.Mutations;
using Efactura.Validation.Xml;

namespace Efactura.Validation.Tests.Xml;

/// <summary>
/// The scanner reads every document as <see cref="XmlReader"/> reads it (<see cref="ReferenceParser"/>): the same
/// elements, names, namespaces, text, attributes and positions, and refuses what it refuses, at the same line and
/// column.
/// </summary>
public sealed class DocumentScannerTests
{
    private const long Unlimited = 100L * 1024 * 1024;
    private const string Ubl = "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"";

    [Fact]
    public void Every_corpus_document_and_example_reads_as_XmlReader_reads_it()
    {
        var files = Directory.EnumerateFiles(TestPaths.Corpus, "*.xml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(TestPaths.Examples, "expected"), "*.xml"))
            .ToList();
        files.Count.ShouldBeGreaterThan(680);
        // One builder reads them all, one after another, as a validator reuses its builders.
        var builder = new DocumentBuilder();
        var problems = files.Select(file => Difference(File.ReadAllBytes(file), builder) is { } difference ? $"{file}: {difference}" : null).OfType<string>().ToList();
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public void Every_mutation_reads_as_XmlReader_reads_it()
    {
        var mutations = MutationGenerator.Generate(TestPaths.Examples);
        mutations.Count.ShouldBeGreaterThan(700);
        var builder = new DocumentBuilder();
        var problems = mutations.Select(m => Difference(m.Xml, builder) is { } difference ? $"{m.Id}: {difference}" : null).OfType<string>().ToList();
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Theory]
    [InlineData($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!-- a comment -->\r\n<Invoice {Ubl}>\r\n  <cbc:Note>line one\r\nline two\rthree</cbc:Note>\r\n</Invoice>\r\n<!-- after -->")]
    [InlineData($"<Invoice {Ubl}><cbc:Note>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x219;&#537;&#x1F600;</cbc:Note></Invoice>")]
    [InlineData($"<Invoice {Ubl}><cbc:Note><![CDATA[<raw> & ]] text\r\n]]>after<?pi data?>tail<!--c-->end</cbc:Note></Invoice>")]
    [InlineData($"<Invoice {Ubl}><cbc:Note>   </cbc:Note><cbc:ID>  x  </cbc:ID><cbc:Empty/><cbc:Blank></cbc:Blank></Invoice>")]
    [InlineData($"<Invoice {Ubl}>\n  text before <cbc:ID>1</cbc:ID>\n  and after\n</Invoice>")]
    [InlineData($"<Invoice {Ubl}>\n  <!-- c -->  <cbc:ID>1</cbc:ID> <!-- d --> \n</Invoice>")]
    [InlineData($"<Invoice {Ubl}><cbc:Amount currencyID='RON'\n\tunitCode=\"a&#10;b\tc\r\nd\" xml:lang=\"ro\">1</cbc:Amount></Invoice>")]
    [InlineData("<p:Invoice xmlns:p=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" xmlns:q=\"urn:other\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"a b\"><q:Ext q:attr=\"1\"><Inner xmlns=\"urn:third\"/></q:Ext><r:X xmlns:r=\"urn:other\"/></p:Invoice>")]
    [InlineData("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><Note xmlns=\"\">no namespace</Note><Mărime ăî=\"â\">ț</Mărime></Invoice>")]
    [InlineData($"<Invoice {Ubl}><cbc:Note>\U0001F600 ț</cbc:Note><cbc:ID a=\"\U0001D11E\" b=\"ă\">1</cbc:ID>\r<cbc:X>ș</cbc:X>\r\n\U0001F600<cbc:Y c=\"1\"/></Invoice>")]
    [InlineData("\uFEFF<?xml version='1.0' standalone='yes'?><Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"  >x</Invoice  >\n")]
    public void Well_formed_documents_read_as_XmlReader_reads_them(string xml) =>
        Difference(Encoding.UTF8.GetBytes(xml)).ShouldBeNull();

    [Theory]
    [InlineData("<Invoice>\n  <a></b>\n</Invoice>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><Invoice>&e;</Invoice>")]
    [InlineData("<Invoice>&e;</Invoice>")]
    [InlineData("<Invoice>&#0;</Invoice>")]
    [InlineData("<Invoice>&#xD800;</Invoice>")]
    [InlineData("<Invoice>\n  <a>")]
    [InlineData("<Invoice>\n  <a x=\"1\" x=\"2\"/></Invoice>")]
    [InlineData("<Invoice xmlns:p=\"urn:a\" xmlns:q=\"urn:a\">\n  <a p:x=\"1\" q:x=\"2\"/></Invoice>")]
    [InlineData("<Invoice>\n  <p:a/></Invoice>")]
    [InlineData("<Invoice>\n  <a p:x=\"1\"/></Invoice>")]
    [InlineData("<Invoice>\n  <a x=\"<\"/></Invoice>")]
    [InlineData("<Invoice>\n  <a x=1/></Invoice>")]
    [InlineData("<Invoice>\n  <a x=\"1\"y=\"2\"/></Invoice>")]
    [InlineData("<Invoice>\n  text ]]> here</Invoice>")]
    [InlineData("<Invoice>\n  <!-- a -- b --></Invoice>")]
    [InlineData("<Invoice></Invoice>\n<Second/>")]
    [InlineData("<Invoice></Invoice>\ntrailing")]
    [InlineData("leading<Invoice></Invoice>")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" <?xml version=\"1.0\"?><Invoice/>")]
    [InlineData("<?xml version=\"1.1\"?><Invoice/>")]
    [InlineData("<Invoice>\n  <1a/></Invoice>")]
    [InlineData("<Invoice>\n  <a:b:c/></Invoice>")]
    [InlineData("<Invoice>\n  <a>\u0001</a></Invoice>")]
    [InlineData("<Invoice xmlns:p=\"\"/>")]
    [InlineData("<Invoice>\n  <?xml version=\"1.0\"?></Invoice>")]
    [InlineData("<Invoice>\n  <a>&amp</a></Invoice>")]
    [InlineData("\uFEFF<Invoice>\r\n  <ă x=\"ș\U0001F600\">ț\U0001F600\r<b>\u0001</b></ă></Invoice>")]
    [InlineData("\uFEFF<Invoice>\r\n  <ă>ș\U0001F600 țară</b></Invoice>")]
    public void Malformed_documents_are_refused_where_XmlReader_refuses_them(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        var expected = Should.Throw<XmlException>(() => ReferenceParser.Parse(new MemoryStream(bytes), Unlimited));
        var actual = Should.Throw<XmlException>(() => DocumentParser.Parse(bytes, Unlimited));
        (actual.LineNumber, actual.LinePosition).ShouldBe((expected.LineNumber, expected.LinePosition), $"XmlReader: {expected.Message}{Environment.NewLine}scanner: {actual.Message}");
    }

    [Fact]
    public void Invalid_UTF8_is_refused()
    {
        byte[] bytes = [.. "<Invoice>\n  <a>"u8, 0xC3, 0x28, .. "</a></Invoice>"u8];

        var error = Should.Throw<XmlException>(() => DocumentParser.Parse(bytes, Unlimited));

        error.LineNumber.ShouldBe(2);
        error.ShouldNotBeOfType<DocumentLimitException>();
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_as_a_limit()
    {
        var depth = DocumentScanner.MaxDepth + 1;
        var xml = string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));

        Should.Throw<DocumentLimitException>(() => DocumentParser.Parse(xml, Unlimited));
        DocumentParser.Parse(xml[3..^4], Unlimited).All.Length.ShouldBe(DocumentScanner.MaxDepth);
    }

    [Fact]
    public void More_attributes_than_the_limit_in_one_start_tag_are_refused_as_a_limit()
    {
        string Tag(int count) => $"<Invoice>\n  <a {string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}=\"{i}\""))}/></Invoice>";

        var error = Should.Throw<DocumentLimitException>(() => DocumentParser.Parse(Tag(DocumentScanner.MaxAttributes + 1), Unlimited));
        error.LineNumber.ShouldBe(2);
        DocumentParser.Parse(Tag(DocumentScanner.MaxAttributes), Unlimited).Root.Children[0].Attributes.Length.ShouldBe(DocumentScanner.MaxAttributes);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(60, 0)]
    [InlineData(60, 59)]
    [InlineData(60, 31)]
    public void A_repeated_attribute_among_many_is_refused_where_XmlReader_refuses_it(int count, int repeated)
    {
        var attributes = Enumerable.Range(0, count).Select(i => $"a{i}=\"{i}\"").Append($"a{repeated}=\"again\"");
        // The same expanded name under another prefix bound to the same namespace.
        var half = count / 2;
        var prefixed = Enumerable.Range(0, half).Select(i => $"xmlns:p{i}=\"urn:u{i}\" p{i}:x=\"{i}\"").Append($"xmlns:q=\"urn:u{repeated / 2}\" q:x=\"again\"");

        Difference(Encoding.UTF8.GetBytes($"<Invoice>\n  <a {string.Join(' ', attributes)}/></Invoice>")).ShouldBeNull();
        Difference(Encoding.UTF8.GetBytes($"<Invoice>\n  <a {string.Join(' ', prefixed)}/></Invoice>")).ShouldBeNull();
    }

    [Fact]
    public void Many_namespace_declarations_in_scope_resolve_as_XmlReader_resolves_them()
    {
        var declarations = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"xmlns:p{i % 20}=\"urn:level{{0}}:{i % 20}\"").Distinct());
        var xml = new StringBuilder();
        for (var depth = 0; depth < 12; depth++) xml.Append($"<p{depth % 20}:e{depth} {string.Format(System.Globalization.CultureInfo.InvariantCulture, declarations, depth)} xmlns=\"urn:default{depth}\">");
        xml.Append("<p3:leaf p7:x=\"1\" y=\"2\"/><plain/>");
        for (var depth = 11; depth >= 6; depth--) xml.Append($"</p{depth % 20}:e{depth}>");
        xml.Append("<p1:after/><unprefixed/>");
        for (var depth = 5; depth >= 0; depth--) xml.Append($"</p{depth % 20}:e{depth}>");

        Difference(Encoding.UTF8.GetBytes(xml.ToString())).ShouldBeNull();
    }

    [Fact]
    public void Text_split_into_many_pieces_by_comments_and_sections_reads_whole()
    {
        var pieces = Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? $"t{i}<!--c-->" : i % 3 == 1 ? $"<![CDATA[c{i}]]>" : $"&amp;{i}<?pi x?>");
        var xml = $"<Invoice {Ubl}><cbc:Note>{string.Concat(pieces)}</cbc:Note></Invoice>";

        Difference(Encoding.UTF8.GetBytes(xml)).ShouldBeNull();
        DocumentParser.Parse(xml, Unlimited).Root.Children[0].Value.ShouldStartWith("t0c1&2t3");
    }

    [Fact]
    public void A_document_over_the_character_limit_is_refused_as_a_limit_from_any_input()
    {
        var xml = $"<Invoice {Ubl}><cbc:Note>{new string('ș', 600)}</cbc:Note></Invoice>";
        var bytes = Encoding.UTF8.GetBytes(xml);

        Should.Throw<DocumentLimitException>(() => DocumentParser.Parse(xml, xml.Length - 1));
        Should.Throw<DocumentLimitException>(() => DocumentParser.Parse(bytes, xml.Length - 1));
        Should.Throw<DocumentLimitException>(() => DocumentParser.Parse(new MemoryStream(bytes), xml.Length - 1));
        DocumentParser.Parse(bytes, xml.Length).Root.Children.ShouldHaveSingleItem().Value.Length.ShouldBe(600);
    }

    [Fact]
    public void A_document_in_another_declared_encoding_is_read_in_it()
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Invoice {Ubl}><cbc:Note>caf\u00e9</cbc:Note></Invoice>";

        DocumentParser.Parse(Encoding.Latin1.GetBytes(xml), Unlimited).Root.Children[0].Value.ShouldBe("caf\u00e9");
        DocumentParser.Parse(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml.Replace("ISO-8859-1", "UTF-16", StringComparison.Ordinal))).ToArray(), Unlimited)
            .Root.Children[0].Value.ShouldBe("caf\u00e9");
    }

    [Fact]
    public void A_reused_builder_leaves_the_documents_it_read_before_as_they_were()
    {
        var first = ExampleXml("01-b2b-ron-21");
        var second = ExampleXml("09-credit-note");
        var builder = new DocumentBuilder();
        var document = DocumentParser.Parse(first, Unlimited, builder);
        var before = Describe(document);

        DocumentParser.Parse(second, Unlimited, builder);
        Should.Throw<XmlException>(() => DocumentParser.Parse(Encoding.UTF8.GetBytes($"<Invoice {Ubl}><cbc:ID>1</cbc:Note>"), Unlimited, builder));
        var again = DocumentParser.Parse(second, Unlimited, builder);

        Describe(document).ShouldBe(before);
        Describe(again).ShouldBe(Describe(DocumentParser.Parse(second, Unlimited)));
    }

    [Fact]
    public void A_builder_reads_the_next_document_into_the_table_it_was_given_back_as_into_a_new_one()
    {
        var large = ExampleXml("01-b2b-ron-21");
        var small = ExampleXml("09-credit-note");
        var builder = new DocumentBuilder();
        var first = DocumentParser.Parse(large, Unlimited, builder);
        builder.Recycle(first);

        var second = DocumentParser.Parse(small, Unlimited, builder);

        second.Table.ShouldBeSameAs(first.Table);
        Describe(second).ShouldBe(Describe(DocumentParser.Parse(small, Unlimited)));
        builder.Recycle(second);
        Describe(DocumentParser.Parse(large, Unlimited, builder)).ShouldBe(Describe(DocumentParser.Parse(large, Unlimited)));
    }

    private static byte[] ExampleXml(string name) => File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", name + ".xml"));

    /// <summary>The first difference between the two readings of the bytes (as a stream for XmlReader), or null.</summary>
    /// <remarks>
    /// Without <paramref name="samePosition"/>, two refusals agree wherever they are: the scanner checks the encoding
    /// and the characters of the whole input before reading it, XmlReader when it reaches them.
    /// </remarks>
    internal static string? Difference(byte[] xml, DocumentBuilder? builder = null, bool samePosition = true)
    {
        var (expected, expectedError) = Read(() => ReferenceParser.Parse(new MemoryStream(xml), Unlimited));
        var (actual, actualError) = Read(() => DocumentParser.Parse(xml, Unlimited, builder));
        if (expectedError is not null || actualError is not null)
        {
            return expectedError is not null && actualError is not null
                && (!samePosition || (expectedError.LineNumber, expectedError.LinePosition) == (actualError.LineNumber, actualError.LinePosition))
                ? null
                : $"XmlReader: {expectedError?.Message ?? "reads it"}; scanner: {actualError?.Message ?? "reads it"}";
        }
        var (left, right) = (Describe(expected!), Describe(actual!));
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var (l, r) = (i < left.Count ? left[i] : "(none)", i < right.Count ? right[i] : "(none)");
            if (l != r) return $"XmlReader {l} | scanner {r}";
        }
        return null;
    }

    private static (UblDocument? Document, XmlException? Error) Read(Func<UblDocument> parse)
    {
        try
        {
            return (parse(), null);
        }
        catch (XmlException e)
        {
            return (null, e);
        }
    }

    private static List<string> Describe(UblDocument document)
    {
        var lines = new List<string> { $"root {document.Root.Order}, {document.All.Length} elements" };
        foreach (var e in document.All)
        {
            lines.Add($"{e.Order} {e.Name} {e.QualifiedName} {{{e.NamespaceUri}}} @{e.Line}:{e.Column} parent {e.Parent?.Order} children {e.Children.Count} text {e.HasText} [{Escape(e.DirectText)}]");
            lines.AddRange(e.Attributes.Select(a => $"  @{a.LocalName} {a.Ns} {a.QualifiedName} {{{a.NamespaceUri}}} @{a.Line}:{a.Column} [{Escape(a.Value)}] count {document.AttributeCount(a.LocalName)}"));
        }
        lines.AddRange(document.ElementsByName.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => $"{p.Key}: {string.Join(',', document.Elements(p.Value).Select(e => e.Order))}"));
        return lines;
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
