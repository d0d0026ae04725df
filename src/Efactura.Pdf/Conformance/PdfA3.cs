using System.Globalization;
using System.Security;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Efactura.Pdf.Conformance;

/// <summary>
/// Makes a PDFsharp document a PDF/A-3b (ISO 19005-3) file with associated files, as Factur-X and ZUGFeRD do:
/// an sRGB output intent with its ICC profile, XMP metadata naming the part and conformance and agreeing with the
/// document information dictionary, and each attachment embedded as an EmbeddedFile with its MIME subtype, size and
/// date, referenced from the catalogue's EmbeddedFiles name tree and from its AF array.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4's own <c>SetPdfA()</c> writes PDF/A-1 metadata, and PDF/A-1 forbids embedded files, so this class
/// builds the PDF/A-3 objects itself with PDFsharp's object model, and replaces the XMP packet PDFsharp always
/// writes with its own after saving (<see cref="XmpReplacement"/>). Fonts are embedded (subset, Identity-H with a
/// ToUnicode map) by PDFsharp; the renderer draws only text and vector shapes in DeviceRGB, with no transparency.
/// </remarks>
internal static class PdfA3
{
    private const string IccResource = "Efactura.Pdf.ColorProfiles.sRGB.icc";

    /// <summary>Adds the output intent, the document information and the attachments; call before saving.</summary>
    public static void Apply(PdfDocument document, DocumentMetadata metadata, IReadOnlyList<PdfAttachment> attachments)
    {
        document.Version = 17;
        var info = document.Info;
        info.Title = metadata.Title;
        info.Author = metadata.Author;
        info.Subject = metadata.Subject;
        info.Creator = metadata.Creator;
        info.CreationDate = metadata.CreatedAt.UtcDateTime;
        info.ModificationDate = metadata.CreatedAt.UtcDateTime;
        var catalog = document.Internals.Catalog;
        catalog.Elements.SetValue("/OutputIntents", OutputIntents(document));
        if (attachments.Count > 0) Attach(document, catalog, attachments, metadata.CreatedAt);
    }

    /// <summary>Puts the PDF/A-3 XMP packet into the saved file, in place of PDFsharp's own (see <see cref="XmpReplacement"/>).</summary>
    public static byte[] WithMetadata(byte[] pdf, DocumentMetadata metadata) =>
        XmpReplacement.Replace(pdf, producer => Xmp(metadata, producer));

    private static PdfArray OutputIntents(PdfDocument document)
    {
        var profile = new PdfDictionary(document);
        profile.Elements.SetInteger("/N", 3);
        profile.CreateStream(Resource(IccResource));
        document.Internals.AddObject(profile);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", "sRGB IEC61966-2.1");
        intent.Elements.SetString("/Info", "sRGB IEC61966-2.1");
        intent.Elements.SetString("/RegistryName", "http://www.color.org");
        intent.Elements.SetReference("/DestOutputProfile", profile);
        return new PdfArray(document, intent);
    }

    private static string Xmp(DocumentMetadata metadata, string producer)
    {
        var created = metadata.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                  <pdfaid:part>3</pdfaid:part>
                  <pdfaid:conformance>B</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:format>application/pdf</dc:format>
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Escape(metadata.Title)}</rdf:li></rdf:Alt></dc:title>
                  <dc:creator><rdf:Seq><rdf:li>{Escape(metadata.Author)}</rdf:li></rdf:Seq></dc:creator>
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{Escape(metadata.Subject)}</rdf:li></rdf:Alt></dc:description>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <xmp:CreatorTool>{Escape(metadata.Creator)}</xmp:CreatorTool>
                  <xmp:CreateDate>{created}</xmp:CreateDate>
                  <xmp:ModifyDate>{created}</xmp:ModifyDate>
                  <xmp:MetadataDate>{created}</xmp:MetadataDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                  <pdf:Producer>{Escape(producer)}</pdf:Producer>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }

    private static void Attach(PdfDocument document, PdfDictionary catalog, IReadOnlyList<PdfAttachment> attachments, DateTimeOffset createdAt)
    {
        var associated = new PdfArray(document);
        var names = new PdfArray(document);
        // A name tree's keys are sorted (ISO 32000-1, 7.9.6).
        foreach (var attachment in attachments.OrderBy(a => a.FileName, StringComparer.Ordinal))
        {
            var specification = FileSpecification(document, attachment, createdAt);
            associated.Elements.Add(specification.Reference!);
            names.Elements.Add(new PdfString(attachment.FileName, PdfStringEncoding.Unicode));
            names.Elements.Add(specification.Reference!);
        }
        catalog.Elements.SetValue("/AF", associated);
        var embeddedFiles = new PdfDictionary(document);
        embeddedFiles.Elements.SetValue("/Names", names);
        var nameDictionary = catalog.Elements.GetDictionary("/Names") ?? new PdfDictionary(document);
        nameDictionary.Elements.SetValue("/EmbeddedFiles", embeddedFiles);
        catalog.Elements.SetValue("/Names", nameDictionary);
    }

    private static PdfDictionary FileSpecification(PdfDocument document, PdfAttachment attachment, DateTimeOffset createdAt)
    {
        var bytes = attachment.Content.ToArray();
        var file = new PdfDictionary(document);
        file.Elements.SetName("/Type", "/EmbeddedFile");
        // PDFsharp escapes the "/" inside the name itself (written /text#2Fxml).
        file.Elements.SetName("/Subtype", "/text/xml");
        var parameters = new PdfDictionary(document);
        parameters.Elements.SetInteger("/Size", bytes.Length);
        parameters.Elements.SetDateTime("/ModDate", createdAt.UtcDateTime);
        file.Elements.SetValue("/Params", parameters);
        file.CreateStream(bytes);
        file.Stream.Zip();
        document.Internals.AddObject(file);

        var specification = new PdfDictionary(document);
        specification.Elements.SetName("/Type", "/Filespec");
        specification.Elements.SetString("/F", attachment.FileName);
        specification.Elements.SetValue("/UF", new PdfString(attachment.FileName, PdfStringEncoding.Unicode));
        specification.Elements.SetValue("/Desc", new PdfString(attachment.Description, PdfStringEncoding.Unicode));
        specification.Elements.SetName("/AFRelationship", "/" + attachment.Relationship);
        var embedded = new PdfDictionary(document);
        embedded.Elements.SetReference("/F", file);
        embedded.Elements.SetReference("/UF", file);
        specification.Elements.SetValue("/EF", embedded);
        document.Internals.AddObject(specification);
        return specification;
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PdfA3).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from Efactura.Pdf.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
