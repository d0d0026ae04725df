using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Efactura.Anaf.Archives;

/// <summary>
/// Verifies the Ministry of Finance's signature on a downloaded message, in both forms ANAF uses
/// (anaf-api.md §5.2, anaf-recordings/README.md), and says whether ANAF made it:
/// <list type="bullet">
/// <item>detached (production): the root is <c>Signature</c>, one <c>Reference</c> without transforms whose digest
/// is the digest of the raw bytes of <c>{N}.xml</c>, <c>SignedInfo</c> signed as written (ANAF: inclusive C14N,
/// RSA-SHA1);</item>
/// <item>enveloped (test): a copy of the document with <c>Signature</c> as the root's last child (exclusive C14N,
/// RSA-SHA256, <c>Reference URI=""</c> with the enveloped transform). ANAF formats the file after signing it:
/// it puts a line break before <c>Signature</c> and line breaks between <c>SignedInfo</c>'s elements. A signature
/// that does not verify as written is verified once more with exactly those line breaks taken out, nothing
/// else; either way the signed copy must then equal the document.</item>
/// </list>
/// A valid signature is <see cref="SignatureOutcome.Verified"/> when its certificate is one of the pinned
/// <see cref="AnafSigners"/> and was valid at the signing time, else <see cref="SignatureOutcome.UnknownSigner"/>.
/// </summary>
public static class ArchiveSignatureVerifier
{
    private const string Dsig = SignedXml.XmlDsigNamespaceUrl;

    /// <summary>Verifies the two files of a ZIP against every pinned ANAF certificate, judged at <see cref="ArchiveContents.SignedAt"/>.</summary>
    public static SignatureVerification Verify(ArchiveContents contents) => Verify(contents, AnafSigners.Any);

    /// <summary>Verifies the two files of a ZIP against <paramref name="signers"/>, judged at <see cref="ArchiveContents.SignedAt"/>.</summary>
    public static SignatureVerification Verify(ArchiveContents contents, AnafSigners signers)
    {
        ArgumentNullException.ThrowIfNull(contents);
        return Verify(contents.Document, contents.Signature, signers, contents.SignedAt);
    }

    /// <summary>
    /// Verifies <paramref name="signature"/> (a <c>semnatura_{N}.xml</c>) over <paramref name="document"/>; the
    /// certificate must be one of <paramref name="signers"/>, valid at <paramref name="signedAt"/> when that is known.
    /// </summary>
    public static SignatureVerification Verify(byte[] document, byte[] signature, AnafSigners signers, DateTimeOffset? signedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(signers);
        SignatureVerification checkedSignature;
        try
        {
            var signatureDocument = Load(signature);
            var root = signatureDocument.DocumentElement!;
            checkedSignature = root.LocalName == "Signature" && root.NamespaceURI == Dsig
                ? Detached(document, root)
                : Enveloped(document, signatureDocument);
        }
        catch (Exception e) when (e is XmlException or CryptographicException or FormatException)
        {
            checkedSignature = new SignatureVerification(SignatureOutcome.Invalid, SignatureForm.Unknown, null, e.Message);
        }
        return Judge(checkedSignature, signers, signedAt) with { SignedAt = signedAt };
    }

    // A valid signature is ANAF's when its certificate is pinned and valid at the signing time.
    // Without a known signing time the pin alone decides.
    private static SignatureVerification Judge(SignatureVerification valid, AnafSigners signers, DateTimeOffset? signedAt)
    {
        if (!valid.IsValid || valid.Signer is null) return valid;
        if (signers.Find(valid.Signer.Sha256) is not { } pinned)
            return valid with { Outcome = SignatureOutcome.UnknownSigner, Failure = $"the signer ({valid.Signer.Subject}) is not one of ANAF's pinned certificates" };
        if (signedAt is { } at && !pinned.ValidAt(at))
            return valid with
            {
                Outcome = SignatureOutcome.UnknownSigner,
                Failure = $"ANAF's certificate ({pinned.Name}) was valid {pinned.NotBefore:yyyy-MM-dd} to {pinned.NotAfter:yyyy-MM-dd}, not at the signing time {at:yyyy-MM-dd HH:mm} UTC",
            };
        return valid with { Outcome = SignatureOutcome.Verified, Failure = null, PinnedSigner = pinned };
    }

    private static XmlElement? SignatureElement(XmlDocument document) =>
        document.DocumentElement!.ChildNodes.OfType<XmlElement>().LastOrDefault() is { LocalName: "Signature", NamespaceURI: Dsig } last ? last : null;

