using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Efactura.Simulator.Protocol;

namespace Efactura.Simulator.Archives;

/// <summary>
/// The simulator's side of <c>/api/validate/signature</c>: is <c>semnatura_{N}.xml</c> a valid signature by
/// the simulator's certificate over <c>{N}.xml</c>, in either form (anaf-api.md §5.2, §6.3)?
/// </summary>
internal static class SignatureCheck
{
    private const string DsigNamespace = SignedXml.XmlDsigNamespaceUrl;

    /// <summary>True when <paramref name="signature"/> signs <paramref name="document"/> with <paramref name="signer"/>'s key.</summary>
    public static bool Verify(byte[] document, byte[] signature, X509Certificate2 signer)
    {
        try
        {
            var signatureDocument = Load(signature);
            var root = signatureDocument.DocumentElement!;
            return root.LocalName == "Signature" && root.NamespaceURI == DsigNamespace
                ? VerifyDetached(document, root, signer)
                : VerifyEnveloped(document, signatureDocument, signer);
        }
        catch (Exception e) when (e is XmlException or CryptographicException or FormatException)
        {
            return false;
        }
    }

    // The reference points outside the signature document, so its digest is checked here against the raw
    // bytes and SignedInfo's signature by hand, as SignedXml would after resolving the reference.
    private static bool VerifyDetached(byte[] document, XmlElement signatureElement, X509Certificate2 signer)
    {
        var ns = new XmlNamespaceManager(signatureElement.OwnerDocument.NameTable);
        ns.AddNamespace("ds", DsigNamespace);
        var signedInfo = signatureElement.SelectSingleNode("ds:SignedInfo", ns) as XmlElement;
        var references = signatureElement.SelectNodes("ds:SignedInfo/ds:Reference", ns)!;
        var digest = signatureElement.SelectSingleNode("ds:SignedInfo/ds:Reference/ds:DigestValue", ns)?.InnerText;
        var value = signatureElement.SelectSingleNode("ds:SignatureValue", ns)?.InnerText;
        if (signedInfo is null || references.Count != 1 || digest is null || value is null) return false;
        if (!CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(digest.Trim()), SHA256.HashData(document))) return false;
        // ANAF's production form: inclusive C14N (SignedInfo inherits Signature's default namespace) and RSA-SHA1.
        var isolated = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var copy = (XmlElement)isolated.ImportNode(signedInfo, deep: true);
        copy.SetAttribute("xmlns", DsigNamespace);
        isolated.AppendChild(copy);
        Transform transform = signedInfo.SelectSingleNode("ds:CanonicalizationMethod/@Algorithm", ns)?.Value == SignedXml.XmlDsigExcC14NTransformUrl
            ? new XmlDsigExcC14NTransform() : new XmlDsigC14NTransform();
        var hash = signedInfo.SelectSingleNode("ds:SignatureMethod/@Algorithm", ns)?.Value == SignedXml.XmlDsigRSASHA1Url ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256;
        transform.LoadInput(isolated);
        using var canonical = (Stream)transform.GetOutput(typeof(Stream));
        using var key = signer.GetRSAPublicKey();
        return key is not null && key.VerifyData(canonical, Convert.FromBase64String(value.Trim()), hash, RSASignaturePadding.Pkcs1);
    }

    private static bool VerifyEnveloped(byte[] document, XmlDocument signatureDocument, X509Certificate2 signer)
    {
        var signatureElement = signatureDocument.DocumentElement!.GetElementsByTagName("Signature", DsigNamespace).OfType<XmlElement>().LastOrDefault();
        if (signatureElement is null) return false;
        UndoFormatting(signatureElement);
        var signed = new SignedXml(signatureDocument);
        signed.LoadXml(signatureElement);
        if (!signed.CheckSignature(signer, verifySignatureOnly: true)) return false;
        // The signature covers a copy; the file beside it must be that copy.
        signatureElement.ParentNode!.RemoveChild(signatureElement);
        return Canonical(signatureDocument).AsSpan().SequenceEqual(Canonical(Load(document)));
    }

    // ANAF signs before it formats (ArchiveSigner): the line break before Signature and those inside SignedInfo are
    // taken out again before checking, when the file has that shape.
    private static void UndoFormatting(XmlElement signature)
    {
        if (signature.PreviousSibling is not { NodeType: XmlNodeType.Whitespace, Value: "\n" } lineBreak) return;
        lineBreak.ParentNode!.RemoveChild(lineBreak);
        if (signature.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "SignedInfo") is not { } signedInfo) return;
        var breaks = new List<XmlNode>();
        var pending = new Stack<XmlNode>([signedInfo]);
        while (pending.Count > 0)
        {
            foreach (XmlNode child in pending.Pop().ChildNodes)
            {
                if (child is { NodeType: XmlNodeType.Whitespace, Value: "\n" }) breaks.Add(child);
                else if (child.NodeType == XmlNodeType.Element) pending.Push(child);
            }
        }
        foreach (var node in breaks) node.ParentNode!.RemoveChild(node);
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
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), SafeXml.Settings);
        document.Load(reader);
        return document;
    }
}
