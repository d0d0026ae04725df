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

    // The names of the namespaces the rules know, keyed by Name: its hash is computed once per name, and a document's
    // names are the interned instances of the declarations' (ElementDeclaration.LocalName), so a lookup, which runs
    // once per element, compares no characters.
    private readonly Dictionary<Name, ElementDeclaration> byName = [];
    private readonly Dictionary<(string Uri, string Local), ElementDeclaration> byUri;

    public UblSchema(IEnumerable<ElementDeclaration> declarations)
    {
        byUri = [];
        foreach (var declaration in declarations)
        {
            byUri.Add((declaration.NamespaceUri, declaration.LocalName), declaration);
            var ns = NamespaceMap.Of(declaration.NamespaceUri);
            if (ns is not Ns.Other and not Ns.None) byName.Add(new Name(ns, declaration.LocalName), declaration);
        }
        Invoice = byName[Names.Ubl.Invoice];
        CreditNote = byName[Names.Cn.CreditNote];
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
        return byName.GetValueOrDefault(name);
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
