using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Efactura.Anaf;

/// <summary>
/// The buyer's message to the supplier about a received invoice (RASP, anaf-api.md §10). Its XML is the shape of
/// ANAF's upload.html example "structura xml pentru RASP": one empty <c>header</c> element in
/// <c>mfp:anaf:dgti:spv:reqMesaj:v1</c> with the attributes <c>index_incarcare</c> (the answered invoice's upload
/// index) and <c>message</c> (the text).
/// </summary>
/// <param name="AnsweredIndex">The <c>index_incarcare</c> of the invoice being answered.</param>
/// <param name="Text">The message; at most <see cref="MaxTextLength"/> characters.</param>
public sealed record BuyerMessage(long AnsweredIndex, string Text)
{
    /// <summary>The namespace of the RASP <c>header</c>.</summary>
    public const string Namespace = "mfp:anaf:dgti:spv:reqMesaj:v1";

    /// <summary>
    /// The gateway's own limit on the text: ANAF documents no maximum (anaf-api.md §10 lists it as unconfirmed), so
    /// a long text is refused here rather than left to an unknown answer.
    /// </summary>
    public const int MaxTextLength = 1000;

    private static readonly XNamespace Ns = Namespace;

    /// <summary>Why this message cannot be sent, or null when it can.</summary>
    public string? Problem() =>
        AnsweredIndex <= 0 ? $"The answered upload index must be positive, not {AnsweredIndex}."
        : string.IsNullOrWhiteSpace(Text) ? "The message text is empty."
        : Text.Length > MaxTextLength ? $"The message text has {Text.Length} characters; at most {MaxTextLength} are sent."
        : CarriesInXml(Text) ? null
        : "The message text contains a character XML cannot carry (a control character or a broken surrogate pair).";

    private static bool CarriesInXml(string text)
    {
        try
        {
            XmlConvert.VerifyXmlChars(text);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>
    /// The UTF-8 XML uploaded with <c>standard=RASP</c>, written exactly as ANAF's example is (prolog, line break,
    /// then the header with <c>xmlns</c>, <c>index_incarcare</c> and <c>message</c> in that order).
    /// </summary>
    public byte[] ToXml()
    {
        if (Problem() is { } problem) throw new InvalidOperationException(problem);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
            .Append("<header xmlns=\"").Append(Namespace).Append("\" index_incarcare=\"")
            .Append(AnsweredIndex.ToString(CultureInfo.InvariantCulture)).Append("\" message=\"");
        foreach (var c in Text)
        {
            xml.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\n' => "&#xA;", // kept as a line break: a parser turns a literal one in an attribute into a space
                '\r' => "&#xD;",
                '\t' => "&#x9;",
                _ => c.ToString(),
            });
        }
        return Encoding.UTF8.GetBytes(xml.Append("\"/>").ToString());
    }

    /// <summary>The buyer message in <paramref name="document"/> (a RASP upload, or the XML of a downloaded buyer message), or null when it is none.</summary>
    public static BuyerMessage? TryRead(byte[] document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(document, writable: false),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 1_000_000 });
            var root = XDocument.Load(reader).Root;
            if (root is null || root.Name != Ns + "header") return null;
            return long.TryParse((string?)root.Attribute("index_incarcare"), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && (string?)root.Attribute("message") is { } text
                ? new BuyerMessage(index, text)
                : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
