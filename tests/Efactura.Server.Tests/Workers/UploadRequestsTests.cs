using Efactura.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Workers;
using Efactura.Ubl;

namespace Efactura.Server.Tests.Workers;

public class UploadRequestsTests
{
    [Theory]
    [InlineData("01-b2b-ron-21", "18547290", UploadStandard.UBL, false, false, false)]
    [InlineData("09-credit-note", null, UploadStandard.CN, false, false, false)]
    [InlineData("12-b2c-with-cnp", null, UploadStandard.UBL, true, false, false)]
    [InlineData("13-b2c-anonymous-13-zeros", null, UploadStandard.UBL, true, false, false)]
    [InlineData("05-intra-eu-supply", null, UploadStandard.UBL, false, true, false)]
    [InlineData("11-self-billed", "33445560", UploadStandard.UBL, false, false, true)]
    public void The_upload_call_follows_the_invoice(string example, string? companyCui, UploadStandard standard, bool b2c, bool external, bool selfBilled)
    {
        var xml = OutgoingHarness.ExampleXml(example);
        var invoice = new UblReader().Read(new MemoryStream(xml));
        var cui = companyCui ?? Efactura.Core.CodeLists.Cui.Normalize(invoice.Seller.VatIdentifier!);
        var company = new Company(Guid.NewGuid(), Guid.NewGuid(), cui, "Co", new CompanySettings(AnafEnvironment.Simulator), null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var request = UploadRequests.For(xml, invoice, company);

        request.Document.ShouldBeSameAs(xml);
        request.Cif.ShouldBe(cui);
        request.Standard.ShouldBe(standard);
        request.BusinessToConsumer.ShouldBe(b2c);
        request.External.ShouldBe(external);
        request.SelfBilled.ShouldBe(selfBilled);
    }

    [Theory]
    [InlineData("380")]
    [InlineData("381")]
    public void A_CII_document_is_uploaded_as_CII_whether_invoice_or_credit_note(string typeCode)
    {
        var xml = System.Text.Encoding.UTF8.GetBytes(Efactura.Testing.CiiSamples.RomanianInvoice()
            .Replace("<ram:TypeCode>380</ram:TypeCode>", $"<ram:TypeCode>{typeCode}</ram:TypeCode>", StringComparison.Ordinal));
        var invoice = new InvoiceXmlReader().Read(new MemoryStream(xml));
        var company = new Company(Guid.NewGuid(), Guid.NewGuid(), "18547290", "Co", new CompanySettings(AnafEnvironment.Simulator), null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var request = UploadRequests.For(xml, invoice, company);

        invoice.TypeCode.IsCreditNote.ShouldBe(typeCode == "381");
        (request.Standard, request.Cif, request.BusinessToConsumer, request.External, request.SelfBilled).ShouldBe((UploadStandard.CII, "18547290", false, false, false));
        request.Document.ShouldBeSameAs(xml);
    }
}
