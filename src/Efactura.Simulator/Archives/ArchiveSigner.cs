using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Efactura.Simulator.Protocol;

namespace Efactura.Simulator.Archives;

/// <summary>
/// Signs the <c>{N}.xml</c> of a download as ANAF does (anaf-recordings/README.md, checked against real ZIPs):
/// <list type="bullet">
/// <item>test: the document without its XML declaration, with an enveloped <c>Signature</c> as the root's last child
/// (exclusive C14N, RSA-SHA256, <c>Reference URI=""</c> with the enveloped transform, SHA-256), then formatted the way
/// ANAF formats it after signing: a line break before <c>Signature</c>, a line break after every start tag and child
/// of its elements that hold elements (inside <c>SignedInfo</c> too, which was signed without them), base64 wrapped
/// at 76 characters with <c>&amp;#13;</c> line ends;</item>
/// <item>production: a detached <c>Signature</c> document with ANAF's prolog, inclusive C14N, RSA-SHA1, one
/// <c>Reference URI=""</c> without transforms whose SHA-256 digest is over the raw bytes of <c>{N}.xml</c>, no
/// whitespace between elements, base64 wrapped at 76 characters with plain line breaks.</item>
/// </list>
/// </summary>
internal sealed class ArchiveSigner(X509Certificate2 certificate, bool corrupt = false)
{
    private const string Dsig = SignedXml.XmlDsigNamespaceUrl;

    /// <summary>The certificate signing every ZIP.</summary>
    public X509Certificate2 Certificate => certificate;

    /// <summary>The <c>semnatura_{N}.xml</c> bytes for <paramref name="document"/>.</summary>
    public byte[] Sign(byte[] document, AnafEnvironment environment)
    {
        var signature = environment == AnafEnvironment.Test ? Enveloped(document) : Detached(document);
        return corrupt ? Corrupt(signature) : signature;
    }

    private byte[] Enveloped(byte[] document)
    {
        var copy = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var reader = XmlReader.Create(new MemoryStream(document), SafeXml.Settings)) copy.Load(reader);
        // Computed while the document is still unsigned: the enveloped transform digests exactly this content.
        var signed = new SignedXml(copy) { SigningKey = certificate.GetRSAPrivateKey() };
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        signed.AddReference(reference);
        signed.KeyInfo = KeyInfo();
        signed.ComputeSignature();
        var formatted = new StringBuilder();
        WriteFormatted(signed.GetXml(), formatted, root: true);

        // The document's own text from its root on (ANAF drops the declaration), the Signature spliced in before the
        // root's end tag: a line break in front of it, the whitespace that ended the root's content after it.
        var text = Encoding.UTF8.GetString(document);
        var rootStart = text.IndexOf('<', text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) : 0);
        if (copy.DocumentElement!.IsEmpty)
        {
            // An empty root (<x/>) gets an end tag to hold the signature.
            var close = text.LastIndexOf("/>", StringComparison.Ordinal);
            text = text[..close] + "></" + copy.DocumentElement.Name + ">" + text[(close + 2)..];
        }
        var endTag = text.LastIndexOf("</", StringComparison.Ordinal);
        var content = text[rootStart..endTag];
        var trimmed = content.TrimEnd(' ', '\t', '\r', '\n');
        return Encoding.UTF8.GetBytes(string.Concat(trimmed, "\n", formatted.ToString(), content[trimmed.Length..], text[endTag..]));
    }

    // ANAF's formatting of the signature: an element holding elements gets a line break after its start tag and after
    // each child; base64 text is wrapped at 76 with CR LF, the CR written as a character reference.
    private static void WriteFormatted(XmlElement element, StringBuilder text, bool root)
    {
        text.Append('<').Append(element.LocalName);
        if (root) text.Append(" xmlns=\"").Append(Dsig).Append('"');
        foreach (XmlAttribute attribute in element.Attributes)
            if (attribute.Name != "xmlns") text.Append(' ').Append(attribute.Name).Append("=\"").Append(AnafXml.Escape(attribute.Value)).Append('"');
        var children = element.ChildNodes.OfType<XmlElement>().ToList();
        if (children.Count > 0)
        {
            text.Append(">\n");
            foreach (var child in children)
            {
                WriteFormatted(child, text, root: false);
                text.Append('\n');
            }
            text.Append("</").Append(element.LocalName).Append('>');
            return;
        }
        if (element.InnerText.Length == 0)
        {
            text.Append("/>");
            return;
        }
        var value = element.LocalName is "SignatureValue" or "X509Certificate" ? Wrap(element.InnerText, "&#13;\n") : AnafXml.Escape(element.InnerText);
        text.Append('>').Append(value).Append("</").Append(element.LocalName).Append('>');
    }

    private byte[] Detached(byte[] document)
    {
        var digest = Convert.ToBase64String(SHA256.HashData(document));
        var signedInfo =
            "<SignedInfo><CanonicalizationMethod Algorithm=\"" + SignedXml.XmlDsigC14NTransformUrl + "\"/>" +
            "<SignatureMethod Algorithm=\"" + SignedXml.XmlDsigRSASHA1Url + "\"/>" +
            "<Reference URI=\"\"><DigestMethod Algorithm=\"" + SignedXml.XmlDsigSHA256Url + "\"/><DigestValue>" + digest + "</DigestValue></Reference></SignedInfo>";
        // Inclusive C14N of SignedInfo in place: it inherits Signature's default namespace.
        var isolated = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        isolated.LoadXml(signedInfo.Replace("<SignedInfo>", $"<SignedInfo xmlns=\"{Dsig}\">", StringComparison.Ordinal));
        var c14n = new XmlDsigC14NTransform();
        c14n.LoadInput(isolated);
        using var canonical = (Stream)c14n.GetOutput(typeof(Stream));
        using var key = certificate.GetRSAPrivateKey()!;
        var value = key.SignData(canonical, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>" +
            $"<Signature xmlns=\"{Dsig}\">" + signedInfo +
            "<SignatureValue>" + Wrap(Convert.ToBase64String(value), "\n") + "</SignatureValue>" +
            "<KeyInfo><X509Data><X509SubjectName>" + AnafXml.Escape(certificate.SubjectName.Name) + "</X509SubjectName>" +
            "<X509Certificate>" + Wrap(Convert.ToBase64String(certificate.RawData), "\n") + "</X509Certificate></X509Data></KeyInfo></Signature>";
        return Encoding.UTF8.GetBytes(xml);
    }

    private KeyInfo KeyInfo()
    {
        var x509 = new KeyInfoX509Data(certificate);
        x509.AddSubjectName(certificate.SubjectName.Name);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(x509);
        return keyInfo;
    }

    private static string Wrap(string base64, string lineEnd) =>
        string.Join(lineEnd, Enumerable.Range(0, (base64.Length + 75) / 76).Select(i => base64.Substring(i * 76, Math.Min(76, base64.Length - i * 76))));

    // A signature that no longer verifies: one character of the signed digest changed (SimulatorOptions.CorruptSignatures).
    private static byte[] Corrupt(byte[] signature)
    {
        var text = Encoding.UTF8.GetString(signature);
        var at = text.IndexOf("<DigestValue>", StringComparison.Ordinal) + "<DigestValue>".Length;
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), text[at] == 'A' ? "B" : "A", text.AsSpan(at + 1)));
    }
}
