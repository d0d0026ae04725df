using System.IO.Compression;
using System.Text;
using Efactura.Server.Application.Archive;

namespace Efactura.Server.Tests.Application.Archive;

/// <summary>
/// The archive export's ZIP writer: what it writes opens with .NET's own reader (which checks every CRC-32), entry by
/// entry as written, with and without ZIP64 records, and every write reaches the output asynchronously.
/// </summary>
public sealed class StreamingZipWriterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Modified = new(2026, 12, 6, 10, 31, 44, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Entries_given_as_bytes_or_as_a_stream_read_back_unchanged(bool zip64)
    {
        var xml = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<cbc:Note>Factură de test ăîșțâ</cbc:Note>\n", 5_000)));
        var stored = new byte[70_000];
        new Random(7).NextBytes(stored);
        var index = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"issued,INV-{i},2026-11-{1 + i % 30:D2}\r\n")));
        var output = new AsyncOnlyStream();

        await using (var writer = new StreamingZipWriter(output, Modified, zip64From: zip64 ? 0 : uint.MaxValue))
        {
            await writer.AddAsync("issued/FACT-1_ab/invoice.xml", xml, CompressionLevel.Optimal, Token);
            await writer.AddAsync("issued/FACT-1_ab/anaf.zip", stored, CompressionLevel.NoCompression, Token);
            await writer.AddAsync("received/Număr 7/gol.txt", Array.Empty<byte>(), CompressionLevel.Fastest, Token);
            await writer.AddAsync("index.csv", new MemoryStream(index), CompressionLevel.Optimal, Token);
            await writer.FinishAsync(Token);
            writer.Count.ShouldBe(4);
        }

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldBe(["issued/FACT-1_ab/invoice.xml", "issued/FACT-1_ab/anaf.zip", "received/Număr 7/gol.txt", "index.csv"]);
        Read(zip, "issued/FACT-1_ab/invoice.xml").ShouldBe(xml);
        Read(zip, "issued/FACT-1_ab/anaf.zip").ShouldBe(stored);
        Read(zip, "received/Număr 7/gol.txt").ShouldBeEmpty();
        Read(zip, "index.csv").ShouldBe(index);
        zip.GetEntry("issued/FACT-1_ab/invoice.xml")!.CompressedLength.ShouldBeLessThan(xml.Length / 10);
        zip.GetEntry("issued/FACT-1_ab/anaf.zip")!.CompressedLength.ShouldBe(stored.Length);
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.DateTime == new DateTime(2026, 12, 6, 10, 31, 44));
    }

    [Fact]
    public async Task More_entries_than_the_classic_format_counts_are_written_with_ZIP64_end_records()
    {
        var output = new AsyncOnlyStream();
        const int count = ushort.MaxValue + 10;

        await using (var writer = new StreamingZipWriter(output, Modified))
        {
            for (var i = 0; i < count; i++) await writer.AddAsync($"e/{i}", new[] { (byte)i }, CompressionLevel.NoCompression, Token);
            await writer.FinishAsync(Token);
        }

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        zip.Entries.Count.ShouldBe(count);
        Read(zip, $"e/{count - 1}").ShouldBe([unchecked((byte)(count - 1))]);
    }

    [Fact]
    public async Task Nothing_can_be_added_once_finished()
    {
        await using var writer = new StreamingZipWriter(new AsyncOnlyStream(), Modified);
        await writer.FinishAsync(Token);

        await Should.ThrowAsync<ObjectDisposedException>(() => writer.AddAsync("late", new byte[1], CompressionLevel.Optimal, Token));
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name).ShouldNotBeNull().Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>An output that refuses synchronous writes and flushes, as an HTTP response body does.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream written = new();

        public byte[] ToArray() => written.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => written.Length;

        public override long Position { get => written.Length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

        public override void Flush() => throw new InvalidOperationException("synchronous flush");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            written.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
