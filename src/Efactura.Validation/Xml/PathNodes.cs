using System.Runtime.CompilerServices;

namespace Efactura.Validation.Xml;

/// <summary>
/// The elements at the end of a child path from an element, in document order, enumerated without allocating
/// (what <see cref="Element.Select"/> returns as a list): the rules ask this of every line.
/// </summary>
internal ref struct PathNodes
{
    /// <summary>The longest path enumerated (the rules' paths have at most six steps).</summary>
    public const int MaxSteps = 8;

    private readonly Element start;
    private readonly int steps;
    private Steps names;
    private Levels parents;
    private Positions positions;
    private int depth;

    public PathNodes(Element start, scoped ReadOnlySpan<Name> path)
    {
        if (path.Length > MaxSteps) throw new ArgumentException($"paths have at most {MaxSteps} steps", nameof(path));
        this.start = start;
        steps = path.Length;
        path.CopyTo(names);
        parents[0] = start;
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
            Current = start;
            return true;
        }
        while (depth >= 0)
        {
            var parent = parents[depth];
            var i = positions[depth] = parent.NextChild(names[depth], positions[depth] + 1);
            if (i < 0)
            {
                depth--;
                continue;
            }
            var child = parent.ChildAt(i);
            if (depth == steps - 1)
            {
                Current = child;
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
        private Element element;
    }

    [InlineArray(MaxSteps)]
    private struct Positions
    {
        private int position;
    }
}
