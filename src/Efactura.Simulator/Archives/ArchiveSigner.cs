using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Efactura.Simulator.Protocol;

namespace Efactura.Simulator.Archives;

/// <summary>
/// Signs the <c>{N}.xml</c> of a download the two ways ANAF does (anaf-api.md §5.2): in the test
/// environment an enveloped XMLDSig over a copy of the document (exclusive c14n, RSA-SHA256, SHA-256,
/// the signer's subject and certificate in KeyInfo); in production a detached signature whose root is
/// <c>Signature</c> and whose reference digest is the SHA-256 of the document's raw bytes.
/// </summary>
internal sealed class ArchiveSigner(X509Certificate2 certificate)
{
    /// <summary>The certificate signing every ZIP.</summary>
    public X509Certificate2 Certificate => certificate;

    /// <summary>The <c>semnatura_{N}.xml</c> bytes for <paramref name="document"/>.</summary>
    public byte[] Sign(byte[] document, string documentFileName, AnafEnvironment environment) =>
        environment == AnafEnvironment.Test ? Enveloped(document) : Detached(document, documentFileName);

    private byte[] Enveloped(byte[] document)
    {
        var copy = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var reader = XmlReader.Create(new MemoryStream(document), SafeXml.Settings)) copy.Load(reader);
        var signed = NewSignedXml(copy);
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        signed.AddReference(reference);
        signed.ComputeSignature();
        copy.DocumentElement!.AppendChild(copy.ImportNode(signed.GetXml(), deep: true));
        return Serialize(copy);
    }

    private byte[] Detached(byte[] document, string documentFileName)
    {
        var signed = NewSignedXml(null);
        // A stream reference digests the raw bytes; the URI only names the file beside it in the ZIP.
        var reference = new Reference(new MemoryStream(document, writable: false)) { DigestMethod = SignedXml.XmlDsigSHA256Url, Uri = documentFileName };
        signed.AddReference(reference);
        signed.ComputeSignature();
        var signature = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        signature.AppendChild(signature.CreateXmlDeclaration("1.0", "UTF-8", null));
        signature.AppendChild(signature.ImportNode(signed.GetXml(), deep: true));
        return Serialize(signature);
    }

    private SignedXml NewSignedXml(XmlDocument? document)
    {
        var signed = document is null ? new SignedXml() : new SignedXml(document);
        signed.SigningKey = certificate.GetRSAPrivateKey();
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var x509 = new KeyInfoX509Data(certificate);
        x509.AddSubjectName(certificate.SubjectName.Name);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(x509);
        signed.KeyInfo = keyInfo;
        return signed;
    }

    private static byte[] Serialize(XmlDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
            document.Save(writer);
        return buffer.ToArray();
    }
}
