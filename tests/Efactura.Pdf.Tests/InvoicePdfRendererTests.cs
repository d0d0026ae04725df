using System.Collections.Immutable;
using Efactura.Core.Model;
using Efactura.Testing;
using Efactura.Ubl;
using UglyToad.PdfPig;

namespace Efactura.Pdf.Tests;

public class InvoicePdfRendererTests
{
    public static TheoryData<string> Examples() => new(Rendering.ExampleNames());

    [Fact]
    public void All_30_examples_are_rendered()
    {
        Rendering.ExampleNames().Count().ShouldBe(30);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_shows_number_supplier_vat_id_amount_due_vat_and_party_names(string name)
    {
        var invoice = Rendering.Example(name);

        var text = Rendering.Text(Rendering.Render(invoice));

        foreach (var field in ExpectedText.RequiredFields(invoice)) text.ShouldContain(Rendering.Words(field), Case.Sensitive, $"{name}: {field}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Nothing_is_drawn_outside_the_page_margins(string name)
    {
        var pdf = Rendering.Render(Rendering.Example(name));

        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters)
            {
                letter.BoundingBox.Left.ShouldBeGreaterThanOrEqualTo(30, $"{name} p{page.Number} '{letter.Value}'");
                letter.BoundingBox.Right.ShouldBeLessThanOrEqualTo(page.Width - 30, $"{name} p{page.Number} '{letter.Value}'");
                letter.BoundingBox.Bottom.ShouldBeGreaterThanOrEqualTo(10, $"{name} p{page.Number} '{letter.Value}'");
                letter.BoundingBox.Top.ShouldBeLessThanOrEqualTo(page.Height - 30, $"{name} p{page.Number} '{letter.Value}'");
            }
        }
    }

    [Fact]
    public void The_typical_invoice_is_one_A4_page()
    {
        var pdf = Rendering.Render(Rendering.Example("01-b2b-ron-21"));

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
        var page = document.GetPage(1);
        page.Width.ShouldBe(595, tolerance: 1);
        page.Height.ShouldBe(842, tolerance: 1);
        page.Text.ShouldContain("Pagina 1 din 1");
    }

    [Fact]
    public void The_1000_line_invoice_runs_over_pages_with_the_table_header_repeated_and_its_last_line_on_the_last_page()
    {
        var invoice = Rendering.Example("21-wholesale-1000-lines");
        invoice.Lines.Length.ShouldBe(1000);
        var pages = Rendering.PageTexts(Rendering.Render(invoice));

        pages.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].ShouldContain($"Pagina {i + 1} din {pages.Count}");
            if (pages[i].Contains(Rendering.Words(invoice.Lines[^1].Item.Name), StringComparison.Ordinal)) continue;
            pages[i].ShouldContain("Denumirea produselor sau a serviciilor");
        }
        pages[0].ShouldContain(Rendering.Words(invoice.Lines[0].Item.Name));
        var last = Rendering.Words(invoice.Lines[^1].Item.Name);
        pages.ToList().FindLastIndex(p => p.Contains(last, StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        pages[^1].ShouldContain("TOTAL DE PLATĂ");
        pages[^1].ShouldContain(ExpectedText.RomanianAmount(invoice.Totals.PayableAmount));
    }

    [Fact]
    public void Romanian_diacritics_survive_extraction_in_names_items_and_labels()
    {
        var example = Rendering.Example("01-b2b-ron-21");
        var invoice = example with
        {
            Seller = example.Seller with { Name = "Țesătoria Școlii Âlba-Îalomița SRL" },
            Buyer = example.Buyer with { Name = "ȘTEFAN ȚUȚUIANU ĂÂÎ șțăâî" },
            Lines = [example.Lines[0] with { Item = example.Lines[0].Item with { Name = "Mașină de cusut, șnur și țeavă în pungă" } }],
        };

        var text = Rendering.Text(Rendering.Render(invoice));

        text.ShouldContain("Țesătoria Școlii Âlba-Îalomița SRL");
        text.ShouldContain("ȘTEFAN ȚUȚUIANU ĂÂÎ șțăâî");
        text.ShouldContain("Mașină de cusut, șnur și țeavă în pungă");
        text.ShouldContain("CUMPĂRĂTOR");
        text.ShouldContain("Data scadenței");
        text.ShouldNotContain("ş");  // s with cedilla: the comma-below letters must not be swapped for it
        text.ShouldNotContain("ţ");
    }

    [Fact]
    public void Long_names_and_addresses_wrap_instead_of_overflowing()
    {
        var example = Rendering.Example("01-b2b-ron-21");
        var longName = string.Join(" ", Enumerable.Repeat("Societatea Comercială de Construcții și Instalații Industriale", 4)) + " SRL";
        var longWord = new string('Q', 140);
        var invoice = example with
        {
            Buyer = example.Buyer with { Name = longName, Address = example.Buyer.Address with { Line1 = "Strada " + longWord } },
            Lines = [example.Lines[0] with { Item = example.Lines[0].Item with { Name = longName + " " + longWord } }],
        };

        var pdf = Rendering.Render(invoice);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        page.Letters.ShouldAllBe(l => l.BoundingBox.Right <= page.Width - 30);
        Rendering.Text(pdf).ShouldContain(longName);
        string.Concat(page.Letters.Select(l => l.Value)).Count(c => c == 'Q').ShouldBe(2 * longWord.Length);
    }

    [Fact]
    public void The_UBL_xml_is_attached_and_comes_back_out_byte_for_byte()
    {
        var input = Rendering.Input(Rendering.Example("02-mixed-rates-21-11-0"));

        var pdf = new InvoicePdfRenderer().Render(input, TestContext.Current.CancellationToken);

        using var document = PdfDocument.Open(pdf);
        document.Advanced.TryGetEmbeddedFiles(out var files).ShouldBeTrue();
        var file = files.ShouldHaveSingleItem();
        file.Name.ShouldBe(input.Invoice.Number + ".xml");
        file.Bytes.ToArray().ShouldBe(input.Xml.ToArray());
        new UblReader().Read(new MemoryStream(file.Bytes.ToArray())).Number.ShouldBe(input.Invoice.Number);
    }

    [Fact]
    public void The_pdf_declares_PDF_A_3b_with_an_sRGB_output_intent_and_the_xml_as_an_associated_file()
    {
        var pdf = Rendering.Render(Rendering.Example("01-b2b-ron-21"));

        using var document = PdfDocument.Open(pdf);
        document.TryGetXmpMetadata(out var xmp).ShouldBeTrue();
        var xml = xmp.GetXDocument().ToString();
        xml.ShouldContain("<pdfaid:part>3</pdfaid:part>");
        xml.ShouldContain("<pdfaid:conformance>B</pdfaid:conformance>");
        xml.ShouldContain($"<pdf:Producer>{document.Information.Producer}</pdf:Producer>");
        xml.ShouldContain($"<dc:title>");
        document.Information.Title.ShouldBe("FACTURĂ ALF-2026-0001");
        document.Information.CreationDate.ShouldBe("D:20261120093000+00'00'");
        xml.ShouldContain("<xmp:CreateDate>2026-11-20T09:30:00+00:00</xmp:CreateDate>");
        document.Version.ShouldBe(1.7, tolerance: 0.001);
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        raw.ShouldContain("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB IEC61966-2.1)");
        raw.ShouldContain("/AFRelationship/Alternative");
        raw.ShouldContain("/Subtype/text#2Fxml");
        raw.ShouldContain("/AF[");
    }

    [Fact]
    public void English_on_request_with_english_labels_dates_and_numbers()
    {
        var invoice = Rendering.Example("08-eur-with-ron-vat");

        var text = Rendering.Text(Rendering.Render(invoice, PdfLanguage.English));

        text.ShouldContain("INVOICE");
        text.ShouldContain("Issue date: 2026-11-19");
        text.ShouldContain("AMOUNT DUE");
        text.ShouldContain("Page 1 of 1");
        text.ShouldContain(invoice.Totals.PayableAmount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture));
        text.ShouldNotContain("FURNIZOR");
    }

