using Efactura.Validation.Engine;
using Efactura.Validation.Xml;

namespace Efactura.Validation.Rules.Syntax;

/// <summary>
/// Evaluates many <c>not(path)</c> asserts on the document element in one walk: the root-relative paths
/// form a tree of names that is walked along the document once; <c>//</c> paths use the document's index.
/// A path is child steps (<c>cac:A/cbc:B</c>), optionally starting with <c>(cac:InvoiceLine|cac:CreditNoteLine)</c>
/// or <c>//</c>, optionally ending in an attribute (<c>/@schemeID</c>).
/// </summary>
internal sealed class ForbiddenPaths : AssertionBatch
{
    private readonly PathNode root = new();
    private readonly List<(string Id, Name[] Steps, string? Attribute)> anywhere = [];
    private readonly List<string> ids = [];

    public ForbiddenPaths(IEnumerable<(string Id, string Path)> paths)
    {
        foreach (var (id, path) in paths) Add(id, path);
    }

    public override IReadOnlyCollection<string> Ids => ids;

    private void Add(string id, string path)
    {
        ids.Add(id);
        var steps = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var attribute = steps[^1].StartsWith('@') ? steps[^1][1..] : null;
        var names = attribute is null ? steps : steps[..^1];
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            anywhere.Add((id, names.Select(Name.Parse).ToArray(), attribute));
            return;
        }
        if (names[0] == "(cac:InvoiceLine|cac:CreditNoteLine)")
        {
            Insert(id, ["cac:InvoiceLine", .. names[1..]], attribute);
            Insert(id, ["cac:CreditNoteLine", .. names[1..]], attribute);
            return;
        }
        Insert(id, names, attribute);
    }

    private void Insert(string id, string[] names, string? attribute)
    {
        var node = root;
        foreach (var name in names) node = node.Child(Name.Parse(name));
        if (attribute is null) node.ElementIds.Add(id);
        else node.AttributeIds.Add((attribute, id));
    }

    public override IEnumerable<string> Fired(Element context, UblDocument document)
    {
        var fired = new HashSet<string>(StringComparer.Ordinal);
        Walk(context, root, fired);
        foreach (var (id, steps, attribute) in anywhere)
        {
            if (AnywhereExists(document, steps, attribute)) fired.Add(id);
        }
        // In the official order; a valid document fires none, and then the ~680 ids are not gone through.
        return fired.Count == 0 ? [] : ids.Where(fired.Contains);
    }

    private static void Walk(Element element, PathNode node, HashSet<string> fired)
    {
        var children = element.Children;
        for (var i = 0; i < children.Count; i++)
        {
            // The name first: the child slots answer it without touching the child (thousands of lines under the root).
            if (node.Next(element.ChildName(i)) is not { } next) continue;
            var child = children[i];
            // Most nodes of the tree only lead to deeper ones: an empty list is not handed to the set (its interface
            // enumerator would be allocated for nothing).
            if (next.ElementIds.Count > 0) fired.UnionWith(next.ElementIds);
            foreach (var (attribute, id) in next.AttributeIds)
            {
                if (child.HasAttribute(attribute)) fired.Add(id);
            }
            if (next.HasChildren) Walk(child, next, fired);
        }
    }

    private static bool AnywhereExists(UblDocument document, Name[] steps, string? attribute)
    {
        if (steps.Length == 0) return attribute is not null && document.AttributeCount(attribute) > 0;
        foreach (var start in document.Descendants(steps[0]))
        {
            foreach (var end in start.Along(steps.AsSpan(1)))
            {
                if (attribute is null || end.HasAttribute(attribute)) return true;
            }
        }
        return false;
    }

    private sealed class PathNode
    {
        private readonly Dictionary<Name, PathNode> children = [];

        public List<string> ElementIds { get; } = [];

        public List<(string Attribute, string Id)> AttributeIds { get; } = [];

        public PathNode Child(Name name)
        {
            if (!children.TryGetValue(name, out var child)) children[name] = child = new PathNode();
            return child;
        }

        public bool HasChildren => children.Count > 0;

        public PathNode? Next(Name name) => children.GetValueOrDefault(name);
    }
}
