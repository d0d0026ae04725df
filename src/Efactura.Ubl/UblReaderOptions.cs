namespace Efactura.Ubl;

/// <summary>Limits for <see cref="UblReader"/>.</summary>
public sealed record UblReaderOptions
{
    /// <summary>10 MiB, the largest file ANAF's e-Factura upload accepts (ANAF, "Informații tehnice e-Factura": 10 MB per file).</summary>
    public const long DefaultMaxDocumentBytes = 10L * 1024 * 1024;

    /// <summary>
    /// The largest document read, in bytes (for a string: its UTF-8 length); larger documents are refused
    /// with a <see cref="UblReadException"/> while reading, also from streams that do not know their length.
    /// The same number bounds the characters read. Default <see cref="DefaultMaxDocumentBytes"/> (10 MiB).
    /// </summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;
}
