namespace Efactura.Cli.Tests.Commands.Anaf;

public sealed class ReplyCommandTests : AnafCliTest
{
    private const string Buyer = "14399840"; // the buyer of examples/01

    [Fact]
    public async Task The_buyers_reply_reaches_the_suppliers_message_list()
    {
        Simulator.GrantRights(Serial, Seller, Buyer);
        var upload = await Anaf("upload", Example("01-b2b-ron-21.json"), "--cif", Seller, "--token", Token);
        upload.ExitCode.ShouldBe(ExitCodes.Ok, upload.Error);
        var index = upload.Output.Trim();

        var reply = await Anaf("reply", index, "--cif", "RO" + Buyer, "--text", "Factura nu corespunde comenzii 12", "--token", Token);

        reply.ExitCode.ShouldBe(ExitCodes.Ok, reply.Error);
        var replyIndex = reply.Output.Trim();
        replyIndex.ShouldNotBe(index);
        var messages = await Anaf("messages", "--cif", Seller, "--days", "1", "--filter", "R", "--token", Token);
        messages.ExitCode.ShouldBe(ExitCodes.Ok, messages.Error);
        messages.Output.TrimEnd().Split('\n').ShouldContain(line => line.Contains("\tMESAJ CUMPARATOR") && line.Contains($"\t{replyIndex}\t"));
    }

    [Fact]
    public async Task The_supplier_downloads_the_buyers_message_and_reads_its_text()
    {
        Simulator.GrantRights(Serial, Seller, Buyer);
        var index = (await Anaf("upload", Example("01-b2b-ron-21.json"), "--cif", Seller, "--token", Token)).Output.Trim();
        var replyIndex = (await Anaf("reply", index, "--cif", Buyer, "--text", "Cantitatea de la linia 2 difera.", "--token", Token)).Output.Trim();
        var line = (await Anaf("messages", "--cif", Seller, "--days", "1", "--filter", "R", "--token", Token)).Output.TrimEnd().Split('\n')
            .Single(l => l.Contains($"\t{replyIndex}\t"));
        var zip = Path.Combine(ConfigFolder, $"reply-{Guid.NewGuid():N}.zip");

        var download = await Anaf("download", line.Split('\t')[3], "-o", zip, "--token", Token);

        download.ExitCode.ShouldBe(ExitCodes.Ok, download.Error);
        download.Output.ShouldContain($"{replyIndex}.xml + semnatura_{replyIndex}.xml");
        download.Output.ShouldContain($"Buyer's message about the invoice of upload {index}:");
        download.Output.ShouldContain("Cantitatea de la linia 2 difera.");
    }

    [Fact]
    public async Task An_empty_message_is_not_sent()
    {
        var reply = await Anaf("reply", "5001", "--cif", Seller, "--text", " ", "--token", Token);

        reply.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        reply.Error.ShouldContain("Not sent: The message text is empty.");
        Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).ShouldBeEmpty();
    }
}
