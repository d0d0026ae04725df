namespace Efactura.Ubl;

/// <summary>The syntax of an XML invoice, told from its root element (<see cref="InvoiceXmlReader.DetectSyntax"/>).</summary>
public enum InvoiceSyntax
{
    /// <summary>Not an invoice in either syntax, or not well-formed up to its root element.</summary>
    Unknown,

    /// <summary>A UBL 2.1 Invoice or CreditNote (ANAF's <c>standard=UBL</c>, or <c>CN</c> for a credit note).</summary>
    Ubl,

    /// <summary>A UN/CEFACT Cross Industry Invoice D16B, <c>rsm:CrossIndustryInvoice</c> (ANAF's <c>standard=CII</c>).</summary>
    Cii,
}
