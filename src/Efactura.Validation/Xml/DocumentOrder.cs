namespace Efactura.Validation.Xml;

/// <summary>
/// The elements of a tree in document order (the root, then each child's subtree in turn), walked without
/// recursion and without a list: a <c>foreach</c> over it allocates only its two small per-depth arrays.
/// </summary>
internal struct DocumentOrder
{
    private readonly Element root;
    private Element[] open = new Element[16];
    private int[] nextChild = new int[16];
    private int depth = -2;

    public DocumentOrder(Element root)
    {
        this.root = root;
        Current = null!;
    }

    public Element Current { get; private set; }

    public readonly DocumentOrder GetEnumerator() => this;

    public bool MoveNext()
    {
        if (depth == -2)
        {
            depth = 0;
            open[0] = root;
            nextChild[0] = 0;
            Current = root;
            return true;
        }
        while (depth >= 0)
        {
            var children = open[depth].ChildArray;
            var i = nextChild[depth];
            if (i == children.Length)
            {
                depth--;
                continue;
            }
            nextChild[depth] = i + 1;
            var child = children[i];
            if (++depth == open.Length)
            {
                Array.Resize(ref open, open.Length * 2);
                Array.Resize(ref nextChild, nextChild.Length * 2);
            }
            open[depth] = child;
            nextChild[depth] = 0;
            Current = child;
            return true;
        }
        return false;
    }
}
