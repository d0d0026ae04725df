using Efactura.Anaf.Archives;
using Efactura.Testing;

namespace Efactura.Conformance.Tests;

/// <summary>Every ZIP ANAF produced, read by the client as the gateway reads a download.</summary>
public sealed class RecordedArchiveTests
{
    private static void RequireRecordings(string kind)
    {
        if (kind == "missing") _ = TestPaths.AnafRecordings; // skips, or fails under EFACTURA_STRICT=1
    }

    [Theory]
    [MemberData(nameof(Recordings.Zips), MemberType = typeof(Recordings))]
    public void The_client_reads_the_recorded_zip_with_the_signature_entry_first(string kind, string file)
    {
        RequireRecordings(kind);
        var zip = Recordings.Read(kind, file);

        var read = AnafArchive.Read(zip, new ArchiveLimits());

        read.IsSuccess.ShouldBeTrue(read.Error?.Detail);
        var names = Recordings.Entries(zip).Select(e => e.Name).ToList();
        names.Count.ShouldBe(2);
        if (kind != "nok") names.ShouldBe([read.Value.SignatureName, read.Value.DocumentName]); // nok/3828.zip was re-zipped by its publisher
        read.Value.SignedAt.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Recordings.Zips), MemberType = typeof(Recordings))]
    public void A_recorded_accepted_invoice_is_verified_as_ANAF_signed_it(string kind, string file)
    {
        RequireRecordings(kind);
        if (kind == "nok") return; // the error-file recordings were edited by their publisher (anaf-recordings/README.md)
        var contents = AnafArchive.Read(Recordings.Read(kind, file), new ArchiveLimits()).Value!;

        var result = ArchiveSignatureVerifier.Verify(contents, kind == "prod" ? AnafSigners.Production : AnafSigners.Test);

        result.Outcome.ShouldBe(SignatureOutcome.Verified, $"{kind}/{file}: {result.Failure}");
        result.Form.ShouldBe(kind == "prod" ? SignatureForm.Detached : SignatureForm.Enveloped);
        AnafErrorFile.TryParse(contents.Document).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Recordings.Zips), MemberType = typeof(Recordings))]
    public void A_recorded_rejection_reads_as_an_error_file_with_its_messages_explained(string kind, string file)
    {
        RequireRecordings(kind);
        if (kind != "nok") return;
        var contents = AnafArchive.Read(Recordings.Read(kind, file), new ArchiveLimits()).Value!;

        var errors = AnafErrorFile.TryParse(contents.Document);

        errors.ShouldNotBeNull();
        errors.UploadIndex.ShouldBe(contents.Index);
        errors.IssuerCif.ShouldNotBeNullOrEmpty();
        errors.Messages.ShouldNotBeEmpty();
        errors.Explanations.Count.ShouldBe(errors.Messages.Count);
    }
}