    private static SignatureVerification Enveloped(byte[] document, XmlDocument signatureDocument)
    {
        if (SignatureElement(signatureDocument) is not { } element)
            return Invalid(SignatureForm.Unknown, null, "no Signature element as the root's last child");
        using var certificate = Certificate(element);
        if (certificate is null) return Invalid(SignatureForm.Enveloped, null, "no X509Certificate in KeyInfo");
        var signer = SignerCertificate.From(certificate);
        var ns = Namespaces(signatureDocument);
        var references = element.SelectNodes("ds:SignedInfo/ds:Reference", ns)!;
        if (references.Count != 1 || ((XmlElement)references[0]!).GetAttribute("URI") != "")
            return Invalid(SignatureForm.Enveloped, signer, "expected one Reference to the whole document (URI=\"\")");

        var formattingUndone = false;
        var signedCopy = VerifiedCopy(signatureDocument, certificate, undoFormatting: false);
        if (signedCopy is null)
        {
            signedCopy = VerifiedCopy(signatureDocument, certificate, undoFormatting: true);
            formattingUndone = true;
        }
        if (signedCopy is null) return Invalid(SignatureForm.Enveloped, signer, "the signature does not verify");
        if (!Canonical(signedCopy).AsSpan().SequenceEqual(Canonical(Load(document))))
            return Invalid(SignatureForm.Enveloped, signer, "the document differs from the signed copy");
        return new(SignatureOutcome.Verified, SignatureForm.Enveloped, signer, null) { FormattingUndone = formattingUndone };
    }

    // The document as signed (without its Signature) when the signature verifies over it, else null.
    private static XmlDocument? VerifiedCopy(XmlDocument signatureDocument, X509Certificate2 certificate, bool undoFormatting)
    {
        // XmlDocument.Clone drops PreserveWhitespace, and SignedXml digests URI="" with the document's setting.
        var copy = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        copy.AppendChild(copy.ImportNode(signatureDocument.DocumentElement!, deep: true));
        var element = SignatureElement(copy)!;
        if (undoFormatting && !UndoAnafFormatting(element)) return null;
        var signed = new SignedXml(copy);
        signed.LoadXml(element);
        if (!signed.CheckSignature(certificate, verifySignatureOnly: true)) return null;
        element.ParentNode!.RemoveChild(element);
        return copy;
    }

