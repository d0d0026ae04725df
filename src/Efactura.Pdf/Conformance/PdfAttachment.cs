namespace Efactura.Pdf.Conformance;

/// <summary>A file carried inside the PDF (a PDF/A-3 associated file).</summary>
/// <param name="FileName">Its name, as a PDF reader lists it.</param>
/// <param name="Content">Its bytes, unchanged.</param>
/// <param name="Description">What it is, in one line.</param>
/// <param name="Relationship">How it relates to the PDF (PDF/A-3 AFRelationship): Alternative for the invoice's XML, Supplement for ANAF's signature.</param>
internal sealed record PdfAttachment(string FileName, ReadOnlyMemory<byte> Content, string Description, string Relationship);
