using System.Collections;

namespace Efactura.Validation.Xml;

/// <summary>
/// Some elements of a document (those of one name, in document order), kept as their indexes in the document's table:
/// half the memory of an array of handles, and a struct with a struct enumerator, so a <c>foreach</c> over it
/// allocates nothing; LINQ sees it as an ordinary list.
/// </summary>
internal readonly struct ElementList(ElementTable table, int[] indexes) : IReadOnlyList<Element>
{
    /// <summary>How many elements the list holds.</summary>
    public int Length => indexes.Length;

    int IReadOnlyCollection<Element>.Count => indexes.Length;

    /// <summary>The element at this position of the list.</summary>
    public Element this[int position] => new(table, indexes[position]);

    /// <summary>Enumerates the elements without allocating.</summary>
    public Enumerator GetEnumerator() => new(table, indexes);


    // Instance methods, so they win over LINQ's: a struct seen as IEnumerable<Element> would be boxed, with its enumerator.

    /// <summary>Whether there is any element.</summary>
    public bool Any() => indexes.Length > 0;

    /// <summary>Whether any element satisfies the condition.</summary>
    public bool Any(Func<Element, bool> predicate) => ElementSequence.Any(GetEnumerator(), predicate);

    /// <summary>Whether every element satisfies the condition.</summary>
    public bool All(Func<Element, bool> predicate) => ElementSequence.All(GetEnumerator(), predicate);

    /// <summary>How many elements satisfy the condition.</summary>
    public int Count(Func<Element, bool> predicate) => ElementSequence.Count(GetEnumerator(), predicate);

    IEnumerator<Element> IEnumerable<Element>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the indexes in order.</summary>
    public struct Enumerator(ElementTable table, int[] indexes) : IEnumerator<Element>
    {
        private int position = -1;

        /// <summary>The element at the current position.</summary>
        public readonly Element Current => new(table, indexes[position]);

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next element.</summary>
        public bool MoveNext() => ++position < indexes.Length;

        /// <summary>Starts over.</summary>
        public void Reset() => position = -1;

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}
