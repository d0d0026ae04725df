using System.Collections;

namespace Efactura.Validation.Xml;

/// <summary>
/// The children of an element that have one name (XPath <c>cbc:X</c> from that element), enumerated without
/// allocating when used in <c>foreach</c>; LINQ sees it as an ordinary sequence.
/// </summary>
internal readonly struct NamedChildren(Element parent, Name name) : IEnumerable<Element>
{
    public Enumerator GetEnumerator() => new(parent, name);


    // Instance methods, so they win over LINQ's: a struct seen as IEnumerable<Element> would be boxed, with its enumerator.

    /// <summary>Whether there is any element.</summary>
    public bool Any() => new Enumerator(parent, name).MoveNext();

    /// <summary>Whether any element satisfies the condition.</summary>
    public bool Any(Func<Element, bool> predicate) => ElementSequence.Any(GetEnumerator(), predicate);

    /// <summary>Whether every element satisfies the condition.</summary>
    public bool All(Func<Element, bool> predicate) => ElementSequence.All(GetEnumerator(), predicate);

    /// <summary>How many elements satisfy the condition.</summary>
    public int Count(Func<Element, bool> predicate) => ElementSequence.Count(GetEnumerator(), predicate);

    IEnumerator<Element> IEnumerable<Element>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the children, stopping at each child of the name.</summary>
    public struct Enumerator(Element parent, Name name) : IEnumerator<Element>
    {
        private int index = -1;

        public readonly Element Current => parent.ChildAt(index);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (index == -2) return false;
            index = parent.NextChild(name, index + 1);
            if (index >= 0) return true;
            index = -2;
            return false;
        }

        public void Reset() => index = -1;

        public readonly void Dispose()
        {
        }
    }
}
