using System.Runtime.CompilerServices;

namespace Efactura.Validation.Xml;

/// <summary>
/// The elements at the end of a child path from an element, in document order, enumerated without allocating
/// (what <see cref="Element.Select"/> returns as a list): the rules ask this of every line. It keeps indexes and reads
/// the table's records and child slots directly, with no handle per step.
/// </summary>
internal ref struct PathNodes
{
    /// <summary>The longest path enumerated (the rules' paths have at most six steps).</summary>
    public const int MaxSteps = 8;

    private readonly ElementTable table;
    private readonly int start;
    private readonly int steps;
    private Steps names;
    private Levels parents;
    private Positions positions;
    private int depth;

    public PathNodes(Element start, scoped ReadOnlySpan<Name> path)
    {
        if (path.Length > MaxSteps) throw new ArgumentException($"paths have at most {MaxSteps} steps", nameof(path));
        table = start.Table;
        this.start = start.Order;
        steps = path.Length;
        path.CopyTo(names);
        parents[0] = this.start;
        positions[0] = -1;
        depth = path.IsEmpty ? -2 : 0;
        Current = default;
    }

    public Element Current { get; private set; }

    public readonly PathNodes GetEnumerator() => this;

    public bool MoveNext()
    {
        if (depth == -2)
        {
            depth = -1;
            Current = new Element(table, start);
            return true;
        }
        var entries = table.ChildEntries;
        while (depth >= 0)
        {
            ref readonly var parent = ref table.Records[parents[depth]];
            var name = names[depth];
            var end = parent.FirstChild + parent.ChildCount;
            var slot = parent.FirstChild + positions[depth] + 1;
            while (slot < end && entries[slot].Name != name) slot++;
            if (slot >= end)
            {
                depth--;
                continue;
            }
            positions[depth] = slot - parent.FirstChild;
            var child = table.ChildIndexes[slot];
            if (depth == steps - 1)
            {
                Current = new Element(table, child);
                return true;
            }
            depth++;
            parents[depth] = child;
            positions[depth] = -1;
        }
        return false;
    }

    [InlineArray(MaxSteps)]
    private struct Steps
    {
        private Name name;
    }

    [InlineArray(MaxSteps)]
    private struct Levels
    {
        private int element;
    }

    [InlineArray(MaxSteps)]
    private struct Positions
    {
        private int position;
    }
}
