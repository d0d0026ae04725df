namespace Efactura.Server.Storage.Documents;

/// <summary>The kinds of stored document (the invoice documents of DESIGN §4.3).</summary>
public enum DocumentKind
{
    /// <summary>The UBL XML that was (or will be) uploaded.</summary>
    Xml,

    /// <summary>ANAF's ZIP (the invoice and ANAF's signature): the legal original, kept byte for byte.</summary>
    Zip,

    /// <summary>A PDF rendering.</summary>
    Pdf,

    /// <summary>ANAF's detached signature from the ZIP.</summary>
    Signature,
}
