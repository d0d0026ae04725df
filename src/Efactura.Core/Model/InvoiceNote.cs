namespace Efactura.Core.Model;

/// <summary>A textual note on the invoice (BG-1).</summary>
/// <param name="Text">The note (BT-22).</param>
/// <param name="SubjectCode">The subject of the note, UNCL 4451 (BT-21); in UBL written as a "#CODE#" prefix.</param>
public sealed record InvoiceNote(string Text, string? SubjectCode = null);
