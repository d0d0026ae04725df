using System.Security.Cryptography;
using Efactura.Server.Storage.Documents;

namespace Efactura.Server.Tests.Storage.Documents;

public class DocumentRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_zip_comes_back_byte_for_byte_with_its_sha256(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.InvoiceAsync(db, company);
        var zip = RandomNumberGenerator.GetBytes(70_000);

        var stored = await db.Documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, zip, Token);
        var read = await db.Documents.GetAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, Token);

        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(zip)));
        stored.SizeBytes.ShouldBe(zip.Length);
        read!.Content.ShouldBe(zip);
        read.Document.ShouldBe(stored);
        (await db.Documents.ListAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, Token)).ShouldBe([stored]);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Storing_the_same_bytes_again_is_harmless_and_other_bytes_are_refused(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.InvoiceAsync(db, company);
        var first = await db.Documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, "<Invoice/>"u8.ToArray(), Token);

        var again = await db.Documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, "<Invoice/>"u8.ToArray(), Token);
        var conflict = await Should.ThrowAsync<DocumentConflictException>(() =>
            db.Documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, "<Other/>"u8.ToArray(), Token));

        again.ShouldBe(first);
        conflict.Existing.ShouldBe(first);
        (await db.Documents.GetAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, Token))!.Content.ShouldBe("<Invoice/>"u8.ToArray());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_corrupted_document_is_detected_on_read(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var invoice = await Seed.InvoiceAsync(db, company);
        var stored = await db.Documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, new byte[] { 1, 2, 3, 4 }, Token);
        var literal = engine == "sqlite" ? "X'01020305'" : "'\\x01020305'::bytea";
        await db.ScalarAsync($"UPDATE documents SET content = {literal}");

        var error = await Should.ThrowAsync<DocumentCorruptedException>(() =>
            db.Documents.GetAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, Token));

        error.DocumentId.ShouldBe(stored.Id);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_tenant_does_not_get_the_document(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var other = (await db.Tenants.CreateAsync("other", Token)).Tenant;
        var invoice = await Seed.InvoiceAsync(db, company);
        await db.Documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Pdf, new byte[] { 1 }, Token);

        (await db.Documents.GetAsync(other.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Pdf, Token)).ShouldBeNull();
        (await db.Documents.FindAsync(other.Id, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Pdf, Token)).ShouldBeNull();
        (await db.Documents.ListAsync(other.Id, DocumentOwnerType.Invoice, invoice.Id, Token)).ShouldBeEmpty();
    }
}
