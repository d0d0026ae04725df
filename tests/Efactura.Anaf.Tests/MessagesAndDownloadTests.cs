using System.IO.Compression;
using Efactura.Anaf.Archives;
using Efactura.Anaf.Messages;
using Efactura.Anaf.Quotas;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Faults;
using Efactura.Simulator.Tests;

namespace Efactura.Anaf.Tests;

public sealed class MessagesAndDownloadTests : ClientTest
{
    protected override SimulatorOptions ConfigureSimulator(SimulatorOptions options) =>
        options with { ProcessingDelay = TimeSpan.Zero, Limits = new SimulatorLimits { PageSize = 2, DownloadsPerMessagePerDay = 3 } };

    private async Task<long> DownloadIdAsync(long index) => (await Client.GetStatusAsync(index, Cancel)).Value!.DownloadId!.Value;

    [Fact]
    public async Task Simple_list_returns_typed_entries()
    {
        var index = await UploadAsync();
        Clock.Advance(TimeSpan.FromSeconds(1));

        var list = (await Client.ListMessagesAsync(Cif, 1, cancellationToken: Cancel)).Value!;

        var message = list.Messages.ShouldHaveSingleItem();
        message.Type.ShouldBe(SpvMessageType.Sent);
        message.UploadIndex.ShouldBe(index);
        message.Cif.ShouldBe(Cif);
        list.Serial.ShouldBe(Serial);
    }

    [Fact]
    public async Task Empty_list_is_a_success_without_messages()
    {
        var result = await Client.ListMessagesAsync(Cif, 5, MessageFilter.Received, Cancel);

        result.IsSuccess.ShouldBeTrue();
        result.Value.Messages.ShouldBeEmpty();
        result.Value.Title.ShouldBe("Nu exista mesaje in ultimele 5 zile");
    }

    [Fact]
    public async Task List_refusal_is_explained()
    {
        var result = await Client.ListMessagesAsync(Cif, 61, cancellationToken: Cancel);

        result.Error!.Explanation!.Code.ShouldBe("ANAF-DAYS-OUT-OF-RANGE");
    }

    [Fact]
    public async Task All_pages_are_fetched_within_a_window_ANAF_accepts()
    {
        for (var i = 0; i < 5; i++) await UploadAsync(SampleDocuments.Invoice(number: $"P-{i}"));
        Clock.Advance(TimeSpan.FromMinutes(2));

        var all = await Client.ListAllMessagesAsync(Cif, Clock.GetUtcNow().AddDays(-90), Clock.GetUtcNow().AddDays(1), MessageFilter.Sent, Cancel);

        all.IsSuccess.ShouldBeTrue(all.Error?.ToString());
        all.Value.Select(m => m.UploadIndex).Distinct().Count().ShouldBe(5);
    }

    [Fact]
    public async Task Download_gives_the_zip_and_its_two_files_and_the_signature_verifies()
    {
        var invoice = SampleDocuments.Invoice();
        var index = await UploadAsync(invoice);

        var archive = (await Client.DownloadAsync(await DownloadIdAsync(index), Cancel)).Value!;
        var verification = ArchiveSignatureVerifier.Verify(archive.Contents);

        archive.Contents.Index.ShouldBe(index);
        archive.Contents.Document.ShouldBe(invoice);
        archive.ErrorFile.ShouldBeNull();
        verification.IsValid.ShouldBeTrue(verification.Failure);
        verification.Form.ShouldBe(SignatureForm.Enveloped);
        verification.Signer!.Subject.ShouldStartWith("CN=ANAF SIMULATOR");
        verification.Signer.Thumbprint.ShouldBe(Simulator.SigningCertificate.Thumbprint);
        // Formatted after signing, as ANAF's TEST environment does; not ANAF's certificate, so not verified by default.
        verification.FormattingUndone.ShouldBeTrue();
        verification.Outcome.ShouldBe(SignatureOutcome.UnknownSigner);
        archive.Signature.Outcome.ShouldBe(SignatureOutcome.UnknownSigner);
    }

    [Fact]
    public async Task A_download_signed_by_a_pinned_certificate_is_verified_and_the_zip_lists_the_signature_first()
    {
        var pinned = NewClient(new StaticAccessToken(Simulator.IssueTokens(Serial).AccessToken),
            o => o with { Signers = AnafSigners.None.With(new PinnedSigner("simulator", Simulator.SigningCertificate.RawData)) });
        var index = await UploadAsync();

        var archive = (await pinned.DownloadAsync(await DownloadIdAsync(index), Cancel)).Value!;
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(archive.Zip));

