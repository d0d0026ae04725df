using System.Text;
using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Tests;

namespace Efactura.Anaf.Tests;

public sealed class BuyerMessageTests : ClientTest
{
    private const string BuyerCif = "7000000000";

    protected override SimulatorOptions ConfigureSimulator(SimulatorOptions options) => options with { ProcessingDelay = TimeSpan.Zero };

    [Fact]
    public void The_XML_is_the_shape_of_ANAFs_RASP_example()
    {
        var xml = new BuyerMessage(191823, "mesaj de test, standard RASP").ToXml();

        Encoding.UTF8.GetString(xml).ShouldBe(Encoding.UTF8.GetString(SampleDocuments.BuyerMessage(191823)));
    }

    [Fact]
    public void ANAFs_example_reads_back_as_a_buyer_message()
    {
        BuyerMessage.TryRead(SampleDocuments.BuyerMessage(191823)).ShouldBe(new BuyerMessage(191823, "mesaj de test, standard RASP"));
        BuyerMessage.TryRead(SampleDocuments.Invoice()).ShouldBeNull();
        BuyerMessage.TryRead("<header xmlns=\"mfp:anaf:dgti:spv:reqMesaj:v1\""u8.ToArray()).ShouldBeNull();
    }

    [Fact]
    public void Markup_in_the_text_is_escaped_and_survives_the_round_trip()
    {
        var message = new BuyerMessage(5, "Cantitatea \"10\" <nu> & 'alta'\nlinia 2\tsfarsit\r");

        BuyerMessage.TryRead(message.ToXml()).ShouldBe(message);
    }

    [Theory]
    [InlineData(0, "text", "positive")]
    [InlineData(5, "  ", "empty")]
    [InlineData(5, "a\u0001b", "control character")]
    public void A_message_ANAF_could_not_take_is_refused_before_sending(long index, string text, string reason)
    {
        new BuyerMessage(index, text).Problem().ShouldNotBeNull().ShouldContain(reason);
        Should.Throw<InvalidOperationException>(() => new BuyerMessage(index, text).ToXml());
    }

    [Fact]
    public void A_broken_surrogate_pair_is_refused_rather_than_replaced()
    {
        new BuyerMessage(5, "a" + (char)0xD800 + "b").Problem().ShouldNotBeNull().ShouldContain("surrogate");
        new BuyerMessage(5, "emoji \U0001F600").Problem().ShouldBeNull();
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_refused()
    {
        new BuyerMessage(5, new string('a', BuyerMessage.MaxTextLength)).Problem().ShouldBeNull();
        new BuyerMessage(5, new string('a', BuyerMessage.MaxTextLength + 1)).Problem().ShouldNotBeNull().ShouldContain("at most 1000");
    }

    [Fact]
    public async Task The_buyers_reply_reaches_the_supplier_as_a_buyer_message_naming_the_invoice()
    {
        Simulator.GrantRights(Serial, Cif, BuyerCif);
        var invoiceIndex = await UploadAsync(SampleDocuments.Invoice(seller: Cif, buyer: BuyerCif));

        var sent = await Client.SendBuyerMessageAsync("RO" + BuyerCif, new BuyerMessage(invoiceIndex, "Factura nu corespunde comenzii 12"), Cancel);

        var replyIndex = sent.ShouldBeOfType<UploadAccepted>().UploadIndex;
        var list = (await Client.ListMessagesAsync(Cif, 1, MessageFilter.BuyerMessages, Cancel)).Value!;
        var entry = list.Messages.ShouldHaveSingleItem();
        entry.Type.ShouldBe(SpvMessageType.BuyerMessage);
        entry.UploadIndex.ShouldBe(replyIndex);
        var archive = (await Client.DownloadAsync(entry.DownloadId, Cancel)).Value!;
        BuyerMessage.TryRead(archive.Contents.Document).ShouldBe(new BuyerMessage(invoiceIndex, "Factura nu corespunde comenzii 12"));
    }
}
