using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Efactura.Anaf.Messages;

namespace Efactura.Anaf.Archives;

/// <summary>
/// The error file of a <c>nok</c> (anaf-api.md §5.1): <c>header</c> in <c>mfp:anaf:dgti:efactura:mesajEroriFactuta:v1</c>
/// with <c>Index_incarcare</c>, <c>Cif_emitent</c> and one <c>Error/@errorMessage</c> per problem.
/// </summary>
/// <param name="UploadIndex"><c>Index_incarcare</c>.</param>
/// <param name="IssuerCif"><c>Cif_emitent</c>.</param>
/// <param name="Messages">Each <c>errorMessage</c>, verbatim.</param>
public sealed record AnafErrorFile(long? UploadIndex, string? IssuerCif, IReadOnlyList<string> Messages)
{
    /// <summary>The error file's namespace, with ANAF's spelling "Factuta".</summary>
    public const string Namespace = "mfp:anaf:dgti:efactura:mesajEroriFactuta:v1";

    /// <summary>Each message explained by the catalogue.</summary>
    public IReadOnlyList<AnafExplanation> Explanations => Messages.Select(AnafMessageCatalogue.Explain).ToList();

    /// <summary>The error file in <paramref name="document"/>, or null when the document is something else (an invoice).</summary>
    public static AnafErrorFile? TryParse(byte[] document)
    {
        ArgumentNullException.ThrowIfNull(document);
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(document, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XDocument.Load(reader).Root!;
        }
        catch (XmlException)
        {
            return null;
        }
        XNamespace ns = Namespace;
        if (root.Name != ns + "header") return null;
        var index = long.TryParse((string?)root.Attribute("Index_incarcare"), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : (long?)null;
        var messages = root.Elements(ns + "Error").Select(e => (string?)e.Attribute("errorMessage") ?? "").ToList();
        return new AnafErrorFile(index, (string?)root.Attribute("Cif_emitent"), messages);
    }
}
