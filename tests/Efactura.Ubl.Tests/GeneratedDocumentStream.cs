using System.Text;

namespace Efactura.Ubl.Tests;

/// <summary>
/// A well-formed invoice of a chosen size produced on the fly (a head, then filler inside a note, then the
/// tail), without a known length, like a network stream. Counts the bytes handed out.
/// </summary>
internal sealed class GeneratedDocumentStream(long size) : Stream
{
    private static readonly byte[] Head = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" " +
        "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n<cbc:Note>");

    private static readonly byte[] Tail = Encoding.UTF8.GetBytes("</cbc:Note>\n</Invoice>\n");

    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && BytesRead < size)
        {
            buffer[offset + written] = ByteAt(BytesRead);
            written++;
            BytesRead++;
        }
        return written;
    }

    private byte ByteAt(long position)
    {
        if (position < Head.Length) return Head[position];
        var fromEnd = size - position;
        return fromEnd <= Tail.Length ? Tail[Tail.Length - fromEnd] : (byte)'A';
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
