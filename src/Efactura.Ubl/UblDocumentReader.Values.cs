namespace Efactura.Ubl;

internal sealed partial class UblDocumentReader
{
    // The local name of a cac or cbc child; null (so: skipped) for any other namespace, e.g. ext:UBLExtensions.
    protected override string? ChildName()
    {
        var ns = Xml.NamespaceURI;
        return ns == UblNamespaces.Cbc || ns == UblNamespaces.Cac ? Xml.LocalName : null;
    }
}
