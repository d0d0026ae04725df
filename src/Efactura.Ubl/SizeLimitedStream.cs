namespace Efactura.Ubl;

/// <summary>
/// A read-only view of a stream that fails once more than a number of bytes has been read from it. It keeps
/// the first bytes it passes on, so that a refused DTD can be located in the prolog (the parser refuses a
/// DTD without telling where it is).
/// </summary>
internal sealed class SizeLimitedStream(Stream inner, long limit) : Stream
{
    private const int HeadSize = 64 * 1024;
    private readonly MemoryStream _head = new();
    private long _read;

    /// <summary>The first bytes read (at most 64 KiB).</summary>
    public ReadOnlySpan<byte> Head => _head.GetBuffer().AsSpan(0, (int)_head.Length);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var kept = (int)Math.Min(read, Math.Max(0, HeadSize - _head.Length));
        if (kept > 0) _head.Write(buffer[..kept]);
        _read += read;
        if (_read > limit) throw new DocumentTooLargeException(limit);
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
