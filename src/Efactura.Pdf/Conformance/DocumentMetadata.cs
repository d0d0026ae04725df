namespace Efactura.Pdf.Conformance;

/// <summary>The document information a PDF carries twice (information dictionary and XMP), the same in both.</summary>
internal sealed record DocumentMetadata(string Title, string Author, string Subject, string Creator, DateTimeOffset CreatedAt);