    // ANAF's test environment formats semnatura_{N}.xml after signing it. Exactly two changes are undone: the
    // line break in front of Signature (the digest was computed without it) and the line breaks between the
    // elements inside SignedInfo (it was signed without them). False when the file does not have that shape.
    private static bool UndoAnafFormatting(XmlElement signature)
    {
        if (signature.PreviousSibling is not { NodeType: XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace, Value: "\n" } lineBreak) return false;
        lineBreak.ParentNode!.RemoveChild(lineBreak);
        var signedInfo = signature.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "SignedInfo" && e.NamespaceURI == Dsig);
        if (signedInfo is null) return false;
        var breaks = new List<XmlNode>();
        CollectLineBreaks(signedInfo, breaks);
        foreach (var node in breaks) node.ParentNode!.RemoveChild(node);
        return true;
    }

    private static void CollectLineBreaks(XmlNode node, List<XmlNode> found)
    {
        foreach (XmlNode child in node.ChildNodes)
        {
            if (child.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace && child.Value == "\n") found.Add(child);
            else if (child.NodeType == XmlNodeType.Element) CollectLineBreaks(child, found);
        }
    }

    private static SignatureVerification Invalid(SignatureForm form, SignerCertificate? signer, string why) => new(SignatureOutcome.Invalid, form, signer, why);

    private static SignatureVerification Detached(byte[] document, XmlElement element)
    {
        using var certificate = Certificate(element);
        if (certificate is null) return Invalid(SignatureForm.Detached, null, "no X509Certificate in KeyInfo");
        var signer = SignerCertificate.From(certificate);
        var ns = Namespaces(element.OwnerDocument);
        var signedInfo = element.SelectSingleNode("ds:SignedInfo", ns) as XmlElement;
        var references = element.SelectNodes("ds:SignedInfo/ds:Reference", ns)!;
        if (signedInfo is null || references.Count != 1) return Invalid(SignatureForm.Detached, signer, "expected one Reference");
        var reference = (XmlElement)references[0]!;
        // The digest is over the raw bytes: a transform would mean something else was digested.
        if (reference.SelectSingleNode("ds:Transforms", ns) is not null) return Invalid(SignatureForm.Detached, signer, "the Reference has transforms; ANAF's digests the raw document");
        var digestMethod = reference.SelectSingleNode("ds:DigestMethod/@Algorithm", ns)?.Value;
        var digest = reference.SelectSingleNode("ds:DigestValue", ns)?.InnerText.Trim();
        if (Hash(digestMethod, document) is not { } actual || digest is null) return Invalid(SignatureForm.Detached, signer, $"unsupported digest {digestMethod}");
        if (!CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(digest), actual))
            return Invalid(SignatureForm.Detached, signer, "the document's digest differs from the signed one");
        var value = element.SelectSingleNode("ds:SignatureValue", ns)?.InnerText.Trim();
        if (value is null) return Invalid(SignatureForm.Detached, signer, "no SignatureValue");
        return VerifySignedInfo(signedInfo, Convert.FromBase64String(value), certificate, ns)
            ? new(SignatureOutcome.Verified, SignatureForm.Detached, signer, null)
            : Invalid(SignatureForm.Detached, signer, "the signature does not verify");
    }

    // What SignedXml does after resolving references: canonicalize SignedInfo and check the value with the key.
    private static bool VerifySignedInfo(XmlElement signedInfo, byte[] value, X509Certificate2 certificate, XmlNamespaceManager ns)
    {
        var c14n = signedInfo.SelectSingleNode("ds:CanonicalizationMethod/@Algorithm", ns)?.Value;
        var method = signedInfo.SelectSingleNode("ds:SignatureMethod/@Algorithm", ns)?.Value;
        Transform transform = c14n == SignedXml.XmlDsigExcC14NTransformUrl ? new XmlDsigExcC14NTransform() : new XmlDsigC14NTransform();
        var isolated = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var copy = (XmlElement)isolated.ImportNode(signedInfo, deep: true);
        // Inclusive c14n renders the namespaces in scope, which import alone would lose.
        foreach (XmlAttribute attribute in signedInfo.ParentNode!.Attributes!)
            if (attribute.Name.StartsWith("xmlns", StringComparison.Ordinal) && !copy.HasAttribute(attribute.Name)) copy.SetAttribute(attribute.Name, attribute.Value);
        isolated.AppendChild(copy);
        transform.LoadInput(isolated);
        using var canonical = (Stream)transform.GetOutput(typeof(Stream));
        var algorithm = method switch
        {
            SignedXml.XmlDsigRSASHA256Url => HashAlgorithmName.SHA256,
            SignedXml.XmlDsigRSASHA384Url => HashAlgorithmName.SHA384,
            SignedXml.XmlDsigRSASHA512Url => HashAlgorithmName.SHA512,
            SignedXml.XmlDsigRSASHA1Url => HashAlgorithmName.SHA1,
            _ => (HashAlgorithmName?)null,
        };
        using var key = certificate.GetRSAPublicKey();
        return algorithm is { } name && key is not null && key.VerifyData(canonical, value, name, RSASignaturePadding.Pkcs1);
    }

    private static byte[]? Hash(string? algorithm, byte[] data) => algorithm switch
    {
        SignedXml.XmlDsigSHA256Url => SHA256.HashData(data),
        SignedXml.XmlDsigSHA384Url => SHA384.HashData(data),
        SignedXml.XmlDsigSHA512Url => SHA512.HashData(data),
        SignedXml.XmlDsigSHA1Url => SHA1.HashData(data),
        _ => null,
    };

    private static X509Certificate2? Certificate(XmlElement signature)
    {
        var text = signature.SelectSingleNode("ds:KeyInfo/ds:X509Data/ds:X509Certificate", Namespaces(signature.OwnerDocument))?.InnerText;
        return string.IsNullOrWhiteSpace(text) ? null : X509CertificateLoader.LoadCertificate(Convert.FromBase64String(text.Trim()));
    }

    private static XmlNamespaceManager Namespaces(XmlDocument document)
    {
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("ds", Dsig);
        return ns;
    }

    private static byte[] Canonical(XmlDocument document)
    {
        var transform = new XmlDsigC14NTransform();
        transform.LoadInput(document);
        using var output = (Stream)transform.GetOutput(typeof(Stream));
        using var buffer = new MemoryStream();
        output.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static XmlDocument Load(byte[] bytes)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        document.Load(reader);
        return document;
    }
}
