namespace Efactura.Anaf.Archives;

/// <summary>The two files of a descarcare ZIP (anaf-api.md §5.1).</summary>
/// <param name="Index">N of <c>{N}.xml</c>: the upload index.</param>
/// <param name="Document">The invoice as uploaded, the error file, or the buyer message.</param>
/// <param name="Signature"><c>semnatura_{N}.xml</c>.</param>
public sealed record ArchiveContents(long Index, byte[] Document, byte[] Signature)
{
    /// <summary>The document's entry name.</summary>
    public string DocumentName => $"{Index}.xml";

    /// <summary>The signature's entry name.</summary>
    public string SignatureName => $"semnatura_{Index}.xml";

    /// <summary>
    /// When ANAF wrote the signature: the time of the <c>semnatura_{N}.xml</c> entry, which ANAF's ZIP records in
    /// Romanian wall-clock time (neither signature form carries a signing time of its own); null when unknown.
    /// </summary>
    public DateTimeOffset? SignedAt { get; init; }
}
