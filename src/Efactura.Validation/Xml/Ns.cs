namespace Efactura.Validation.Xml;

/// <summary>The namespaces the official rules name, as a small enum so that a name test is two compares.</summary>
internal enum Ns : byte
{
    /// <summary>No namespace (attributes) or any namespace the rules do not name.</summary>
    None,

    /// <summary>A namespace none of the rules name.</summary>
    Other,

    /// <summary>urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2 (cbc).</summary>
    Cbc,

    /// <summary>urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2 (cac).</summary>
    Cac,

    /// <summary>urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2 (ext).</summary>
    Ext,

    /// <summary>urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 (ubl).</summary>
    Invoice,

    /// <summary>urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2 (cn).</summary>
    CreditNote,
}

/// <summary>Maps namespace URIs to <see cref="Ns"/>.</summary>
internal static class NamespaceMap
{
    public const string CbcUri = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public const string CacUri = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public const string ExtUri = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    public const string InvoiceUri = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public const string CreditNoteUri = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    public static Ns Of(string uri) => uri switch
    {
        "" => Ns.None,
        CbcUri => Ns.Cbc,
        CacUri => Ns.Cac,
        ExtUri => Ns.Ext,
        InvoiceUri => Ns.Invoice,
        CreditNoteUri => Ns.CreditNote,
        _ => Ns.Other,
    };

    public static string Prefix(Ns ns) => ns switch
    {
        Ns.Cbc => "cbc:",
        Ns.Cac => "cac:",
        Ns.Ext => "ext:",
        Ns.Invoice => "ubl:",
        Ns.CreditNote => "cn:",
        _ => "",
    };
}
