namespace Efactura.Core.Model;

/// <summary>A reference to a preceding invoice, e.g. the one a credit note or a corrected invoice amends (BG-3).</summary>
/// <param name="Number">The preceding invoice's number (BT-25).</param>
/// <param name="IssueDate">The preceding invoice's issue date (BT-26).</param>
public sealed record PrecedingInvoiceReference(string Number, DateOnly? IssueDate = null);
