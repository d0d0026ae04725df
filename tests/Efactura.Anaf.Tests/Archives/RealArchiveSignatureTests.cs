using System.Text;
using Efactura.Anaf.Archives;
using Efactura.Testing;

namespace Efactura.Anaf.Tests.Archives;

/// <summary>The signature check against ZIPs ANAF's own servers produced (../shared/anaf-recordings, not in the repository).</summary>
public sealed class RealArchiveSignatureTests
{
    private static ArchiveContents Recording(string relativePath)
    {
        var read = AnafArchive.Read(File.ReadAllBytes(Path.Combine(TestPaths.AnafRecordings, relativePath)), new ArchiveLimits());
        read.IsSuccess.ShouldBeTrue(read.Error?.Detail);
        return read.Value;
    }

    private static ArchiveContents Prod => Recording("prod/4186086961.zip");

    private static ArchiveContents Test => Recording("test/5004879752.zip");

    private static byte[] Replace(byte[] bytes, string from, string to)
    {
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldContain(from);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
    }

    [Fact]
    public void The_real_production_zip_is_verified_as_signed_by_the_Ministry_of_Finance()
    {
        var result = ArchiveSignatureVerifier.Verify(Prod, AnafSigners.Production);

        result.Outcome.ShouldBe(SignatureOutcome.Verified, result.Failure);
        result.Form.ShouldBe(SignatureForm.Detached);
        result.PinnedSigner!.Name.ShouldBe("ANAF (Ministerul Finantelor Publice)");
        result.Signer!.Subject.ShouldStartWith("CN=Ministerul Finantelor Publice");
        result.Signer.Issuer.ShouldStartWith("CN=DigiSign Qualified CA Class 3 2017");
        result.SignedAt.ShouldBe(new DateTimeOffset(2024, 2, 27, 12, 43, 4, TimeSpan.Zero)); // 14:43:04 in Bucharest (EET)
    }

