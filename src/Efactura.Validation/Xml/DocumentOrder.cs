using System.Collections;

namespace Efactura.Validation.Xml;

/// <summary>
/// Every element of a document in document order, read straight from its table (no array of handles is made):
/// a struct with a struct enumerator, so a <c>foreach</c> over it allocates nothing.
/// </summary>
internal readonly struct DocumentOrder(ElementTable table) : IReadOnlyList<Element>
{
    /// <summary>How many elements the document has.</summary>
    public int Length => table.Count;

    int IReadOnlyCollection<Element>.Count => table.Count;

    /// <summary>The element at this position in document order.</summary>
    public Element this[int index] =>
        (uint)index < (uint)table.Count ? new Element(table, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Enumerates the elements without allocating.</summary>
    public Enumerator GetEnumerator() => new(table);

    IEnumerator<Element> IEnumerable<Element>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the table in order.</summary>
    public struct Enumerator(ElementTable table) : IEnumerator<Element>
    {
        private int index = -1;

        /// <summary>The element at the current position.</summary>
        public readonly Element Current => new(table, index);

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next element.</summary>
        public bool MoveNext() => ++index < table.Count;

        /// <summary>Starts over.</summary>
        public void Reset() => index = -1;

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}
