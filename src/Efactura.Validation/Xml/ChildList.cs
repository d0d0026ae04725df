using System.Collections;

namespace Efactura.Validation.Xml;

/// <summary>
/// The children of an element, in document order: a run of the table's child slots. A struct with a struct
/// enumerator, so a <c>foreach</c> over it allocates nothing; LINQ sees it as an ordinary list.
/// </summary>
internal readonly struct ChildList(ElementTable table, int first, int count) : IReadOnlyList<Element>
{
    /// <summary>How many children there are.</summary>
    public int Count => count;

    /// <summary>The child at this position.</summary>
    public Element this[int index] =>
        (uint)index < (uint)count ? new Element(table, table.ChildIndexes[first + index]) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Enumerates the children without allocating.</summary>
    public Enumerator GetEnumerator() => new(table, first, count);


    // Instance methods, so they win over LINQ's: a struct seen as IEnumerable<Element> would be boxed, with its enumerator.

    /// <summary>Whether there is any element.</summary>
    public bool Any() => count > 0;

    /// <summary>Whether any element satisfies the condition.</summary>
    public bool Any(Func<Element, bool> predicate) => ElementSequence.Any(GetEnumerator(), predicate);

    /// <summary>Whether every element satisfies the condition.</summary>
    public bool All(Func<Element, bool> predicate) => ElementSequence.All(GetEnumerator(), predicate);

    IEnumerator<Element> IEnumerable<Element>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the child slots in order.</summary>
    public struct Enumerator(ElementTable table, int first, int count) : IEnumerator<Element>
    {
        private int position = -1;

        /// <summary>The child at the current position.</summary>
        public readonly Element Current => new(table, table.ChildIndexes[first + position]);

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next child.</summary>
        public bool MoveNext() => ++position < count;

        /// <summary>Starts over.</summary>
        public void Reset() => position = -1;

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}