    [Fact]
    public void The_real_test_zip_is_verified_as_signed_by_ANAF_TEST_once_ANAF_formatting_is_undone()
    {
        var result = ArchiveSignatureVerifier.Verify(Test, AnafSigners.Test);

        result.Outcome.ShouldBe(SignatureOutcome.Verified, result.Failure);
        result.Form.ShouldBe(SignatureForm.Enveloped);
        result.FormattingUndone.ShouldBeTrue();
        result.PinnedSigner!.Name.ShouldBe("ANAF TEST");
        result.Signer!.Thumbprint.ShouldBe("043450601E4BF6FBFA72A0E015F0F1F8122E11F7");
        result.SignedAt.ShouldBe(new DateTimeOffset(2023, 12, 16, 15, 41, 2, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("test")]
    public void Every_recorded_zip_of_an_environment_is_verified(string environment)
    {
        var zips = Directory.GetFiles(Path.Combine(TestPaths.AnafRecordings, environment), "*.zip");
        zips.ShouldNotBeEmpty();
        var signers = environment == "prod" ? AnafSigners.Production : AnafSigners.Test;

        var outcomes = zips.Select(z => (Zip: Path.GetFileName(z), Result: ArchiveSignatureVerifier.Verify(Recording(Path.Combine(environment, Path.GetFileName(z))), signers))).ToList();

        outcomes.Where(o => o.Result.Outcome != SignatureOutcome.Verified).Select(o => $"{o.Zip}: {o.Result.Failure}").ShouldBeEmpty();
    }

    [Fact]
    public void One_byte_changed_in_the_production_invoice_makes_it_invalid()
    {
        var contents = Prod;
        var tampered = (byte[])contents.Document.Clone();
        tampered[tampered.Length / 2] ^= 1;

        var result = ArchiveSignatureVerifier.Verify(contents with { Document = tampered }, AnafSigners.Production);

        result.Outcome.ShouldBe(SignatureOutcome.Invalid);
        result.Failure.ShouldBe("the document's digest differs from the signed one");
    }

    [Fact]
    public void One_byte_changed_in_the_test_invoice_makes_it_invalid()
    {
        var contents = Test;

        var result = ArchiveSignatureVerifier.Verify(contents with { Document = Replace(contents.Document, "1190.00", "1191.00") }, AnafSigners.Test);

        result.Outcome.ShouldBe(SignatureOutcome.Invalid);
        result.Failure.ShouldBe("the document differs from the signed copy");
    }

    [Theory]
    [InlineData("1190.00", "1191.00", true)] // an amount, changed in both files alike
    [InlineData("<cac:TaxTotal>", "<cac:TaxTotal> ", false)] // whitespace that ANAF did not add
    [InlineData("</cac:InvoiceLine>\n<Signature", "</cac:InvoiceLine>\n\n<Signature", false)] // a second line break before Signature
    [InlineData("<SignedInfo>\n<Canon", "<SignedInfo>\n <Canon", false)] // a space inside SignedInfo
    [InlineData("<Reference URI=\"\">", "<Reference URI=\"\" Id=\"r\">", false)] // SignedInfo changed outside its line breaks
    public void Any_change_to_the_signed_test_file_beyond_ANAF_formatting_makes_it_invalid(string from, string to, bool inDocumentToo)
    {
        var contents = Test;
        var changed = contents with
        {
            Signature = Replace(contents.Signature, from, to),
            Document = inDocumentToo ? Replace(contents.Document, from, to) : contents.Document,
        };

        var result = ArchiveSignatureVerifier.Verify(changed, AnafSigners.Test);

        result.Outcome.ShouldBe(SignatureOutcome.Invalid);
    }

    [Fact]
    public void A_valid_signature_by_a_certificate_of_the_other_environment_is_an_unknown_signer()
    {
        var result = ArchiveSignatureVerifier.Verify(Test, AnafSigners.Production);

        result.Outcome.ShouldBe(SignatureOutcome.UnknownSigner);
        result.IsValid.ShouldBeTrue();
        result.PinnedSigner.ShouldBeNull();
        result.Failure.ShouldBe("the signer (E=contact@anaf.ro, CN=ANAF TEST, OU=ANAF-TEST, O=ANAF-TEST, L=Bucharest, S=Bucharest, C=RO) is not one of ANAF's pinned certificates");
    }

    [Fact]
    public void A_pinned_certificate_counts_only_within_its_validity_at_the_signing_time()
    {
        var contents = Prod;

        var afterExpiry = ArchiveSignatureVerifier.Verify(contents with { SignedAt = new DateTimeOffset(2025, 11, 22, 0, 0, 0, TimeSpan.Zero) }, AnafSigners.Production);
        var lastDay = ArchiveSignatureVerifier.Verify(contents with { SignedAt = new DateTimeOffset(2025, 11, 21, 13, 0, 0, TimeSpan.Zero) }, AnafSigners.Production);

        afterExpiry.Outcome.ShouldBe(SignatureOutcome.UnknownSigner);
        afterExpiry.Failure.ShouldBe("ANAF's certificate (ANAF (Ministerul Finantelor Publice)) was valid 2023-11-22 to 2025-11-21, not at the signing time 2025-11-22 00:00 UTC");
        lastDay.Outcome.ShouldBe(SignatureOutcome.Verified);
    }

    [Fact]
    public void Production_pins_the_ministry_certificates_of_2020_2021_and_2023_each_for_its_own_years()
    {
        var pinned = AnafSigners.Production.Pinned.OrderBy(p => p.NotBefore).ToList();

        pinned.Select(p => (p.NotBefore.UtcDateTime, p.NotAfter.UtcDateTime)).ShouldBe(
        [
            (new DateTime(2020, 12, 2, 13, 36, 46), new DateTime(2021, 12, 2, 13, 36, 46)),
            (new DateTime(2021, 11, 26, 10, 18, 51), new DateTime(2023, 11, 26, 10, 18, 51)),
            (new DateTime(2023, 11, 22, 13, 38, 55), new DateTime(2025, 11, 21, 13, 38, 55)),
        ]);
        pinned.Select(p => p.Sha256).ShouldBe(
        [
            "B02D178A67F24785AC4143B28880606E17B40EA4F622692E9E110D520B4FC525",
            "5C4CEB903C1C73152CC1793B6557FFA31097BF820115FA17F7154503C0DEA663",
            "F014B11CFDEB451351F49CCB6854CA8B1A5AB78DB5EAA130E4A000B6FC4EFC7E",
        ]);
        foreach (var signer in pinned)
        {
            using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(signer.Certificate);
            certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false).ShouldBe("Ministerul Finantelor Publice");
            certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: true).ShouldBe("DigiSign Qualified CA Class 3 2017");
        }
    }

    [Fact]
    public void A_ZIP_signed_with_the_2023_certificate_is_not_ANAFs_at_a_time_only_an_older_certificate_was_valid()
    {
        var result = ArchiveSignatureVerifier.Verify(Prod with { SignedAt = new DateTimeOffset(2022, 6, 1, 0, 0, 0, TimeSpan.Zero) }, AnafSigners.Production);

        result.Outcome.ShouldBe(SignatureOutcome.UnknownSigner);
        result.Failure.ShouldBe("ANAF's certificate (ANAF (Ministerul Finantelor Publice)) was valid 2023-11-22 to 2025-11-21, not at the signing time 2022-06-01 00:00 UTC");
    }

    [Fact]
    public void The_edited_nok_recording_no_longer_verifies_but_its_error_file_reads()
    {
        var contents = Recording("nok/3828.zip");

        var result = ArchiveSignatureVerifier.Verify(contents, AnafSigners.Test);
        var errors = AnafErrorFile.TryParse(contents.Document).ShouldNotBeNull();

        result.Outcome.ShouldBe(SignatureOutcome.Invalid);
        errors.UploadIndex.ShouldBe(3828);
        errors.IssuerCif.ShouldBe("47024170");
        errors.Messages.ShouldBe(["E: validari globale\n eroare regula: R6.1: CIF-ul vanzatorului nu figureaza in baza de date:6443019833"]);
    }
}
