namespace Efactura.Validation.Xml;

/// <summary>An expanded element name: namespace and local name, as an XPath name test sees it.</summary>
internal readonly record struct Name(Ns Ns, string Local)
{
    /// <summary>Parses "cac:Party", "cbc:ID", "ubl:Invoice", "cn:CreditNote" or "ext:UBLExtensions".</summary>
    public static Name Parse(string qualified)
    {
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) throw new ArgumentException($"name without prefix: {qualified}", nameof(qualified));
        var ns = qualified[..colon] switch
        {
            "cbc" => Ns.Cbc,
            "cac" => Ns.Cac,
            "ext" => Ns.Ext,
            "ubl" => Ns.Invoice,
            "cn" => Ns.CreditNote,
            var p => throw new ArgumentException($"unknown prefix {p}", nameof(qualified)),
        };
        return new Name(ns, qualified[(colon + 1)..]);
    }

    public override string ToString() => NamespaceMap.Prefix(Ns) + Local;
}
