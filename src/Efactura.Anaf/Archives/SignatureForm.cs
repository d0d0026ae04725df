namespace Efactura.Anaf.Archives;

/// <summary>The two forms of <c>semnatura_{N}.xml</c> (anaf-api.md §5.2).</summary>
public enum SignatureForm
{
    /// <summary>Not recognisable as either.</summary>
    Unknown,

    /// <summary>Test environment: a copy of the document with an enveloped <c>Signature</c> as last child.</summary>
    Enveloped,

    /// <summary>Production: the root is <c>Signature</c>, its reference digest is over the document's raw bytes.</summary>
    Detached,
}
