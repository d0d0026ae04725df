using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using Efactura.Simulator.Rules;

namespace Efactura.Simulator.Tests.Endpoints;

public sealed class DownloadEndpointTests : SimulatorTest
{
    private const string R61 = "E: validari globale\n eroare regula: R6.1: CIF-ul vanzatorului nu figureaza in baza de date:6443019833";

    protected override SimulatorOptions Configure(SimulatorOptions options) =>
        options with { FirstUploadIndex = 3828, Limits = new SimulatorLimits { DownloadsPerMessagePerDay = 2 } };

    private async Task<(long Index, long DownloadId)> ProcessedAsync(byte[] document, string query = "standard=UBL&cif=" + Cif)
    {
        var index = await UploadAsync(document, query);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, _, state) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}");
        var marker = "id_descarcare=\"";
        var at = state.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return (index, long.Parse(state[at..state.IndexOf('"', at)], System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<(HttpResponseMessage Response, byte[] Body)> DownloadAsync(long id, string env = "test")
    {
        var response = await Http.GetAsync($"{env}/FCTEL/rest/descarcare?id={id}", Cancel);
        return (response, await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    private static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }

    [Fact]
    public async Task Zip_holds_the_invoice_as_uploaded_and_its_signature_named_by_upload_index()
    {
        var invoice = SampleDocuments.Invoice();
        var (index, id) = await ProcessedAsync(invoice);

        var (response, body) = await DownloadAsync(id);
        var entries = Entries(body);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        entries.Keys.Order().ShouldBe([$"{index}.xml", $"semnatura_{index}.xml"]);
        entries[$"{index}.xml"].ShouldBe(invoice);
    }

    [Fact]
    public async Task Test_environment_signature_is_enveloped_over_a_copy()
    {
        var (index, id) = await ProcessedAsync(SampleDocuments.Invoice());

        var signature = Encoding.UTF8.GetString(Entries((await DownloadAsync(id)).Body)[$"semnatura_{index}.xml"]);
        var document = new XmlDocument();
        document.LoadXml(signature);

        document.DocumentElement!.LocalName.ShouldBe("Invoice");
        var last = document.DocumentElement.LastChild!;
        last.LocalName.ShouldBe("Signature");
        last.NamespaceURI.ShouldBe("http://www.w3.org/2000/09/xmldsig#");
        signature.ShouldStartWith("<Invoice "); // ANAF drops the XML declaration
        // Formatted as ANAF formats it after signing (anaf-recordings/test): a line break before Signature and after
        // every start tag and child of its elements that hold elements, base64 wrapped at 76 with CR as &#13;.
        signature.ShouldContain("""
            </cac:InvoiceLine>
            <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
            <SignedInfo>
            <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
            <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
            <Reference URI="">
            <Transforms>
            <Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
            </Transforms>
            <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
            <DigestValue>
            """.ReplaceLineEndings("\n"));
        signature.ShouldContain("</SignedInfo>\n<SignatureValue>");
        signature.ShouldContain("&#13;\n");
        signature.ShouldContain("<X509SubjectName>CN=ANAF SIMULATOR");
        signature.ShouldEndWith("</KeyInfo>\n</Signature>\n</Invoice>");
    }

    [Theory]
    [InlineData("test")]
    [InlineData("prod")]
    public async Task The_signature_entry_comes_first_as_in_ANAF_zips(string environment)
    {
        var invoice = SampleDocuments.Invoice();
        var upload = await PostAsync($"{environment}/FCTEL/rest/upload?standard=UBL&cif={Cif}", invoice);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var index = upload.Body.Split("index_incarcare=\"")[1].Split('"')[0];
        var status = (await GetAsync($"{environment}/FCTEL/rest/stareMesaj?id_incarcare={index}")).Body;
        var id = long.Parse(status.Split("id_descarcare=\"")[1].Split('"')[0], System.Globalization.CultureInfo.InvariantCulture);

        using var archive = new ZipArchive(new MemoryStream((await DownloadAsync(id, environment)).Body));

        archive.Entries.Select(e => e.FullName).ShouldBe([$"semnatura_{index}.xml", $"{index}.xml"]);
    }

    [Fact]
    public async Task Production_signature_is_detached_over_the_raw_bytes()
    {
        var invoice = SampleDocuments.Invoice();
        var upload = await PostAsync($"prod/FCTEL/rest/upload?standard=UBL&cif={Cif}", invoice);
        upload.Body.ShouldContain("index_incarcare=\"3828\"");
        Clock.Advance(TimeSpan.FromMinutes(1));

        var entries = Entries((await DownloadAsync(3001000000, "prod")).Body);
        var document = new XmlDocument();
        document.LoadXml(Encoding.UTF8.GetString(entries["semnatura_3828.xml"]));

        document.DocumentElement!.LocalName.ShouldBe("Signature");
        document.GetElementsByTagName("DigestValue")[0]!.InnerText.ShouldBe(Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(invoice)));
        // ANAF's production form (anaf-recordings/prod): its prolog, inclusive C14N, RSA-SHA1, URI="" without transforms.
        var text = Encoding.UTF8.GetString(entries["semnatura_3828.xml"]);
        text.ShouldStartWith("""<?xml version="1.0" encoding="UTF-8" standalone="no"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/><Reference URI=""><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>""");
        document.GetElementsByTagName("SignatureValue")[0]!.InnerText.Split('\n').ShouldAllBe(line => line.Length <= 76);
    }

    [Fact]
    public async Task Rejected_invoice_downloads_ANAF_error_file()
    {
        await using var rejecting = await AnafSimulator.StartAsync(new SimulatorOptions
        {
            Time = Clock, ProcessingDelay = TimeSpan.Zero, FirstUploadIndex = 3828, Rules = new RejectingRules(R61),
        }, Cancel);
        rejecting.GrantRights(Serial, "47024170");
        using var http = new HttpClient { BaseAddress = rejecting.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", rejecting.IssueTokens(Serial).AccessToken);
        await PostAsync("test/FCTEL/rest/upload?standard=UBL&cif=47024170", SampleDocuments.Invoice(seller: "47024170"), client: http);

        var zip = await http.GetByteArrayAsync("test/FCTEL/rest/descarcare?id=3001000000", Cancel);

        Encoding.UTF8.GetString(Entries(zip)["3828.xml"]).ShouldBe(Xml("""
            <header xmlns="mfp:anaf:dgti:efactura:mesajEroriFactuta:v1" Index_incarcare="3828" Cif_emitent="47024170">
                <Error errorMessage="E: validari globale&#xA; eroare regula: R6.1: CIF-ul vanzatorului nu figureaza in baza de date:6443019833"/>
            </header>
            """) + "\n");
    }

    [Theory]
    [InlineData("123a", """{"eroare":"Id descarcare introdus= 123a nu este un numar intreg","titlu":"Descarcare mesaj"}""")]
    [InlineData("21", """{"eroare":"Pentru id=21 nu exista inregistrata nici o factura","titlu":"Descarcare mesaj"}""")]
    public async Task Bad_download_ids_are_HTTP_200_JSON(string id, string expected)
    {
        var (status, type, body) = await GetAsync($"test/FCTEL/rest/descarcare?id={id}");

        status.ShouldBe(200);
        type.ShouldBe("application/json");
        body.ShouldBe(expected);
    }

    [Fact]
    public async Task Missing_id_is_a_Spring_400()
    {
        var (status, _, body) = await GetAsync("test/FCTEL/rest/descarcare");

        status.ShouldBe(400);
        body.ShouldBe("""{"timestamp":"05-08-2021 11:40:00","status":400,"error":"Bad Request","message":"Parametrul id este obligatoriu"}""");
    }

    [Fact]
    public async Task Someone_elses_message_cannot_be_downloaded()
    {
        var (_, id) = await ProcessedAsync(SampleDocuments.Invoice());
        Simulator.GrantRights(Serial, "18");

        (await GetAsync($"test/FCTEL/rest/descarcare?id={id}")).Body
            .ShouldBe("""{"eroare":"Nu aveti dreptul sa descarcati acesta factura","titlu":"Descarcare mesaj"}""");
    }

    [Fact]
    public async Task Downloads_per_message_stop_at_the_daily_limit()
    {
        var (_, id) = await ProcessedAsync(SampleDocuments.Invoice());
        await DownloadAsync(id);
        await DownloadAsync(id);

        (await GetAsync($"test/FCTEL/rest/descarcare?id={id}")).Body
            .ShouldBe("""{"eroare":"S-au facut deja 2 descarcari de mesaj in cursul zilei","titlu":"Descarcare mesaj"}""");
    }

    [Fact]
    public async Task Messages_past_sixty_days_cannot_be_downloaded()
    {
        var (_, id) = await ProcessedAsync(SampleDocuments.Invoice());
        Clock.Advance(TimeSpan.FromDays(61));
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Simulator.IssueTokens(Serial).AccessToken);

        (await GetAsync($"test/FCTEL/rest/descarcare?id={id}")).Body
            .ShouldBe("""{"eroare":"Fisierul nu mai poate fi descarcat pentru ca a trecut perioada de 60 de zile in care este disponibil","titlu":"Descarcare mesaj"}""");
    }

    [Fact]
    public async Task Buyer_message_is_listed_for_both_sides_and_downloadable()
    {
        Simulator.GrantRights(Serial, Cif, "3");
        var (invoiceIndex, _) = await ProcessedAsync(SampleDocuments.Invoice(buyer: "3"));
        var (raspIndex, raspId) = await ProcessedAsync(SampleDocuments.BuyerMessage(invoiceIndex), "standard=RASP&cif=3");

        var (_, _, seller) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}&filtru=R");
        var entries = Entries((await DownloadAsync(raspId)).Body);

        seller.ShouldContain("\"tip\":\"MESAJ CUMPARATOR PRIMIT / MESAJ CUMPARATOR TRANSMIS\"");
        entries[$"{raspIndex}.xml"].ShouldBe(SampleDocuments.BuyerMessage(invoiceIndex));
    }

    [Fact]
    public async Task Buyer_message_reaches_the_supplier_under_filter_R_only_naming_the_reply_and_carrying_it()
    {
        Simulator.GrantRights(Serial, Cif, "3");
        var (invoiceIndex, _) = await ProcessedAsync(SampleDocuments.Invoice(buyer: "3"));
        var (raspIndex, raspId) = await ProcessedAsync(SampleDocuments.BuyerMessage(invoiceIndex), "standard=RASP&cif=3");

        var (_, _, replies) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}&filtru=R");
        var (_, _, sent) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}&filtru=T");
        var (_, _, received) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}&filtru=P");

        replies.ShouldContain($"\"id_solicitare\":\"{raspIndex}\"");
        replies.ShouldContain($"\"id\":\"{raspId}\"");
        replies.ShouldContain($"pentru factura cu id_incarcare={invoiceIndex}");
        sent.ShouldNotContain("MESAJ CUMPARATOR");
        received.ShouldNotContain("MESAJ CUMPARATOR");
        var zip = Entries((await DownloadAsync(raspId)).Body);
        zip.Keys.ShouldBe([$"{raspIndex}.xml", $"semnatura_{raspIndex}.xml"], ignoreOrder: true);
    }

    [Fact]
    public async Task Buyer_message_about_an_index_nobody_uploaded_is_listed_only_for_its_sender()
    {
        Simulator.GrantRights(Serial, Cif, "3");
        var (raspIndex, _) = await ProcessedAsync(SampleDocuments.BuyerMessage(999_999), "standard=RASP&cif=3");

        var (_, _, sender) = await GetAsync("test/FCTEL/rest/listaMesajeFactura?zile=1&cif=3&filtru=R");
        var (_, _, other) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}&filtru=R");

        sender.ShouldContain($"\"id_solicitare\":\"{raspIndex}\"");
        other.ShouldContain("Nu exista mesaje");
    }

    [Fact]
    public async Task Signature_validation_accepts_both_forms_and_refuses_a_changed_byte()
    {
        var invoice = SampleDocuments.Invoice();
        var (index, id) = await ProcessedAsync(invoice);
        await PostAsync($"prod/FCTEL/rest/upload?standard=UBL&cif={Cif}", invoice);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var test = Entries((await DownloadAsync(id)).Body);
        var prod = Entries((await DownloadAsync(3001000000, "prod")).Body);
        var tampered = (byte[])invoice.Clone();
        tampered[tampered.AsSpan().IndexOf(">F-1<"u8) + 1] = (byte)'G';

        (await ValidateSignatureAsync(test[$"{index}.xml"], test[$"semnatura_{index}.xml"])).ShouldStartWith("{\"msg\":\"Fișierele încărcate au fost validate cu succes");
        (await ValidateSignatureAsync(prod["3828.xml"], prod["semnatura_3828.xml"])).ShouldStartWith("{\"msg\":\"Fișierele încărcate au fost validate cu succes");
        (await ValidateSignatureAsync(tampered, test[$"semnatura_{index}.xml"])).ShouldStartWith("{\"msg\":\"Fișierele încărcate NU au putut fi validate");
        (await ValidateSignatureAsync(tampered, prod["semnatura_3828.xml"])).ShouldStartWith("{\"msg\":\"Fișierele încărcate NU au putut fi validate");
    }

    [Fact]
    public async Task Signature_validation_without_both_files_is_a_400()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(SampleDocuments.Invoice()), "file", "f.xml" } };
        using var response = await Http.PostAsync("api/validate/signature", form, Cancel);

        ((int)response.StatusCode).ShouldBe(400);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldBe(
            """{"msg":"Eroare tehnică: request incorect. Cauza: cel puțin unul din documente NU a fost încărcat sau NU este un fisier de tip XML specific facturii electronice."}""");
    }

    private async Task<string> ValidateSignatureAsync(byte[] file, byte[] signature)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "file", "f.xml" },
            { new ByteArrayContent(signature), "signature", "s.xml" },
        };
        using var response = await Http.PostAsync("api/validate/signature", form, Cancel);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private sealed class RejectingRules(string message) : IInvoiceRules
    {
        public InvoiceVerdict Check(ReadOnlyMemory<byte> document, UploadStandard standard) => InvoiceVerdict.Rejected([message]);
    }
}
