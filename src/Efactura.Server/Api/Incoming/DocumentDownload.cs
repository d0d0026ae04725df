using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Storage.Documents;
using Microsoft.Net.Http.Headers;

namespace Efactura.Server.Api.Incoming;

/// <summary>A stored document as a download: its media type, a file name, and its SHA-256 as the ETag.</summary>
public static class DocumentDownload
{
    /// <summary>The download of <paramref name="document"/>, named <paramref name="baseName"/> plus the kind's extension.</summary>
    public static FileContentHttpResult Result(DocumentContent document, string baseName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var kind = document.Document.Kind;
        var extension = kind == DocumentKind.Signature ? "signature.xml" : kind.ToString().ToLowerInvariant();
        return TypedResults.File(document.Content, DocumentMediaTypes.Of(kind), $"{baseName}.{extension}",
            entityTag: new EntityTagHeaderValue($"\"{document.Document.Sha256}\""));
    }
}
