using Efactura.Anaf.Archives;

namespace Efactura.Anaf.Results;

/// <summary>
/// A downloaded ZIP, kept byte for byte (it is the legal original, whatever <see cref="Signature"/> says), its two
/// files, and the check of ANAF's signature.
/// </summary>
/// <param name="Zip">The ZIP as ANAF sent it.</param>
/// <param name="Contents">The document and its signature.</param>
public sealed record DownloadedArchive(byte[] Zip, ArchiveContents Contents)
{
    /// <summary>
    /// The signature checked against the client's <see cref="AnafClientOptions.Signers"/> at the ZIP's signing
    /// time: verified, unknown signer or invalid. It never makes the download fail: ANAF's answer is what it is.
    /// </summary>
    public required SignatureVerification Signature { get; init; }

    /// <summary>The error file, when the message is a <c>nok</c>; null for an invoice or a buyer message.</summary>
    public AnafErrorFile? ErrorFile => AnafErrorFile.TryParse(Contents.Document);
}
