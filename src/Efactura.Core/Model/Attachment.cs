using System.Collections.Immutable;

namespace Efactura.Core.Model;

/// <summary>A binary document embedded in the invoice (BT-125).</summary>
/// <param name="Content">The bytes; written base64 encoded.</param>
/// <param name="MimeCode">The MIME type, e.g. application/pdf (BT-125-1).</param>
/// <param name="FileName">The file name (BT-125-2).</param>
public sealed record Attachment(ImmutableArray<byte> Content, string MimeCode, string FileName)
{
    /// <summary>Two attachments are equal when their bytes, type and name are.</summary>
    public bool Equals(Attachment? other) =>
        other is not null && MimeCode == other.MimeCode && FileName == other.FileName
        && Content.AsSpan().SequenceEqual(other.Content.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MimeCode, FileName, Content.Length);
}
