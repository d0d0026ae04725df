using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Efactura.Server.Application.Archive;

/// <summary>
/// Writes a ZIP (PKWARE APPNOTE 6.3) forward only to a stream, every write asynchronous, with memory that does not grow
/// with the number of entries: each entry's central directory record goes to a temporary file as the entry is written
/// and is copied to the output at the end. (<see cref="ZipArchive"/> in create mode keeps an object of about 500 bytes
/// per entry until it is disposed, and writes its whole central directory synchronously at once: 10,000 invoices made
/// 10 MiB of heap and a 2 MiB buffer; benchmarks/Efactura.ArchiveLoad.)
/// </summary>
/// <remarks>
/// Names are UTF-8 (flag bit 11). An entry given as bytes is compressed (deflate) or stored whole before its local
/// header, so the header carries its CRC-32 and sizes; an entry given as a stream is deflated as it is read and followed
/// by a data descriptor (flag bit 3). ZIP64 records are written when the entries, an offset or the central directory
/// pass the classic format's limits (65,535 entries, 4 GiB); one entry stays under 4 GiB.
/// </remarks>
internal sealed class StreamingZipWriter : IAsyncDisposable
{
    private const uint LocalHeaderSignature = 0x04034b50, CentralHeaderSignature = 0x02014b50, DataDescriptorSignature = 0x08074b50;
    private const uint EndSignature = 0x06054b50, Zip64EndSignature = 0x06064b50, Zip64LocatorSignature = 0x07064b50;
    private const ushort Utf8Names = 1 << 11, HasDataDescriptor = 1 << 3;
    private const ushort Stored = 0, Deflated = 8;
    private const ushort Version20 = 20, Version45 = 45;
    private const int ChunkSize = 64 * 1024;

    private readonly Stream output;
    private readonly long zip64From;
    private readonly ushort dosTime, dosDate;
    private readonly FileStream centralDirectory;
    private readonly MemoryStream compressed = new();
    private long position;
    private bool finished;

    /// <summary>A writer to <paramref name="output"/> (left open) whose entries are dated <paramref name="modified"/>.</summary>
    public StreamingZipWriter(Stream output, DateTimeOffset modified) : this(output, modified, uint.MaxValue)
    {
    }

    /// <summary>As the public constructor; ZIP64 records from <paramref name="zip64From"/> on (tests lower it).</summary>
    internal StreamingZipWriter(Stream output, DateTimeOffset modified, long zip64From)
    {
        ArgumentNullException.ThrowIfNull(output);
        this.output = output;
        this.zip64From = zip64From;
        (dosDate, dosTime) = DosDateTime(modified.DateTime);
        centralDirectory = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 16 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    }

    /// <summary>How many entries were written.</summary>
    public long Count { get; private set; }

    /// <summary>Adds the entry <paramref name="name"/> holding <paramref name="content"/>.</summary>
    public async Task AddAsync(string name, ReadOnlyMemory<byte> content, CompressionLevel level, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(finished, this);
        var crc = Crc32.HashToUInt32(content.Span);
        ReadOnlyMemory<byte> data = content;
        var method = Stored;
        if (level != CompressionLevel.NoCompression)
        {
            compressed.SetLength(0);
            using (var deflate = new DeflateStream(compressed, level, leaveOpen: true)) deflate.Write(content.Span);
            data = compressed.GetBuffer().AsMemory(0, (int)compressed.Length);
            method = Deflated;
        }
        var offset = position;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        await WriteAsync(LocalHeader(nameBytes, method, 0, crc, data.Length, content.Length), cancellationToken).ConfigureAwait(false);
        await WriteAsync(data, cancellationToken).ConfigureAwait(false);
        await CentralRecordAsync(nameBytes, method, 0, crc, data.Length, content.Length, offset, cancellationToken).ConfigureAwait(false);
        // A large entry's buffer is given back rather than kept for the rest of the archive.
        if (compressed.Capacity > 1024 * 1024) compressed.Capacity = ChunkSize;
    }

