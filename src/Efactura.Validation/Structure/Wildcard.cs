namespace Efactura.Validation.Structure;

/// <summary>How a wildcard's matches are checked (XML Schema processContents).</summary>
internal enum ProcessContents
{
    Strict,
    Lax,
    Skip,
}

/// <summary>An xsd:any particle: which namespaces it admits and how their elements are checked.</summary>
/// <param name="Constraint">##any, ##other, or a list of URIs, ##targetNamespace and ##local.</param>
/// <param name="TargetNamespace">The namespace of the schema that declares the wildcard.</param>
/// <param name="Process">strict, lax or skip.</param>
internal sealed record Wildcard(string Constraint, string TargetNamespace, ProcessContents Process)
{
    public bool Allows(string namespaceUri)
    {
        if (Constraint == "##any") return true;
        if (Constraint == "##other") return namespaceUri.Length > 0 && namespaceUri != TargetNamespace;
        foreach (var token in Constraint.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var uri = token switch { "##targetNamespace" => TargetNamespace, "##local" => "", _ => token };
            if (uri == namespaceUri) return true;
        }
        return false;
    }

    public string Readable => Constraint == "##other" ? $"one element of a namespace other than {TargetNamespace}" : $"an element matching {Constraint}";

    /// <summary>The JDK's rendering of a wildcard in "One of '{...}' is expected".</summary>
    public override string ToString() => Constraint switch
    {
        "##any" => "WC[##any]",
        "##other" => $"WC[##other:\"{TargetNamespace}\"]",
        _ => "WC[" + string.Join(',', Constraint.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t switch { "##targetNamespace" => $"\"{TargetNamespace}\"", "##local" => "\"\"", _ => $"\"{t}\"" })) + "]",
    };
}
