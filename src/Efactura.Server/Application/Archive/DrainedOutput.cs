namespace Efactura.Server.Application.Archive;

/// <summary>
/// A forward-only stream that collects what is written to it (synchronously or not) and hands it on to the real output
/// only in <see cref="DrainAsync"/>, asynchronously. <see cref="System.IO.Compression.ZipArchive"/> finishes an entry
/// with synchronous writes even on its async path (.NET 10's DeflateStream flushes in Dispose), which an HTTP response
/// body refuses; draining after each entry keeps memory to one compressed entry and every write to the network async.
/// </summary>
internal sealed class DrainedOutput(Stream output) : Stream
{
    private readonly MemoryStream pending = new();
    private long written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    /// <summary>Sends what was written since the last drain to the output.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (pending.Length == 0) return;
        await output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken).ConfigureAwait(false);
        pending.SetLength(0);
        // A large entry's buffer is given back rather than kept for the rest of the export.
        if (pending.Capacity > 1024 * 1024) pending.Capacity = 64 * 1024;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    // Flushing is draining's job: the archive flushes synchronously where the network must not be written.
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) pending.Dispose();
        base.Dispose(disposing);
    }
}