    [Fact]
    public void An_invoice_in_euro_shows_the_exchange_rate_and_the_vat_in_lei()
    {
        var invoice = Rendering.Example("08-eur-with-ron-vat");

        var text = Rendering.Text(Rendering.Render(invoice));

        invoice.TaxCurrencyCode.ShouldBe("RON");
        text.ShouldContain("Curs de schimb: 1 EUR = 5,0873 RON");
        text.ShouldContain($"Total TVA în lei {ExpectedText.RomanianAmount(invoice.Totals.VatTotalInTaxCurrency!.Value)} RON");
        text.ShouldContain("TVA în lei (RON)");
    }

    [Fact]
    public void Reverse_charge_carries_the_mention_taxare_inversa()
    {
        Rendering.Text(Rendering.Render(Rendering.Example("04-reverse-charge-cereals")))
            .ShouldContain("Taxare inversă (art. 331 din Codul fiscal)");
    }

    [Fact]
    public void A_self_billed_invoice_is_titled_and_marked_autofactura()
    {
        var text = Rendering.Text(Rendering.Render(Rendering.Example("11-self-billed")));

        text.ShouldContain("AUTOFACTURĂ");
        text.ShouldContain("Autofactură (mențiune cerută de art. 319 alin. (20) din Codul fiscal)");
    }

