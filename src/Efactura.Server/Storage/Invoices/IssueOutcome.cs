namespace Efactura.Server.Storage.Invoices;

/// <summary>What became of an issue (a new issued invoice, a draft issued, or a credit note made by voiding).</summary>
public enum IssueOutcome
{
    /// <summary>Issued, its XML stored, and planned.</summary>
    Issued,

    /// <summary>The tenant has no such company, draft or original invoice.</summary>
    NotFound,

    /// <summary>The draft is no draft any more, or the original is not accepted.</summary>
    StateConflict,

    /// <summary>The company already issued an invoice with this number (a rejected one does not count).</summary>
    DuplicateNumber,

    /// <summary>The original already has a credit note on its way (or accepted).</summary>
    CreditNotePending,
}
