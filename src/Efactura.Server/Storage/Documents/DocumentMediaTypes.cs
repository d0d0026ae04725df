namespace Efactura.Server.Storage.Documents;

/// <summary>The media type of each kind of stored document.</summary>
public static class DocumentMediaTypes
{
    /// <summary>application/zip, application/pdf, or application/xml (the XML and the signature).</summary>
    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Zip => "application/zip",
        DocumentKind.Pdf => "application/pdf",
        _ => "application/xml",
    };
}