        archive.Signature.Outcome.ShouldBe(SignatureOutcome.Verified, archive.Signature.Failure);
        archive.Signature.PinnedSigner!.Name.ShouldBe("simulator");
        archive.Signature.SignedAt!.Value.ShouldBe(Clock.GetUtcNow(), TimeSpan.FromSeconds(2)); // the ZIP's entry time, to its 2-second resolution
        zip.Entries.Select(e => e.FullName).ShouldBe([$"semnatura_{index}.xml", $"{index}.xml"]);
    }

    [Fact]
    public async Task Production_zip_has_a_detached_signature_that_verifies_and_a_changed_byte_breaks_it()
    {
        var prod = NewClient(new StaticAccessToken(Simulator.IssueTokens(Serial).AccessToken),
            o => o with { Endpoints = AnafEndpoints.Simulator(Simulator.BaseAddress, production: true) });
        var index = ((UploadAccepted)await prod.UploadAsync(new UploadRequest(SampleDocuments.Invoice(), Cif), Cancel)).UploadIndex;
        var id = (await prod.GetStatusAsync(index, Cancel)).Value!.DownloadId!.Value;
        var contents = (await prod.DownloadAsync(id, Cancel)).Value!.Contents;
        var tampered = (byte[])contents.Document.Clone();
        tampered[^20] ^= 1;

        var good = ArchiveSignatureVerifier.Verify(contents);
        var bad = ArchiveSignatureVerifier.Verify(contents with { Document = tampered });

        good.IsValid.ShouldBeTrue(good.Failure);
        good.Form.ShouldBe(SignatureForm.Detached);
        bad.IsValid.ShouldBeFalse();
        bad.Failure.ShouldBe("the document's digest differs from the signed one");
    }

    [Fact]
    public async Task Enveloped_signature_fails_when_one_byte_of_the_document_changes()
    {
        var index = await UploadAsync();
        var contents = (await Client.DownloadAsync(await DownloadIdAsync(index), Cancel)).Value!.Contents;
        var tampered = (byte[])contents.Document.Clone();
        tampered[tampered.AsSpan().IndexOf(">F-1<"u8) + 1] = (byte)'G';

        var result = ArchiveSignatureVerifier.Verify(contents with { Document = tampered });

        result.IsValid.ShouldBeFalse();
        result.Failure.ShouldBe("the document differs from the signed copy");
    }

    [Fact]
    public async Task Rejected_invoice_downloads_an_explained_error_file()
    {
        var index = await UploadAsync(SampleDocuments.Invoice(customizationId: null));

        var archive = (await Client.DownloadAsync(await DownloadIdAsync(index), Cancel)).Value!;

        var errors = archive.ErrorFile.ShouldNotBeNull();
        errors.UploadIndex.ShouldBe(index);
        errors.IssuerCif.ShouldBe(Cif);
        errors.Explanations.ShouldHaveSingleItem().Code.ShouldBe("BR-01");
        ArchiveSignatureVerifier.Verify(archive.Contents).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Unknown_download_id_is_refused_with_ANAF_text()
    {
        var result = await Client.DownloadAsync(21, Cancel);

        result.Error!.Messages.ShouldBe(["Pentru id=21 nu exista inregistrata nici o factura"]);
        result.Error.Explanation!.Category.ShouldBe(AnafMessageCategory.NotFound);
    }

    [Fact]
    public async Task Download_beyond_the_local_daily_quota_is_not_sent()
    {
        var id = await DownloadIdAsync(await UploadAsync());
        var quota = new InMemoryAnafQuota(new QuotaLimits { DownloadsPerMessagePerDay = 2, SafetyMargin = 0 }, Clock);
        var client = new AnafClient(Http, new AnafClientOptions { Endpoints = AnafEndpoints.Simulator(Simulator.BaseAddress), Time = Clock },
            new StaticAccessToken(Simulator.IssueTokens(Serial).AccessToken), quota);

        (await client.DownloadAsync(id, Cancel)).IsSuccess.ShouldBeTrue();
        (await client.DownloadAsync(id, Cancel)).IsSuccess.ShouldBeTrue();
        var third = await client.DownloadAsync(id, Cancel);
        var direct = await Client.DownloadAsync(id, Cancel);

        third.Error!.Kind.ShouldBe(AnafErrorKind.QuotaExhausted);
        third.Error.IsDailyLimit.ShouldBeTrue();
        direct.IsSuccess.ShouldBeTrue("the simulator saw only two downloads, so a third is still allowed there");
    }

    [Fact]
    public async Task Html_instead_of_a_zip_is_the_firewall()
    {
        var id = await DownloadIdAsync(await UploadAsync());
        Simulator.Faults.Add(new FaultRule(FaultKind.Firewall, "descarcare"));

        (await Client.DownloadAsync(id, Cancel)).Error!.Kind.ShouldBe(AnafErrorKind.Firewall);
    }

    [Fact]
    public void Archive_with_a_third_entry_or_a_bomb_is_refused()
    {
        byte[] Zip(params (string Name, byte[] Content)[] entries)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var (name, content) in entries)
                {
                    using var stream = zip.CreateEntry(name).Open();
                    stream.Write(content);
                }
            return buffer.ToArray();
        }

        var three = Zip(("1.xml", [1]), ("semnatura_1.xml", [1]), ("x.xml", [1]));
        var bomb = Zip(("1.xml", new byte[2_000_000]), ("semnatura_1.xml", [1]));
        var mismatched = Zip(("1.xml", [1]), ("semnatura_2.xml", [1]));

        AnafArchive.Read(three, new ArchiveLimits { MaxEntries = 3 }).Error!.Kind.ShouldBe(AnafErrorKind.InvalidArchive);
        AnafArchive.Read(three, new ArchiveLimits()).Error!.Detail.ShouldBe("the ZIP has 3 entries, more than 2");
        AnafArchive.Read(bomb, new ArchiveLimits { MaxEntryBytes = 1_000_000 }).Error!.Detail.ShouldBe("an entry decompresses to more than 1000000 bytes");
        AnafArchive.Read(mismatched, new ArchiveLimits()).Error!.Detail.ShouldBe("the document and the signature name different indexes");
        AnafArchive.Read("{\"eroare\":\"x\"}"u8.ToArray(), new ArchiveLimits()).Error!.Detail.ShouldBe("the body is not a ZIP");
    }
}
