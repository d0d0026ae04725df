using System.Collections.Frozen;

namespace Efactura.Core.Model;

/// <summary>
/// A document type code from UNCL 1001 (BT-3). Unknown codes are kept as written so that a document
/// read from XML can be validated; <c>CodeLists.DocumentTypes</c> (what CIUS-RO allows) and <c>CodeLists.InvoiceTypeCodes</c> says which codes are allowed.
/// </summary>
/// <param name="Code">The numeric code as text, e.g. "380".</param>
public readonly record struct InvoiceTypeCode(string Code)
{
    /// <summary>380, commercial invoice.</summary>
    public static InvoiceTypeCode CommercialInvoice => new("380");

    /// <summary>381, credit note.</summary>
    public static InvoiceTypeCode CreditNote => new("381");

    /// <summary>384, corrected invoice.</summary>
    public static InvoiceTypeCode CorrectedInvoice => new("384");

    /// <summary>389, self-billed invoice (autofactură).</summary>
    public static InvoiceTypeCode SelfBilledInvoice => new("389");

    /// <summary>751, invoice information for accounting purposes.</summary>
    public static InvoiceTypeCode AccountingInformation => new("751");

    // UNCL 1001 codes that EN 16931 (BR-CL-01) lists as credit notes.
    private static readonly FrozenSet<string> CreditNoteCodes =
        FrozenSet.ToFrozenSet(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"]);

    /// <summary>True when the code belongs to the credit note subset, written as a UBL CreditNote.</summary>
    public bool IsCreditNote => Code is not null && CreditNoteCodes.Contains(Code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