    [Fact]
    public void An_exempt_invoice_states_the_legal_basis_of_the_exemption()
    {
        var invoice = Rendering.Example("03-exempt-medical");
        var row = invoice.VatBreakdown.ShouldHaveSingleItem();

        var text = Rendering.Text(Rendering.Render(invoice));

        text.ShouldContain("Scutit de TVA");
        text.ShouldContain(Rendering.Words(row.ExemptionReason!));
        text.ShouldContain(row.ExemptionReasonCode!);
    }

    [Fact]
    public void A_credit_note_names_the_invoice_it_corrects()
    {
        var invoice = Rendering.Example("09-credit-note");
        var preceding = invoice.PrecedingInvoices.ShouldHaveSingleItem();

        var text = Rendering.Text(Rendering.Render(invoice));

        text.ShouldContain("NOTĂ DE CREDIT");
        text.ShouldContain($"Factura de referință: {preceding.Number}");
    }

    [Fact]
    public void A_consumer_identified_by_13_zeros_shows_an_empty_CNP()
    {
        var invoice = Rendering.Example("13-b2c-anonymous-13-zeros");
        invoice.Buyer.LegalRegistrationId!.Value.ShouldBe("0000000000000");

        var text = Rendering.Text(Rendering.Render(invoice));

        text.ShouldContain("CNP:");
        text.ShouldNotContain("0000000000000");
    }

    [Fact]
    public void A_consumer_with_a_CNP_shows_it()
    {
        var invoice = Rendering.Example("12-b2c-with-cnp");

        Rendering.Text(Rendering.Render(invoice)).ShouldContain($"CNP: {invoice.Buyer.LegalRegistrationId!.Value}");
    }

    [Fact]
    public void The_fiscal_representative_is_shown_with_its_vat_id()
    {
        var invoice = Rendering.Example("28-tax-representative");
        var representative = invoice.SellerTaxRepresentative.ShouldNotBeNull();

        var text = Rendering.Text(Rendering.Render(invoice));

        text.ShouldContain("REPREZENTANT FISCAL");
        text.ShouldContain(Rendering.Words(representative.Name));
        text.ShouldContain(representative.VatIdentifier);
    }

    [Fact]
    public void Prepaid_amounts_are_deducted_before_the_amount_due()
    {
        var invoice = Rendering.Example("17-prepaid-advance");

        var text = Rendering.Text(Rendering.Render(invoice));

        text.ShouldContain($"Plătit în avans -{ExpectedText.RomanianAmount(invoice.Totals.PrepaidAmount!.Value)} RON");
        text.ShouldContain($"TOTAL DE PLATĂ {ExpectedText.RomanianAmount(invoice.Totals.PayableAmount)} RON");
    }

    [Fact]
    public void Payment_means_iban_and_terms_are_printed()
    {
        var invoice = Rendering.Example("01-b2b-ron-21");
        var transfer = invoice.PaymentInstructions.Select(p => p.CreditTransfer).First(t => t is not null)!;

        var text = Rendering.Text(Rendering.Render(invoice));

        text.ShouldContain($"IBAN: {transfer.AccountId}");
        text.ShouldContain("transfer bancar (30)");
        text.ShouldContain(Rendering.Words(invoice.PaymentTerms!));
    }

    [Fact]
    public void Units_are_written_in_words_with_their_code()
    {
        var text = Rendering.Text(Rendering.Render(Rendering.Example("01-b2b-ron-21")));

        text.ShouldContain("bucată (H87)");
        text.ShouldContain("tonă (TNE)");
    }

    [Fact]
    public void Notes_are_printed_in_full()
    {
        var invoice = Rendering.Example("19-several-notes");

        var text = Rendering.Text(Rendering.Render(invoice));

        foreach (var note in invoice.Notes) text.ShouldContain(Rendering.Words(note.Text));
    }

    [Fact]
    public void Cancellation_is_honoured_between_lines()
    {
        using var cancelled = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() =>
            new InvoicePdfRenderer().Render(Rendering.Input(Rendering.Example("21-wholesale-1000-lines")), cancelled.Token));
    }

    [Fact]
    public void Every_xsd_valid_corpus_invoice_renders_with_its_required_fields()
    {
        var reader = new UblReader();
        var failures = new List<string>();
        var files = CorpusFiles.XsdValid();
        files.Count.ShouldBeGreaterThanOrEqualTo(50);
        foreach (var file in files)
        {
            var xml = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, file));
            var invoice = reader.Read(new MemoryStream(xml));
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
            var text = Rendering.Text(new InvoicePdfRenderer().Render(new InvoicePdfInput { Invoice = invoice, Xml = xml, CreatedAt = Rendering.CreatedAt }, TestContext.Current.CancellationToken));
            failures.AddRange(ExpectedText.RequiredFields(invoice).Where(f => !text.Contains(Rendering.Words(f), StringComparison.Ordinal)).Select(f => $"{file}: {f}"));
        }

        failures.ShouldBeEmpty();
    }
}