    /// <summary>Adds the entry <paramref name="name"/> holding what is read from <paramref name="content"/> (to its end), deflated.</summary>
    public async Task AddAsync(string name, Stream content, CompressionLevel level, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        ObjectDisposedException.ThrowIf(finished, this);
        var offset = position;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        await WriteAsync(LocalHeader(nameBytes, Deflated, HasDataDescriptor, 0, 0, 0), cancellationToken).ConfigureAwait(false);
        var crc = new Crc32();
        long length = 0, written = 0;
        var buffer = new byte[ChunkSize];
        compressed.SetLength(0);
        using (var deflate = new DeflateStream(compressed, level == CompressionLevel.NoCompression ? CompressionLevel.Fastest : level, leaveOpen: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                crc.Append(buffer.AsSpan(0, read));
                length += read;
                deflate.Write(buffer, 0, read);
                written += await SendCompressedAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        written += await SendCompressedAsync(cancellationToken).ConfigureAwait(false);
        if (length >= uint.MaxValue || written >= uint.MaxValue) throw new InvalidOperationException($"The entry {name} is 4 GiB or more; an archive entry must stay under it.");
        var checksum = crc.GetCurrentHashAsUInt32();
        var descriptor = new byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor, DataDescriptorSignature);
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor.AsSpan(4), checksum);
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor.AsSpan(8), (uint)written);
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor.AsSpan(12), (uint)length);
        await WriteAsync(descriptor, cancellationToken).ConfigureAwait(false);
        await CentralRecordAsync(nameBytes, Deflated, HasDataDescriptor, checksum, written, length, offset, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the central directory and the end records; nothing can be added after.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        await centralDirectory.FlushAsync(cancellationToken).ConfigureAwait(false);
        var start = position;
        var size = centralDirectory.Length;
        centralDirectory.Position = 0;
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = await centralDirectory.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            await WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);

        var zip64 = Count >= ushort.MaxValue || start >= zip64From || size >= uint.MaxValue;
        if (zip64)
        {
            var endOffset = position;
            var record = new byte[56];
            BinaryPrimitives.WriteUInt32LittleEndian(record, Zip64EndSignature);
            BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(4), 44); // the size of the record after this field
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(12), Version45);
            BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(14), Version45);
            // Disk numbers (16, 20) are 0: one disk.
            BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(24), (ulong)Count);
            BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(32), (ulong)Count);
            BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(40), (ulong)size);
            BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(48), (ulong)start);
            await WriteAsync(record, cancellationToken).ConfigureAwait(false);
            var locator = new byte[20];
            BinaryPrimitives.WriteUInt32LittleEndian(locator, Zip64LocatorSignature);
            BinaryPrimitives.WriteUInt64LittleEndian(locator.AsSpan(8), (ulong)endOffset);
            BinaryPrimitives.WriteUInt32LittleEndian(locator.AsSpan(16), 1); // total disks
            await WriteAsync(locator, cancellationToken).ConfigureAwait(false);
        }
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        var entries = zip64 ? ushort.MaxValue : (ushort)Count;
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), entries);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), entries);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), zip64 ? uint.MaxValue : (uint)size);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), zip64 ? uint.MaxValue : (uint)start);
        await WriteAsync(end, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await centralDirectory.DisposeAsync().ConfigureAwait(false);
        await compressed.DisposeAsync().ConfigureAwait(false);
    }

    // What the deflater produced so far goes to the output; returns how many bytes.
    private async Task<long> SendCompressedAsync(CancellationToken cancellationToken)
    {
        var length = compressed.Length;
        if (length == 0) return 0;
        await WriteAsync(compressed.GetBuffer().AsMemory(0, (int)length), cancellationToken).ConfigureAwait(false);
        compressed.SetLength(0);
        return length;
    }

    private byte[] LocalHeader(byte[] name, ushort method, ushort flags, uint crc, long compressedSize, long size)
    {
        if (size >= uint.MaxValue || compressedSize >= uint.MaxValue) throw new InvalidOperationException("An archive entry must stay under 4 GiB.");
        var header = new byte[30 + name.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(6), (ushort)(Utf8Names | flags));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), method);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(10), dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(12), dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(14), crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(18), (uint)compressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(22), (uint)size);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(26), checked((ushort)name.Length));
        name.CopyTo(header.AsSpan(30));
        return header;
    }

    private async Task CentralRecordAsync(
        byte[] name, ushort method, ushort flags, uint crc, long compressedSize, long size, long offset, CancellationToken cancellationToken)
    {
        var zip64 = offset >= zip64From;
        var record = new byte[46 + name.Length + (zip64 ? 12 : 0)];
        BinaryPrimitives.WriteUInt32LittleEndian(record, CentralHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(4), zip64 ? Version45 : Version20); // made by (MS-DOS attributes)
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(6), zip64 ? Version45 : Version20); // needed to extract
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(8), (ushort)(Utf8Names | flags));
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(10), method);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(12), dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(14), dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(16), crc);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(20), (uint)compressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(24), (uint)size);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(28), (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(record.AsSpan(30), (ushort)(zip64 ? 12 : 0)); // extra field length
        // Comment length, disk number, internal and external attributes (32..41) are 0.
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(42), zip64 ? uint.MaxValue : (uint)offset);
        name.CopyTo(record.AsSpan(46));
        if (zip64)
        {
            // The ZIP64 extended information: only the offset, the one field marked 0xFFFFFFFF above.
            var extra = record.AsSpan(46 + name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(extra, 0x0001);
            BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], 8);
            BinaryPrimitives.WriteUInt64LittleEndian(extra[4..], (ulong)offset);
        }
        await centralDirectory.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        Count++;
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        position += bytes.Length;
    }

    // MS-DOS date and time (APPNOTE 4.4.6): two-second resolution, years 1980 to 2107.
    private static (ushort Date, ushort Time) DosDateTime(DateTime at)
    {
        if (at.Year < 1980) at = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        if (at.Year > 2107) at = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Unspecified);
        return ((ushort)(((at.Year - 1980) << 9) | (at.Month << 5) | at.Day), (ushort)((at.Hour << 11) | (at.Minute << 5) | (at.Second / 2)));
    }
}
