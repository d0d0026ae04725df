using System.IO.Compression;
using Efactura.Server.Application.Archive;

namespace Efactura.Server.Tests.Api.Archive;

public sealed class CompanyArchiveTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_archive_writes_to_its_output_only_asynchronously_and_forward_as_a_response_body_requires()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");
        await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        var archives = api.Server.Service<CompanyArchive>();
        var company = await archives.FindCompanyAsync(tenant.Id, companyId, Token);
        var output = new AsyncOnlyOutput();

        var count = await archives.WriteAsync(company!, ArchivePeriod.Parse("2026-11-01", "2026-11-30").Period!, includePdf: true, output, Token);

        count.ShouldBe(1);
        using var zip = new ZipArchive(new MemoryStream(output.Written), ZipArchiveMode.Read);
        zip.Entries.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData("ALF-1", "ALF-1")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"x\"", "\"say \"\"x\"\"\"")]
    public void Csv_fields_are_quoted_as_RFC_4180_says_and_never_start_a_spreadsheet_formula(string number, string field)
    {
        var entry = new ArchiveIndexEntry("issued", "f", number, "380", new DateOnly(2026, 11, 1), null, "RON", null, null, null, null,
            -1.5m, null, null, null, [], null, null, "accepted", null, [], null);

        var line = ArchiveIndexFiles.CsvLine(entry);

        line.ShouldStartWith($"issued,{field},380,2026-11-01,,RON,,,,,-1.5,");
    }

    /// <summary>A response body as Kestrel gives it: forward only, and a synchronous write or flush is an error.</summary>
    private sealed class AsyncOnlyOutput : Stream
    {
        private readonly MemoryStream inner = new();

        public byte[] Written => inner.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => throw new InvalidOperationException("synchronous flush");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            inner.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
