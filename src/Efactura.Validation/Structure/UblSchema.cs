using Efactura.Validation.Xml;

namespace Efactura.Validation.Structure;

/// <summary>
/// The structure of UBL 2.1 as the checker needs it: every global element declaration with its type, read once
/// from the embedded table that tools/UblStructureTables derives from the OASIS schemas. Immutable after loading.
/// </summary>
internal sealed class UblSchema
{
    private const string ResourceName = "Efactura.Validation.Structure.ubl-2.1-structure.txt";
    private static readonly Lazy<UblSchema> Loaded = new(Load);

    // One dictionary per known namespace, keyed by local name: string keys with the default comparer hash faster
    // than (namespace, name) pairs, and this lookup runs once per element.
    private readonly Dictionary<string, ElementDeclaration>[] byNamespace;
    private readonly Dictionary<(string Uri, string Local), ElementDeclaration> byUri;

    public UblSchema(IEnumerable<ElementDeclaration> declarations)
    {
        byNamespace = [.. Enumerable.Range(0, (int)Ns.CreditNote + 1).Select(_ => new Dictionary<string, ElementDeclaration>())];
        byUri = [];
        foreach (var declaration in declarations)
        {
            byUri.Add((declaration.NamespaceUri, declaration.LocalName), declaration);
            var ns = NamespaceMap.Of(declaration.NamespaceUri);
            if (ns is not Ns.Other and not Ns.None) byNamespace[(int)ns].Add(declaration.LocalName, declaration);
        }
        Invoice = byNamespace[(int)Ns.Invoice][Names.Ubl.Invoice.Local];
        CreditNote = byNamespace[(int)Ns.CreditNote][Names.Cn.CreditNote.Local];
    }

    public static UblSchema Instance => Loaded.Value;

    public ElementDeclaration Invoice { get; }

    public ElementDeclaration CreditNote { get; }

    public int Count => byUri.Count;

    /// <summary>The global declaration of an element's name, or null when the schema set declares none.</summary>
    public ElementDeclaration? Declaration(Element element)
    {
        var name = element.Name;
        if (name.Ns is Ns.Other) return byUri.GetValueOrDefault((element.NamespaceUri, name.Local));
        return (int)name.Ns < byNamespace.Length ? byNamespace[(int)name.Ns].GetValueOrDefault(name.Local) : null;
    }

    public ElementDeclaration? Declaration(string namespaceUri, string localName) => byUri.GetValueOrDefault((namespaceUri, localName));

    private static UblSchema Load()
    {
        using var stream = typeof(UblSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return new UblSchema(StructureTable.Read(reader));
    }
}
