namespace Efactura.Validation.Xml;

/// <summary>
/// An expanded element name: namespace and local name, as an XPath name test sees it. Names are compared and
/// hashed on every rule lookup, so the hash is computed once and compared first: two different names almost
/// never get past it, and equal ones are then confirmed by reference or content.
/// </summary>
internal readonly record struct Name
{
    private readonly int hash;

    public Name(Ns ns, string local)
    {
        Ns = ns;
        Local = local;
        hash = local.Length == 0 ? (int)ns : HashCode.Combine(ns, local.Length, local[0], local[local.Length / 2], local[^1]);
    }

    public Ns Ns { get; }

    public string Local { get; }

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
        // Interned, so that the names of parsed elements (interned by the parser when the runtime knows them) match by reference.
        return new Name(ns, string.Intern(qualified[(colon + 1)..]));
    }

    public bool Equals(Name other) =>
        hash == other.hash && Ns == other.Ns && (ReferenceEquals(Local, other.Local) || string.Equals(Local, other.Local, StringComparison.Ordinal));

    public override int GetHashCode() => hash;

    public override string ToString() => NamespaceMap.Prefix(Ns) + Local;
}
