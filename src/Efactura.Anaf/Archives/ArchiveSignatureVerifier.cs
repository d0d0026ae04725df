using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Efactura.Anaf.Archives;

/// <summary>
/// Verifies the Ministry of Finance's signature on a downloaded message, in both forms ANAF uses
/// (anaf-api.md §5.2). For the enveloped form the signed copy must equal the document; for the detached
/// form the reference digest must be the digest of the document's raw bytes. Either way the signature
/// value must verify with the certificate in KeyInfo; whether that certificate is trusted is up to the caller.
/// </summary>
public static class ArchiveSignatureVerifier
{
    private const string Dsig = SignedXml.XmlDsigNamespaceUrl;

    /// <summary>Verifies the two files of a ZIP.</summary>
    public static SignatureVerification Verify(ArchiveContents contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        return Verify(contents.Document, contents.Signature);
    }

    /// <summary>Verifies <paramref name="signature"/> (a <c>semnatura_{N}.xml</c>) over <paramref name="document"/>.</summary>
    public static SignatureVerification Verify(byte[] document, byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(signature);
        try
        {
            var signatureDocument = Load(signature);
            var root = signatureDocument.DocumentElement!;
            return root.LocalName == "Signature" && root.NamespaceURI == Dsig
                ? Detached(document, root)
                : Enveloped(document, signatureDocument);
        }
        catch (Exception e) when (e is XmlException or CryptographicException or FormatException)
        {
            return new SignatureVerification(false, SignatureForm.Unknown, null, e.Message);
        }
    }

    private static SignatureVerification Enveloped(byte[] document, XmlDocument signatureDocument)
    {
        var element = signatureDocument.DocumentElement!.ChildNodes.OfType<XmlElement>().LastOrDefault(e => e.LocalName == "Signature" && e.NamespaceURI == Dsig);
        if (element is null) return new(false, SignatureForm.Unknown, null, "no Signature element");
        using var certificate = Certificate(element);
        if (certificate is null) return new(false, SignatureForm.Enveloped, null, "no X509Certificate in KeyInfo");
        var signer = SignerCertificate.From(certificate);
        var signed = new SignedXml(signatureDocument);
        signed.LoadXml(element);
        if (!signed.CheckSignature(certificate, verifySignatureOnly: true)) return new(false, SignatureForm.Enveloped, signer, "the signature does not verify");
        element.ParentNode!.RemoveChild(element);
        if (!Canonical(signatureDocument).AsSpan().SequenceEqual(Canonical(Load(document))))
            return new(false, SignatureForm.Enveloped, signer, "the document differs from the signed copy");
        return new(true, SignatureForm.Enveloped, signer, null);
    }

    private static SignatureVerification Detached(byte[] document, XmlElement element)
    {
        using var certificate = Certificate(element);
        if (certificate is null) return new(false, SignatureForm.Detached, null, "no X509Certificate in KeyInfo");
        var signer = SignerCertificate.From(certificate);
        var ns = Namespaces(element.OwnerDocument);
        var signedInfo = element.SelectSingleNode("ds:SignedInfo", ns) as XmlElement;
        var references = element.SelectNodes("ds:SignedInfo/ds:Reference", ns)!;
        if (signedInfo is null || references.Count != 1) return new(false, SignatureForm.Detached, signer, "expected one Reference");
        var reference = (XmlElement)references[0]!;
        var digestMethod = reference.SelectSingleNode("ds:DigestMethod/@Algorithm", ns)?.Value;
        var digest = reference.SelectSingleNode("ds:DigestValue", ns)?.InnerText.Trim();
        if (Hash(digestMethod, document) is not { } actual || digest is null) return new(false, SignatureForm.Detached, signer, $"unsupported digest {digestMethod}");
        if (!CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(digest), actual))
            return new(false, SignatureForm.Detached, signer, "the document's digest differs from the signed one");
        var value = element.SelectSingleNode("ds:SignatureValue", ns)?.InnerText.Trim();
        if (value is null) return new(false, SignatureForm.Detached, signer, "no SignatureValue");
        return VerifySignedInfo(signedInfo, Convert.FromBase64String(value), certificate, ns)
            ? new(true, SignatureForm.Detached, signer, null)
            : new(false, SignatureForm.Detached, signer, "the signature does not verify");
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
